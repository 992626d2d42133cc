// Operating the emulator on a bad day: every fault switch of /__emulator/faults, and the metrics counters.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../src/server.js';
import { sendJson } from '../src/http.js';
import { seedGuid } from '../src/seed/guid.js';
import { api, mintToken, startTestEmulator } from './helpers.js';

const FOLDER = seedGuid('folder:unit:BIO101');

interface Metrics {
  requests: { total: number; byRoute: Record<string, Record<string, number>> };
  tokenRequests: Record<string, number>;
  rateLimited: number;
  faultsInjected: Record<string, number>;
  uploads: { started: number; completed: number; failed: number; bytesReceived: number };
  counters: Record<string, number>;
}

describe('faults and metrics', () => {
  let emu: RunningEmulator;
  let token: string;
  let clock = Date.now();
  const faults = async (config: unknown, method = 'POST'): Promise<Response> =>
    fetch(`${emu.url}/__emulator/faults`, { method, body: method === 'POST' ? JSON.stringify(config) : undefined });
  const metrics = async (): Promise<Metrics> =>
    (await fetch(`${emu.url}/__emulator/metrics`)).json() as Promise<Metrics>;
  const folder = () => api(emu, `/folders/${FOLDER}`, { token });

  before(async () => {
    // A frozen, steerable clock makes the rate-limit windows exact.
    emu = await startTestEmulator({ now: () => clock });
    token = await mintToken(emu, 'student');
    emu.router.get('/custom/added-by-another-module', (_req, res) => sendJson(res, 200, { ok: true }));
  });
  after(() => emu.close());
  beforeEach(async () => {
    await faults(undefined, 'DELETE');
  });

  it('adds latency globally and per route', async () => {
    const before = await metrics();
    assert.equal((await faults({ latencyMs: 250 })).status, 200);
    let t0 = performance.now();
    assert.equal((await folder()).status, 200);
    assert.ok(performance.now() - t0 >= 240, 'global latency');
    await faults(undefined, 'DELETE');
    await faults({ latency: [{ route: '/Panopto/api/v1/sessions/*', ms: 300 }] });
    // Other routes are not delayed: checked by the latency counter below (timings are unreliable on a busy CI box).
    await folder();
    t0 = performance.now();
    await api(emu, `/sessions/${seedGuid('x')}`, { token });
    assert.ok(performance.now() - t0 >= 290, 'matching route delayed');
    assert.equal((await metrics()).faultsInjected['latency'] - before.faultsInjected['latency'], 2);
  });

  it('injects error statuses deterministically (every N, count) on matching routes only', async () => {
    await faults({
      errors: [
        { route: '/Panopto/api/v1/folders/*', method: 'GET', status: 503, every: 2, count: 2, retryAfterSeconds: 3 },
      ],
    });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await folder()).status);
    assert.deepEqual(statuses, [200, 503, 200, 503, 200, 200]);
    const err = await faults({ errors: [{ route: '/Panopto/api/v1/*', status: 500, every: 1 }] }).then(() => folder());
    assert.equal(err.body.Error.Success, false);
    assert.equal(err.status, 500);
    const m = await metrics();
    assert.ok(m.faultsInjected['error'] >= 3);
  });

  it('makes rate-based errors reproducible with a seed', async () => {
    const run = async (): Promise<number[]> => {
      await faults(undefined, 'DELETE');
      await faults({ seed: 42, errors: [{ route: '/Panopto/api/v1/folders/*', status: 502, rate: 0.5 }] });
      const out: number[] = [];
      for (let i = 0; i < 12; i++) out.push((await folder()).status);
      return out;
    };
    const a = await run();
    const b = await run();
    assert.deepEqual(a, b);
    assert.ok(a.includes(502) && a.includes(200), a.join(','));
  });

  it('sends a 429 burst with Retry-After, then recovers', async () => {
    const before = await metrics();
    await faults({ burst429: { count: 3, retryAfterSeconds: 2 } });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await folder());
    assert.deepEqual(
      results.map((r) => r.status),
      [429, 429, 429, 200],
    );
    assert.equal(results[0].headers.get('retry-after'), '2');
    const m = await metrics();
    assert.equal(m.rateLimited - before.rateLimited, 3);
    assert.equal(m.faultsInjected['burst429'] - before.faultsInjected['burst429'], 3);
  });

  it('drops connections mid-request', async () => {
    const before = await metrics();
    await faults({ drop: [{ route: '/Panopto/api/v1/folders/*', every: 1, count: 1 }] });
    await assert.rejects(folder(), /fetch failed|socket|ECONNRESET/i);
    assert.equal((await folder()).status, 200);
    const m = await metrics();
    assert.equal(m.faultsInjected['drop'] - before.faultsInjected['drop'], 1);
    assert.ok(
      (m.requests.byRoute['GET /Panopto/api/v1/folders/:id']['0'] ?? 0) >= 1,
      'dropped request counted with status 0',
    );
  });

  it("applies Panopto's rate limits per endpoint and client when switched on", async () => {
    await faults({ rateLimit: true });
    const five = [];
    for (let i = 0; i < 5; i++) five.push((await folder()).status);
    assert.deepEqual(five, [200, 200, 200, 200, 200]);
    const sixth = await folder();
    assert.equal(sixth.status, 429);
    assert.ok(Number(sixth.headers.get('retry-after')) >= 1);
    assert.equal(
      (await api(emu, '/folders/search?searchQuery=bio', { token })).status,
      200,
      'other endpoint has its own budget',
    );
    const other = await mintToken(emu, 'student', { clientId: 'panopto-ng-demo' });
    assert.equal(
      (await api(emu, `/folders/${FOLDER}`, { token: other })).status,
      200,
      'other client has its own budget',
    );
    clock += 1001;
    assert.equal((await folder()).status, 200, 'next second');
    // 100 per minute.
    await faults(undefined, 'DELETE');
    await faults({ rateLimit: { enabled: true, perSecond: 1000, perMinute: 100 } });
    let ok = 0;
    for (let i = 0; i < 101; i++) if ((await folder()).status === 200) ok++;
    assert.equal(ok, 100);
    clock += 60_001;
    assert.equal((await folder()).status, 200, 'next minute');
    await faults({ rateLimit: false });
    for (let i = 0; i < 10; i++) assert.equal((await folder()).status, 200);
  });

  it('covers routes added by other modules, never the /__emulator endpoints', async () => {
    await faults({ errors: [{ route: '*', status: 503, every: 1 }] });
    const custom = await fetch(`${emu.url}/custom/added-by-another-module`);
    assert.equal(custom.status, 503);
    assert.equal((await fetch(`${emu.url}/__emulator/metrics`)).status, 200);
    assert.equal((await faults(undefined, 'DELETE')).status, 200);
    assert.equal((await fetch(`${emu.url}/custom/added-by-another-module`)).status, 200);
  });

  it('shows, merges and validates the configuration', async () => {
    await faults({ latencyMs: 5 });
    await faults({ accessTokenTtlSeconds: 120 });
    const current = await (await fetch(`${emu.url}/__emulator/faults`)).json();
    assert.deepEqual(current, { latencyMs: 5, accessTokenTtlSeconds: 120 });
    const minted = (await (
      await fetch(`${emu.url}/__emulator/tokens`, { method: 'POST', body: JSON.stringify({ username: 'student' }) })
    ).json()) as { expires_in: number };
    assert.equal(minted.expires_in, 120);
    for (const bad of [{ nonsense: 1 }, { errors: [{ status: 200 }] }, { latencyMs: -1 }, { burst429: 3 }, [1]]) {
      const res = await faults(bad);
      assert.equal(res.status, 400, JSON.stringify(bad));
      assert.equal(((await res.json()) as { Error: { Success: boolean } }).Error.Success, false);
    }
    const malformed = await fetch(`${emu.url}/__emulator/faults`, { method: 'POST', body: '{' });
    assert.equal(malformed.status, 400);
  });

  it('counts requests per route and status, and upload counters', async () => {
    await fetch(`${emu.url}/__emulator/metrics`, { method: 'DELETE' });
    await folder();
    await folder();
    await api(emu, `/folders/${seedGuid('missing')}`, { token });
    await api(emu, `/folders/${FOLDER}`);
    await fetch(`${emu.url}/Panopto/nothing-here`);
    emu.context.metrics.uploadStarted();
    emu.context.metrics.bytesReceived(1234);
    emu.context.metrics.uploadCompleted();
    const m = await metrics();
    assert.deepEqual(m.requests.byRoute['GET /Panopto/api/v1/folders/:id'], { '200': 2, '404': 1, '401': 1 });
    assert.deepEqual(m.requests.byRoute['GET (unmatched)'], { '404': 1 });
    assert.deepEqual(m.uploads, { started: 1, completed: 1, failed: 0, bytesReceived: 1234 });
    assert.equal(m.requests.total, 5);
  });
});
