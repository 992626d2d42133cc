// `npm run bench:broker`: the token broker under load against the emulator, both in their own processes on
// loopback. 200 users signed in through the broker; a calm phase (the baseline: no faults, no clock jumps),
// then the bad day for 60 s: refresh-token rotation (always on in the emulator), 20-second access tokens,
// users' clocks jumping, and 5 % of the emulator's answers replaced by 503 (POST /__emulator/faults).
// Prints the figures, the bad day's p95 against the baseline's, and PASS/FAIL lines; exits 1 on a FAIL.
//   BROKER_BENCH_USERS (200), BROKER_BENCH_SECONDS (60), BROKER_BENCH_BASELINE_SECONDS (10),
//   BROKER_BENCH_PORT (6020: emulator; +1: broker)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPhase, signInUsers } from './load.ts';

const root = new URL('../../..', import.meta.url).pathname;
const users = Number(process.env.BROKER_BENCH_USERS ?? 200);
const seconds = Number(process.env.BROKER_BENCH_SECONDS ?? 60);
const baselineSeconds = Number(process.env.BROKER_BENCH_BASELINE_SECONDS ?? 10);
const port = Number(process.env.BROKER_BENCH_PORT ?? 6020);
const emulatorUrl = `http://localhost:${port}`;
const brokerUrl = `http://localhost:${port + 1}`;
const appOrigin = 'http://localhost:4200';

function start(name, script, env) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, script)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.on('exit', (code) => {
    if (code && !stopping) console.error(`${name} exited with ${code}`);
  });
  return child;
}

async function waitFor(url, init) {
  for (let i = 0; i < 600; i++) {
    try {
      await fetch(url, init);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not answer`);
}

async function faults(body) {
  const res = await fetch(`${emulatorUrl}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`faults: HTTP ${res.status} ${await res.text()}`);
}

/** Peak resident set size (VmHWM) of a process, in MB; null where /proc is missing. */
function peakRssMb(pid) {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

let stopping = false;
const emulator = start('emulator', 'projects/panopto-emulator/src/main.ts', {
  PANOPTO_EMULATOR_PORT: String(port),
});
const broker = start('broker', 'projects/panopto-token-broker/src/main.ts', {
  PANOPTO_BROKER_PORT: String(port + 1),
  PANOPTO_SERVER_URL: emulatorUrl,
  PANOPTO_BROKER_ALLOWED_ORIGINS: appOrigin,
});
let failed = false;
try {
  await waitFor(`${emulatorUrl}/__emulator/metrics`);
  await waitFor(`${brokerUrl}/token`, { method: 'OPTIONS' });
  await faults({ accessTokenTtlSeconds: 20 });
  const options = { emulatorUrl, brokerUrl, appOrigin, users, seed: 7 };
  const signInStarted = Date.now();
  const signedIn = await signInUsers(options);
  console.log(
    `signed in ${signedIn.length} users through the broker in ${((Date.now() - signInStarted) / 1000).toFixed(1)} s`,
  );

  const baseline = await runPhase(options, signedIn, {
    durationMs: baselineSeconds * 1000,
    thinkMs: 2000,
    clockJumpRate: 0,
    refreshAtStart: true,
  });
  await faults({ errors: [{ route: '/Panopto/*', rate: 0.05, status: 503 }], seed: 1 });
  const bad = await runPhase(options, signedIn, { durationMs: seconds * 1000, thinkMs: 2000, clockJumpRate: 0.01 });
  await faults({ errors: [] });
  const metrics = await (await fetch(`${emulatorUrl}/__emulator/metrics`)).json();
  const rss = peakRssMb(broker.pid);

  const row = (label, value) => console.log(`  ${label.padEnd(44)} ${value}`);
  console.log(`\nbroker under load: ${users} users, ${seconds} s, rotation on, clock jumps, 5 % upstream 503s`);
  row('API requests (to the emulator)', bad.apiRequests);
  row('API requests answered 503 (injected)', bad.apiUpstreamFailures);
  row('broker requests', bad.brokerRequests);
  row('refreshes (succeeded)', bad.refreshes);
  row('refresh retries', bad.refreshRetries);
  row('clock jumps', bad.clockJumps);
  row('invalid_grant', bad.invalidGrant);
  row('broker 502 forwarding an upstream failure', bad.forwardedUpstreamFailures);
  row('broker-made 5xx', bad.brokerMade5xx);
  row(
    'broker latency p50 / p95 / max (ms)',
    `${bad.brokerLatencyMs.p50} / ${bad.brokerLatencyMs.p95} / ${bad.brokerLatencyMs.max}`,
  );
  row(
    'baseline latency p50 / p95 (ms, no faults)',
    `${baseline.brokerLatencyMs.p50} / ${baseline.brokerLatencyMs.p95}`,
  );
  row('emulator faults injected', metrics.faultsInjected?.error ?? 'n/a');
  row('broker peak RSS (MB)', rss ?? 'n/a');
  const ratio = baseline.brokerLatencyMs.p95 > 0 ? bad.brokerLatencyMs.p95 / baseline.brokerLatencyMs.p95 : 0;
  console.log(`  ratio: bad-day p95 / baseline p95 = ${ratio.toFixed(2)}`);
  for (const line of [...baseline.unexpected, ...bad.unexpected].slice(0, 10)) console.log(`  unexpected: ${line}`);

  const checks = [
    ['invalid_grant = 0', bad.invalidGrant === 0 && baseline.invalidGrant === 0],
    ['broker-made 5xx = 0', bad.brokerMade5xx === 0 && baseline.brokerMade5xx === 0],
    [
      'every user kept its session (nothing unexpected)',
      bad.unexpected.length === 0 && baseline.unexpected.length === 0,
    ],
    ['refreshes happened during the bad day', bad.refreshes >= users],
    ['upstream 503s were injected and forwarded', bad.forwardedUpstreamFailures > 0],
    ['bad-day p95 under 10x the baseline', baseline.refreshes > 0 && ratio < 10],
    ['broker peak RSS under 300 MB', rss === null || rss < 300],
  ];
  for (const [name, ok] of checks) {
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
    if (!ok) failed = true;
  }
} catch (e) {
  console.error(e);
  failed = true;
} finally {
  stopping = true;
  broker.kill('SIGTERM');
  emulator.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);
