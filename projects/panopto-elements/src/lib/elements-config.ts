import { EnvironmentProviders, EnvironmentInjector, Provider } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { PanoptoConfig, PanoptoFeature, providePanopto } from 'panopto-ng';
import type { PanoptoAuthConfig } from 'panopto-ng/auth';
import { PanoptoConfigError, PanoptoError, optionsObject, rejectUnknownKeys } from 'panopto-ng/core';
import { PanoptoPlayerConfig, withPanoptoPlayer } from 'panopto-ng/player';

/**
 * What `PanoptoElements.configure()` takes: what every element on the page shares. Each part is checked by the
 * library's own validation, so a wrong value throws a `PanoptoConfigError` naming the field.
 *
 * @example
 * ```ts
 * PanoptoElements.configure({
 *   serverUrl: 'https://myuni.hosted.panopto.com',
 *   auth: {
 *     mode: 'broker',
 *     clientId: 'my-client',
 *     redirectUri: 'https://lms.example.edu/video.html',
 *     brokerUrl: 'https://lms.example.edu/panopto-broker',
 *   },
 * });
 * ```
 */
export interface PanoptoElementsConfig extends PanoptoConfig {
  /** Sign-in (`withPanoptoAuth()`'s options). Without it the elements show what Panopto shows anonymous viewers. */
  auth?: PanoptoAuthConfig;
  /** Player options (`withPanoptoPlayer()`'s), e.g. `scriptUrl` for a self-hosted Embed API script. */
  player?: PanoptoPlayerConfig;
}

/**
 * Sign-in for the elements, given by the bundles that have it (the full bundle; the player-only one has none,
 * so it carries no sign-in code).
 */
export interface ElementsAuthSupport {
  /** HttpClient with the auth interceptor, and `withPanoptoAuth(auth)`. */
  providers(auth: PanoptoAuthConfig): { http: EnvironmentProviders; feature: PanoptoFeature };
  /** Completes a sign-in returning to this page; the failure, or null. */
  complete(injector: EnvironmentInjector, redirectUri: string): Promise<PanoptoError | null>;
}

const KNOWN_KEYS = ['serverUrl', 'retry', 'rateLimit', 'requestTimeoutMs', 'auth', 'player'];

/**
 * The providers of one Panopto site for the elements: HttpClient (with the auth interceptor when signing in is
 * configured) and `providePanopto()` with its features. Throws `PanoptoConfigError` for a wrong value.
 */
export function elementsProviders(
  config: PanoptoElementsConfig,
  authSupport: ElementsAuthSupport | null,
): (Provider | EnvironmentProviders)[] {
  const raw = optionsObject(config, 'PanoptoElements.configure()');
  rejectUnknownKeys(raw, KNOWN_KEYS, '');
  const { auth, player, ...panopto } = config;
  const features: PanoptoFeature[] = [];
  let http = provideHttpClient();
  if (auth !== undefined) {
    if (!authSupport) {
      throw new PanoptoConfigError(
        'auth',
        'is not available in this bundle (panopto-player.js has the player only); load panopto-elements.js to sign in.',
      );
    }
    const signIn = authSupport.providers(auth);
    http = signIn.http;
    features.push(signIn.feature);
  }
  if (player !== undefined) features.push(withPanoptoPlayer(player));
  return [http, providePanopto(panopto, ...features)];
}
