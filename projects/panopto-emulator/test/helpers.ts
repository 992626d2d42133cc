// Shared by the emulator's Node tests: start an emulator on a random port, mint tokens, call the API.
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../src/server.js';

export const ROOT = '00000000-0000-0000-0000-000000000000';

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, quiet: true, lazyMedia: true, ...options });
}

/** A real access token from the emulator's authorization server (via the emulator-only /__emulator/tokens). */
export async function mintToken(
  emu: RunningEmulator,
  username: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await fetch(`${emu.url}/__emulator/tokens`, {
    method: 'POST',
    body: JSON.stringify({ username, ...extra }),
  });
  if (res.status !== 200) throw new Error(`mintToken ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export interface ApiResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export async function api<T = any>(
  emu: RunningEmulator,
  path: string,
  init: { token?: string; method?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.token) headers['Authorization'] = `Bearer ${init.token}`;
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(`${emu.url}/Panopto/api/v1${path}`, { method: init.method ?? 'GET', headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export interface Tokens {
  student: string;
  instructor: string;
  admin: string;
}

export async function allTokens(emu: RunningEmulator): Promise<Tokens> {
  return {
    student: await mintToken(emu, 'student'),
    instructor: await mintToken(emu, 'instructor'),
    admin: await mintToken(emu, 'admin'),
  };
}
