// The authorization server: oidc-provider (a certified OpenID Provider), configured like Panopto's:
// issuer `<origin>/Panopto/oauth2`, endpoints under `/connect/…`, scopes `openid profile api offline_access`.
//
// Access tokens are opaque (oidc-provider's default without resource indicators); the REST API verifies
// them with `provider.AccessToken.find()` and requires the `api` scope.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { EmulatorStore } from '../store/store.js';
import type { Faults } from '../ops/faults.js';
import type { Metrics } from '../ops/metrics.js';
import { toClientMetadata } from './client-entry.js';
import type { ClientRegistry } from './client-registry.js';
import { clientHelp } from './client-help.js';
import { clientHelpPage, escapeHtml, logoutPage, messagePage } from './pages.js';
import { memoryAdapterFactory } from './adapter.js';
import { allowLoopbackRedirectsOnAnyPort } from './loopback-redirects.js';
import { registerPasswordGrant } from './password-grant.js';

export const OAUTH_MOUNT = '/Panopto/oauth2';
export const SCOPES = ['openid', 'profile', 'api', 'offline_access'];

export interface AuthorizationServerOptions {
  /** Public origin, e.g. `http://localhost:4300`. */
  baseUrl: string;
  store: EmulatorStore;
  faults: Faults;
  metrics: Metrics;
  /** Seeded clients and the clients file. */
  clients: ClientRegistry;
}

export function createAuthorizationServer(o: AuthorizationServerOptions): Provider {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: 'emulator-rs256' };

  const configuration: Configuration = {
    // Clients of the clients file are found through the adapter, so edits apply without a restart.
    adapter: memoryAdapterFactory(Date.now, (id) => o.clients.adapterPayload(id)),
    responseTypes: ['code'],
    clients: o.clients.seeded.map(toClientMetadata),
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    scopes: SCOPES,
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username', 'given_name', 'family_name'],
      email: ['email'],
    },
    // Panopto's ID tokens carry the profile claims directly; clients read `name` from the ID token.
    conformIdTokenClaims: false,
    async findAccount(_ctx, sub) {
      const user = o.store.users.get(sub);
      if (!user) return undefined;
      return {
        accountId: user.Id,
        async claims() {
          return {
            sub: user.Id,
            name: `${user.FirstName} ${user.LastName}`.trim(),
            preferred_username: user.Username,
            given_name: user.FirstName,
            family_name: user.LastName,
            email: user.Email,
          };
        },
      };
    },
    routes: {
      authorization: '/connect/authorize',
      token: '/connect/token',
      revocation: '/connect/revocation',
      userinfo: '/connect/userinfo',
      end_session: '/connect/endsession',
      introspection: '/connect/introspect',
      jwks: '/.well-known/openid-configuration/jwks',
    },
    interactions: {
      url: (_ctx, interaction) => `${OAUTH_MOUNT}/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      introspection: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.type = 'html';
          ctx.body = logoutPage(ctx.host, form);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.body = messagePage('Signed out', 'You have signed out of the Panopto emulator.');
        },
      },
    },
    pkce: {
      methods: ['S256'],
      // Public clients (no secret) must use PKCE; the broker may, and the library always does.
      required: (_ctx, client) => client.clientAuthMethod === 'none',
    },
    ttl: {
      // Read at issue time, so POST /__emulator/faults {"accessTokenTtlSeconds": 5} affects the next token.
      AccessToken: () => o.faults.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Session: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
      RefreshToken: 14 * 24 * 3600,
    },
    rotateRefreshToken: true,
    async issueRefreshToken(_ctx, client, code) {
      return client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access');
    },
    clientBasedCORS: (_ctx, origin, client) => o.clients.allowsOriginFor(client?.clientId, origin),
    async renderError(ctx, out) {
      ctx.type = 'html';
      const error = `${out['error'] ?? 'error'}: ${out['error_description'] ?? ''}`;
      const params = (ctx.oidc?.params ?? ctx.query) as Record<string, unknown>;
      const text = (name: string): string | undefined =>
        typeof params[name] === 'string' ? (params[name] as string) : undefined;
      const help = clientHelp(
        {
          error: String(out['error'] ?? ''),
          clientId: text('client_id'),
          redirectUri: text('redirect_uri'),
          usesPkce: text('code_challenge') !== undefined,
        },
        o.clients,
      );
      ctx.body = help ? clientHelpPage(error, help) : messagePage('Sign-in error', error);
    },
    // Consent is skipped for the seeded (first-party) clients: grant whatever they asked for.
    async loadExistingGrant(ctx) {
      const grantId =
        ctx.oidc.result?.consent?.grantId || ctx.oidc.session?.grantIdFor(ctx.oidc.client?.clientId ?? '');
      const grant = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      if (!ctx.oidc.session?.accountId || !ctx.oidc.client) return grant;
      const target =
        grant ??
        new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      const requested = String(ctx.oidc.params?.['scope'] ?? '');
      if (requested) target.addOIDCScope(requested);
      await target.save();
      return target;
    },
  };

  const provider = new Provider(`${o.baseUrl}${OAUTH_MOUNT}`, configuration);
  // Nothing here is behind a TLS proxy: the scheme is the socket's own (https with PANOPTO_EMULATOR_HTTPS=1).
  provider.proxy = false;
  allowLoopbackRedirectsOnAnyPort(provider);
  registerPasswordGrant(provider, o.store, SCOPES);

  provider.use(async (ctx, next) => {
    // Panopto issues refresh tokens for `offline_access` without `prompt=consent`; oidc-provider follows the
    // OIDC rule that drops offline_access unless consent is prompted. Ask for the (auto-approved) consent
    // prompt so the scope survives, exactly as if the user had been asked.
    if (ctx.method === 'GET' && /\/connect\/authorize$/i.test(ctx.path)) {
      const scope = typeof ctx.query['scope'] === 'string' ? ctx.query['scope'] : '';
      const prompt = typeof ctx.query['prompt'] === 'string' ? ctx.query['prompt'] : '';
      const prompts = prompt.split(' ').filter(Boolean);
      if (scope.split(' ').includes('offline_access') && !prompts.includes('consent') && !prompts.includes('none')) {
        // oidc-provider derives its mount path from originalUrl minus url, so keep the two in step.
        const req = ctx.req as typeof ctx.req & { originalUrl?: string };
        const original = req.originalUrl ?? ctx.url;
        const mount = original.slice(0, Math.max(0, original.indexOf(ctx.url)));
        ctx.query = { ...ctx.query, prompt: [...prompts, 'consent'].join(' ') };
        req.originalUrl = `${mount}${ctx.url}`;
      }
    }
    await next();
    const oidcCtx = (ctx as KoaContextWithOIDC).oidc;
    if (oidcCtx?.route === 'token') {
      const grantType = oidcCtx.params?.['grant_type'];
      o.metrics.countTokenRequest(typeof grantType === 'string' ? grantType : 'unknown');
    }
  });

  provider.on('server_error', (_ctx, err) => {
    process.stderr.write(`[panopto-emulator] oidc-provider server error: ${escapeHtml(String(err))}\n`);
  });

  return provider;
}
