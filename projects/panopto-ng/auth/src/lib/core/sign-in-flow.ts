import { ResolvedPanoptoAuthConfig } from '../config/auth-config';
import { PanoptoAuthEndpoints } from '../config/auth-config';
import { PanoptoSignInError } from './auth-errors';
import { PanoptoUser } from './auth-events';
import { AuthSessionStore } from './auth-session-store';
import { AuthSessionState } from './auth-session-state';
import { cleanAddressBar, safeReturnUrl } from './callback-url';
import { IdTokenVerifier } from './id-token-verifier';
import { codeChallengeS256, createCodeVerifier, randomString } from './pkce';
import { AuthEventSink, SessionLifecycle } from './session-lifecycle';
import { TokenGrant } from './token-grant';

/** What `handleCallback()` resolves to. */
export interface PanoptoCallbackResult {
  /** The app-relative URL given to `login()`, to navigate back to. */
  returnUrl: string;
  user: PanoptoUser;
}

export interface SignInFlowDeps {
  readonly config: Pick<ResolvedPanoptoAuthConfig, 'clientId' | 'redirectUri' | 'scopes'>;
  readonly now: () => number;
  readonly store: AuthSessionStore;
  readonly endpoints: { resolve(): Promise<PanoptoAuthEndpoints> };
  readonly grant: TokenGrant;
  readonly verifier: IdTokenVerifier;
  readonly state: AuthSessionState;
  readonly session: SessionLifecycle;
  readonly events: AuthEventSink;
  readonly document: Document;
}

/**
 * The authorization code flow with PKCE (S256): builds the authorization request and keeps its round-trip data,
 * then checks the response on the redirect URI (`state` single use, RFC 9207 `iss`), redeems the code and
 * validates the ID token.
 */
export class SignInFlow {
  /** States already answered in this tab: a reloaded or replayed callback URL is refused. */
  private readonly consumedStates = new Set<string>();

  constructor(private readonly deps: SignInFlowDeps) {}

  /** Creates a PKCE verifier, `state` and `nonce`, stores them and returns the authorization URL to go to. */
  async authorizationUrl(returnUrl: string): Promise<string> {
    const { config, store } = this.deps;
    const { authorization } = await this.deps.endpoints.resolve();
    const codeVerifier = createCodeVerifier();
    const state = randomString(32);
    const nonce = randomString(32);
    store.savePending(state, {
      codeVerifier,
      nonce,
      returnUrl: safeReturnUrl(returnUrl, this.deps.document.location?.origin),
      redirectUri: config.redirectUri,
      createdAt: this.deps.now(),
    });
    const url = new URL(authorization);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', config.clientId);
    url.searchParams.set('redirect_uri', config.redirectUri);
    url.searchParams.set('scope', config.scopes.join(' '));
    url.searchParams.set('state', state);
    url.searchParams.set('nonce', nonce);
    url.searchParams.set('code_challenge', await codeChallengeS256(codeVerifier));
    url.searchParams.set('code_challenge_method', 'S256');
    return url.toString();
  }

  /**
   * Completes sign-in from the callback `url`: removes the response from the address bar, checks it, redeems the
   * code and starts the session.
   *
   * @throws PanoptoSignInError `state_mismatch`, `state_replayed`, `authorization_denied`, `missing_code`, …
   */
  async complete(url: string): Promise<PanoptoCallbackResult> {
    const { document, store } = this.deps;
    const parsed = new URL(url, document.baseURI);
    const params = parsed.searchParams;
    const state = params.get('state');
    cleanAddressBar(document, parsed);
    if (!state) {
      throw new PanoptoSignInError(
        'state_mismatch',
        'The sign-in response has no state parameter; start sign-in again.',
      );
    }
    if (this.consumedStates.has(state)) {
      throw new PanoptoSignInError(
        'state_replayed',
        'This sign-in response was already used (reloaded or replayed callback URL); start sign-in again.',
      );
    }
    const pending = store.takePending(state, this.deps.now());
    this.consumedStates.add(state);
    if (!pending) {
      throw new PanoptoSignInError(
        'state_mismatch',
        'The sign-in response does not belong to a sign-in started in this browser tab (unknown or expired state); start sign-in again.',
      );
    }
    const error = params.get('error');
    if (error) {
      const description = params.get('error_description');
      throw new PanoptoSignInError(
        'authorization_denied',
        `Panopto refused the sign-in: ${error}${description ? ` (${description})` : ''}.`,
      );
    }
    const code = params.get('code');
    if (!code) throw new PanoptoSignInError('missing_code', 'The sign-in response has no authorization code.');
    const { issuer } = await this.deps.endpoints.resolve();
    const iss = params.get('iss');
    if (iss !== null && iss !== issuer) {
      throw new PanoptoSignInError(
        'state_mismatch',
        `The sign-in response came from issuer '${iss}', not '${issuer}' (RFC 9207 mix-up defence).`,
      );
    }
    const result = await this.deps.grant.exchangeCode(code, pending.codeVerifier, pending.redirectUri, pending.nonce);
    const claims = await this.deps.verifier.claimsOf(result, issuer, pending.nonce, true);
    this.deps.session.begin(result, claims);
    const user = this.deps.state.user() as PanoptoUser;
    this.deps.events.emit({ type: 'login', at: this.deps.now(), user });
    return { returnUrl: pending.returnUrl, user };
  }
}
