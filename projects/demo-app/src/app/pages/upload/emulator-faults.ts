import { DEMO_SETTINGS } from '../../demo-settings';

/** One switch of the fault panel: what it sends to the emulator's `POST /__emulator/faults`. */
export interface FaultPreset {
  id: string;
  label: string;
  description: string;
  config: Record<string, unknown>;
}

const PARTS = { route: '/Panopto/Upload/*', method: 'PUT' };

export const FAULT_PRESETS: FaultPreset[] = [
  {
    id: 'drop',
    label: 'Drop 15% of part uploads',
    description: 'The connection is cut without an answer.',
    config: { drop: [{ ...PARTS, rate: 0.15 }] },
  },
  {
    id: 'http500',
    label: 'HTTP 500 on 15% of parts',
    description: 'The upload target fails; parts back off and retry.',
    config: { errors: [{ ...PARTS, status: 500, rate: 0.15 }] },
  },
  {
    id: 'burst429',
    label: '429 burst (6 requests)',
    description: 'Too many requests, with Retry-After: 2.',
    config: { burst429: { ...PARTS, count: 6, retryAfterSeconds: 2 } },
  },
  {
    id: 'slow',
    label: 'Slow parts (+800 ms)',
    description: 'Latency on every part, to watch pause and resume.',
    config: { latency: [{ ...PARTS, ms: 800 }] },
  },
  {
    id: 'token',
    label: 'Tokens expire after 20 s',
    description: 'Sign in again after switching; REST calls then refresh mid-upload.',
    config: { accessTokenTtlSeconds: 20 },
  },
];

/** Sends the merged configuration of the active presets (an empty set clears every fault). */
export async function applyFaults(active: ReadonlySet<string>): Promise<Record<string, unknown>> {
  const base = `${DEMO_SETTINGS.serverUrl}/__emulator/faults`;
  await fetch(base, { method: 'DELETE' });
  const config: Record<string, unknown> = {};
  for (const preset of FAULT_PRESETS) if (active.has(preset.id)) Object.assign(config, preset.config);
  if (Object.keys(config).length === 0) return {};
  const res = await fetch(base, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(config),
  });
  if (!res.ok) throw new Error(`The emulator refused the faults (HTTP ${res.status}).`);
  return res.json();
}
