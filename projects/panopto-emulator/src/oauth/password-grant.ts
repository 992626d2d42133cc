// grant_type=password (Resource Owner Password Credentials), which Panopto's "User Based Server Application"
// client type uses (its auth-user-based-app sample). oidc-provider has no such grant; this registers one that
// issues the same opaque access tokens (and, with offline_access, a rotating refresh token) as the code flow.
// Only clients whose grant_types include "password" get here: oidc-provider answers unauthorized_client for
// every other client before this handler runs.
import Provider, { errors, type KoaContextWithOIDC } from 'oidc-provider';
import type { EmulatorStore } from '../store/store.js';

export const PASSWORD_GRANT = 'password';
const PARAMETERS = ['username', 'password', 'scope'];
/** What Panopto's samples ask for when they name no scope. */
const DEFAULT_SCOPE = 'openid api';

export function registerPasswordGrant(
  provider: Provider,
  store: EmulatorStore,
  allowedScopes: readonly string[],
): void {
  provider.registerGrantType(
    PASSWORD_GRANT,
    async (ctx: KoaContextWithOIDC, next: () => Promise<void>) => {
      const params = ctx.oidc.params as Record<string, string | undefined>;
      const client = ctx.oidc.client;
      if (!client) throw new errors.InvalidClient('client authentication failed');
      const username = params['username'] ?? '';
      const password = params['password'] ?? '';
      if (!username) throw new errors.InvalidRequest("missing required parameter 'username'");
      if (!password) throw new errors.InvalidRequest("missing required parameter 'password'");

      const requested = [...new Set((params['scope'] || DEFAULT_SCOPE).split(' ').filter(Boolean))];
      const clientScopes = new Set(String(client.scope ?? '').split(' '));
      for (const scope of requested) {
        if (!allowedScopes.includes(scope) || !clientScopes.has(scope)) {
          throw new errors.InvalidScope('requested scope is not allowed', scope);
        }
      }

      // Internal accounts only, as on Panopto (identity-provider users sign in through their provider).
      const user = store.findUserByUsername(username);
      if (!user || user.Password === undefined || user.Password !== password) {
        throw new errors.InvalidGrant('The username or password is incorrect.');
      }

      const scope = requested.join(' ');
      const grant = new provider.Grant({ accountId: user.Id, clientId: client.clientId });
      grant.addOIDCScope(scope);
      const grantId = await grant.save();
      const authTime = Math.floor(Date.now() / 1000);

      const accessToken = new provider.AccessToken({ accountId: user.Id, client, grantId, gty: PASSWORD_GRANT, scope });
      ctx.oidc.entity('AccessToken', accessToken);
      const body: Record<string, unknown> = {
        access_token: await accessToken.save(),
        expires_in: accessToken.expiration,
        token_type: accessToken.tokenType,
        scope,
      };
      if (requested.includes('offline_access') && client.grantTypeAllowed('refresh_token')) {
        const refreshToken = new provider.RefreshToken({
          accountId: user.Id,
          authTime,
          client,
          grantId,
          gty: PASSWORD_GRANT,
          rotations: 0,
          scope,
        });
        body['refresh_token'] = await refreshToken.save();
      }
      ctx.body = body;
      await next();
    },
    PARAMETERS,
  );
}
