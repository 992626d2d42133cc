// Talking to the Panopto emulator's test-only endpoints from e2e suites.
import { emulatorUrl } from './browser.mjs';

/** `GET /__emulator/metrics` as JSON. */
export async function emulatorMetrics() {
  const res = await fetch(`${emulatorUrl}/__emulator/metrics`);
  if (!res.ok) throw new Error(`GET /__emulator/metrics answered HTTP ${res.status}`);
  return res.json();
}

/** `POST /__emulator/faults` with the given JSON body (e.g. `{ accessTokenTtlSeconds: 5 }`). */
export async function setEmulatorFaults(body) {
  const res = await fetch(`${emulatorUrl}/__emulator/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST /__emulator/faults answered HTTP ${res.status}: ${await res.text()}`);
  return res.headers.get('content-type')?.includes('json') ? res.json() : null;
}
