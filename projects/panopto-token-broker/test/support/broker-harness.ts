// A broker on a loopback port against a given emulator, for tests that need several differently configured
// brokers. `post()` speaks to it like the browser does (Origin header, JSON body, optional cookie).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenBroker, type TokenBrokerOptions } from '../../src/token-broker.js';

export interface RunningBroker {
  url: string;
  port: number;
  close(): Promise<void>;
  post(path: string, init?: PostInit): Promise<Response>;
}

export interface PostInit {
  body?: unknown;
  cookie?: string;
  origin?: string | null;
  raw?: string;
  contentType?: string;
}

export async function startBroker(options: TokenBrokerOptions, origin: string): Promise<RunningBroker> {
  const server: Server = createServer(createTokenBroker(options));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  return {
    url,
    port,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
    post(path, init = {}) {
      const headers: Record<string, string> = {};
      if (init.origin !== null) headers['origin'] = init.origin ?? origin;
      if (init.cookie) headers['cookie'] = init.cookie;
      const body = init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined);
      if (body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
      return fetch(`${url}${path}`, { method: 'POST', headers, body });
    },
  };
}

/** The `name=value` pair of the first Set-Cookie line whose name contains `panopto_rt`, and the whole line. */
export function refreshCookieOf(res: Response): { pair: string; line: string } | null {
  const line = res.headers.getSetCookie().find((c) => /^(__Host-|__Secure-)?panopto_rt=/.test(c));
  return line ? { pair: line.split(';')[0], line } : null;
}
