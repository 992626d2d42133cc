// What every route module receives. Route modules never reach into the server; they get everything here.
import type { IncomingMessage } from 'node:http';
import type Provider from 'oidc-provider';
import type { EmulatorStore } from './store/store.js';
import type { UserRecord } from './store/types.js';
import type { Metrics } from './ops/metrics.js';
import type { Faults } from './ops/faults.js';
import type { MediaLibrary } from './media/library.js';
import type { ClientRegistry } from './oauth/client-registry.js';

/** The account behind a verified bearer token. */
export interface AuthenticatedAccount {
  user: UserRecord;
  /** OAuth client the token was issued to. */
  clientId: string;
  scopes: Set<string>;
  /** Epoch seconds. */
  expiresAt: number;
}

/** Injectable clock (tests may shift time). */
export interface Clock {
  now(): number;
}

export interface EmulatorContext {
  /**
   * Public origin for URLs handed out (no trailing slash): inside a request, the scheme and host the request came
   * in on (`https://127.0.0.1:4300` when called so); outside one, {@link configuredUrl}.
   */
  readonly baseUrl: string;
  /** The origin the emulator was started with, e.g. `http://localhost:4300` (https with PANOPTO_EMULATOR_HTTPS=1). */
  readonly configuredUrl: string;
  /** The origin a given request came in on (its scheme and a well-formed Host header), else {@link configuredUrl}. */
  requestOrigin(req: IncomingMessage): string;
  /** The seeded OAuth clients and those of the clients file (CORS origins, redirect URIs). */
  readonly clients: ClientRegistry;
  readonly store: EmulatorStore;
  readonly metrics: Metrics;
  readonly faults: Faults;
  readonly clock: Clock;
  /** Generated seed videos and thumbnails, and the files of uploaded sessions. */
  readonly media: MediaLibrary;
  /** The authorization server (oidc-provider), mounted at `/Panopto/oauth2`. */
  readonly oidc: Provider;
  /** `PANOPTO_EMULATOR_DATA` when set: data.json lives here. */
  readonly dataDir: string | undefined;
  /**
   * Where modules write files that must live as long as the data (uploaded media): `<dataDir>/files` when
   * persistent, else a temporary directory removed on close.
   */
  readonly filesDir: string;
  /** Verifies `Authorization: Bearer …` with the authorization server; `null` when missing, unknown or expired. */
  authenticate(req: IncomingMessage): Promise<AuthenticatedAccount | null>;
  /** Like {@link authenticate} but throws the 401 `HttpError` Panopto sends. */
  requireAccount(req: IncomingMessage): Promise<AuthenticatedAccount>;
  /** Registers cleanup to run when the emulator closes (timers, child processes, open files). */
  onClose(fn: () => void | Promise<void>): void;
  /** Prints unless the emulator is quiet. */
  log(message: string): void;
}
