// Every client the emulator knows: the seeded ones and those of the clients file. oidc-provider gets the seeded
// clients as static configuration and finds the file's through its adapter (adapter "Client" model), so an
// entry added to the file works on the next request.
import type { AdapterPayload } from 'oidc-provider';
import { type ClientEntry, toClientMetadata } from './client-entry.js';
import { ClientsFile } from './clients-file.js';
import { SEEDED_CLIENT_IDS, seededClientEntries } from './clients.js';
import { isLoopbackOrigin } from './cors.js';

export class ClientRegistry {
  readonly seeded: readonly ClientEntry[];
  /** The clients file, when PANOPTO_EMULATOR_CLIENTS (or the `clientsFile` option) names one. */
  readonly file: ClientsFile | undefined;

  constructor(brokerSecret: string, clientsFile: string | undefined, log: (message: string) => void) {
    this.seeded = seededClientEntries(brokerSecret);
    this.file = clientsFile ? new ClientsFile(clientsFile, SEEDED_CLIENT_IDS, log) : undefined;
  }

  find(id: string): ClientEntry | undefined {
    return this.seeded.find((c) => c.id === id) ?? this.file?.find(id);
  }

  all(): ClientEntry[] {
    return [...this.seeded, ...(this.file?.list() ?? [])];
  }

  /** oidc-provider metadata of a clients-file entry (seeded clients are static configuration). */
  adapterPayload(id: string): AdapterPayload | undefined {
    const entry = this.file?.find(id);
    return entry ? (toClientMetadata(entry) as AdapterPayload) : undefined;
  }

  /** CORS for the REST API and the sign-in pages: any loopback origin, or one a client lists. */
  allowsOrigin(origin: string | undefined): origin is string {
    if (isLoopbackOrigin(origin)) return true;
    return !!origin && this.all().some((c) => c.corsOrigins.includes(origin));
  }

  /** CORS on oidc-provider's endpoints (token, revocation, discovery), per calling client. */
  allowsOriginFor(clientId: string | undefined, origin: string): boolean {
    if (isLoopbackOrigin(origin)) return true;
    return !!clientId && !!this.find(clientId)?.corsOrigins.includes(origin);
  }
}
