// The short version of `npm run bench:broker`, in `npm test`: 20 users for 8 s through an in-process broker
// against an in-process emulator, with refresh-token rotation, 4-second access tokens, users' clocks jumping and
// 5 % of the emulator's answers replaced by 503 through its faults API. Budgets are the hard ones only: no
// invalid_grant, no 5xx made by the broker, nobody loses a session.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../panopto-emulator/src/server.js';
import { runPhase, signInUsers } from '../../../scripts/bench/broker/load.js';
import { startBroker, type RunningBroker } from './support/broker-harness.js';

const APP = 'http://localhost:4200';

async function faults(emulator: RunningEmulator, body: unknown): Promise<void> {
  const res = await fetch(`${emulator.url}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 200, await res.text());
}

describe('broker under load (short)', () => {
  let emulator: RunningEmulator;
  let broker: RunningBroker;
  before(async () => {
    emulator = await startEmulator({ port: 0, quiet: true, lazyMedia: true });
    broker = await startBroker(
      {
        panoptoServerUrl: emulator.url,
        clientId: 'panopto-ng-broker',
        clientSecret: 'emulator-secret',
        allowedOrigins: [APP],
      },
      APP,
    );
  });
  after(async () => {
    await broker.close();
    await emulator.close();
  });

  it('20 users, 8 s, rotation, clock jumps, 5 % upstream 503s: 0 invalid_grant, 0 broker-made 5xx', async () => {
    await faults(emulator, { accessTokenTtlSeconds: 4 });
    const options = { emulatorUrl: emulator.url, brokerUrl: broker.url, appOrigin: APP, users: 20, seed: 3 };
    const users = await signInUsers(options);
    await faults(emulator, { errors: [{ route: '/Panopto/*', rate: 0.05, status: 503 }], seed: 2 });
    const figures = await runPhase(options, users, { durationMs: 8000, thinkMs: 300, clockJumpRate: 0.05 });
    await faults(emulator, { errors: [], accessTokenTtlSeconds: 3600 });
    assert.equal(figures.invalidGrant, 0, figures.unexpected.join('\n'));
    assert.equal(figures.brokerMade5xx, 0, figures.unexpected.join('\n'));
    assert.deepEqual(figures.unexpected, []);
    assert.ok(figures.refreshes >= 20, `refreshes: ${figures.refreshes}`);
    assert.ok(figures.clockJumps > 0 && figures.apiUpstreamFailures > 0, JSON.stringify(figures));
  });
});
