// Obtains an authorization code from the emulator like a browser would: authorize → login form → redirect.
import { createHash, randomBytes } from 'node:crypto';

export interface AuthorizationCode {
  code: string;
  verifier: string;
  state: string;
  nonce: string;
  redirectUri: string;
}

class Jar {
  private readonly cookies = new Map<string, string>();
  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /max-age=0|expires=Thu, 01 Jan 1970/i.test(line))
        this.cookies.delete(pair.slice(0, eq).trim());
      else this.cookies.set(pair.slice(0, eq).trim(), value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Signs in at the emulator with the given account and returns the code delivered to `redirectUri`. */
export async function authorizationCode(
  emulatorUrl: string,
  clientId: string,
  redirectUri: string,
  account = { username: 'instructor', password: 'instructor' },
  scope = 'openid profile api offline_access',
): Promise<AuthorizationCode> {
  const verifier = randomBytes(48).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(16).toString('base64url');
  const nonce = randomBytes(16).toString('base64url');
  const authorize = new URL(`${emulatorUrl}/Panopto/oauth2/connect/authorize`);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope,
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const jar = new Jar();
  let next: { url: string; method: string; body?: string } = { url: authorize.href, method: 'GET' };
  for (let hop = 0; hop < 15; hop++) {
    if (next.url.startsWith(redirectUri)) {
      const url = new URL(next.url);
      const code = url.searchParams.get('code');
      if (!code) throw new Error(`no code in ${next.url}`);
      if (url.searchParams.get('state') !== state) throw new Error('state mismatch');
      return { code, verifier, state, nonce, redirectUri };
    }
    const res = await fetch(next.url, {
      method: next.method,
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(next.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: next.body,
    });
    jar.store(res);
    if (res.status >= 300 && res.status < 400) {
      next = { url: new URL(res.headers.get('location') as string, next.url).href, method: 'GET' };
      continue;
    }
    const html = await res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (res.status === 200 && action && html.includes('name="password"')) {
      next = {
        url: new URL(action.replace(/&amp;/g, '&'), next.url).href,
        method: 'POST',
        body: new URLSearchParams(account).toString(),
      };
      continue;
    }
    throw new Error(`sign-in stopped at HTTP ${res.status} for ${next.url}`);
  }
  throw new Error('too many redirects while signing in');
}
