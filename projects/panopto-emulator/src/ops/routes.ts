// Operations endpoints (emulator-only, not Panopto APIs):
//   GET    /__emulator/metrics        counters (see Metrics)
//   DELETE /__emulator/metrics        zero the counters
//   GET    /__emulator/faults         the active fault configuration
//   POST   /__emulator/faults         merge settings into it (JSON, see FaultConfig)
//   DELETE /__emulator/faults         back to a good day
//   POST   /__emulator/tokens         mint a real access token for a seeded account, for browser tests that
//                                     cannot drive the sign-in page: {"username":"student","scope":"openid api"}
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest, readJson, sendJson } from '../http.js';
import { TEST_CLIENT_ID } from '../oauth/clients.js';

export function registerOpsRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/__emulator/metrics', (_req, res) => sendJson(res, 200, ctx.metrics.snapshot()));
  router.delete('/__emulator/metrics', (_req, res) => {
    ctx.metrics.reset();
    sendJson(res, 200, ctx.metrics.snapshot());
  });
  router.get('/__emulator/faults', (_req, res) => sendJson(res, 200, ctx.faults.current));
  router.post('/__emulator/faults', async (req, res) => {
    const body = await readJson(req, 64 * 1024);
    sendJson(res, 200, ctx.faults.apply(body));
  });
  router.delete('/__emulator/faults', (_req, res) => {
    ctx.faults.reset();
    sendJson(res, 200, ctx.faults.current);
  });
  router.post('/__emulator/tokens', async (req, res) => {
    const body = await readJson(req, 16 * 1024);
    const username = typeof body['username'] === 'string' ? body['username'] : '';
    const user = ctx.store.findUserByUsername(username);
    if (!user)
      throw badRequest(`Unknown username '${username}'. Seeded accounts: instructor, student, admin.`, 'UnknownUser');
    const clientId = typeof body['clientId'] === 'string' ? body['clientId'] : TEST_CLIENT_ID;
    const client = await ctx.oidc.Client.find(clientId);
    if (!client) throw badRequest(`Unknown client '${clientId}'.`, 'UnknownClient');
    const scope = typeof body['scope'] === 'string' ? body['scope'] : 'openid profile api';
    const grant = new ctx.oidc.Grant({ accountId: user.Id, clientId });
    grant.addOIDCScope(scope);
    const grantId = await grant.save();
    const expiresIn =
      typeof body['expiresIn'] === 'number' && body['expiresIn'] > 0 ? Math.floor(body['expiresIn']) : undefined;
    const token = new ctx.oidc.AccessToken({ accountId: user.Id, client, scope, grantId, gty: 'emulator', expiresIn });
    const value = await token.save();
    sendJson(res, 200, {
      access_token: value,
      token_type: 'Bearer',
      expires_in: expiresIn ?? ctx.faults.accessTokenTtlSeconds,
      scope,
    });
  });
}
