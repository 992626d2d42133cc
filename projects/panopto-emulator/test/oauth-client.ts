// Drives the emulator's sign-in like a browser would (manual redirects + a cookie jar), for the OAuth tests.
import { Issuer, generators, type Client, type TokenSet } from 'openid-client';

export class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface SignInResult {
  /** The final redirect to the client's redirect_uri. */
  callbackUrl: URL;
  /** Every page/redirect visited, for assertions. */
  visited: string[];
  /** The login page HTML that was shown. */
  loginHtml: string;
}

/** Follows redirects from `startUrl`, filling the login form with the given credentials, until it reaches `redirectUri`. */
export async function signIn(
  startUrl: string,
  redirectUri: string,
  username: string,
  password: string,
  jar = new CookieJar(),
): Promise<SignInResult> {
  const visited: string[] = [];
  let loginHtml = '';
  let next: { url: string; method: string; body?: string } = { url: startUrl, method: 'GET' };
  for (let hop = 0; hop < 15; hop++) {
    visited.push(`${next.method} ${next.url}`);
    if (next.url.startsWith(redirectUri)) return { callbackUrl: new URL(next.url), visited, loginHtml };
    const res = await fetch(next.url, {
      method: next.method,
      redirect: 'manual',
      headers: {
        cookie: jar.header(),
        ...(next.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: next.body,
    });
    jar.store(res);
    if (res.status >= 300 && res.status < 400) {
      next = { url: new URL(res.headers.get('location') as string, next.url).href, method: 'GET' };
      continue;
    }
    const html = await res.text();
    if (res.status === 200 && html.includes('name="password"')) {
      loginHtml = html;
      const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error('login form without action');
      next = {
        url: new URL(action.replace(/&amp;/g, '&'), next.url).href,
        method: 'POST',
        body: new URLSearchParams({ username, password }).toString(),
      };
      continue;
    }
    throw Object.assign(new Error(`sign-in stopped at ${res.status} ${next.url}`), { status: res.status, html });
  }
  throw new Error(`too many redirects: ${visited.join(' -> ')}`);
}

export async function discover(baseUrl: string): Promise<Issuer<Client>> {
  return Issuer.discover(`${baseUrl}/Panopto/oauth2`);
}

export async function pkceSignIn(
  issuer: Issuer<Client>,
  clientId: string,
  redirectUri: string,
  username: string,
  password: string,
  scope = 'openid profile api offline_access',
): Promise<{ tokens: TokenSet; client: Client; sign: SignInResult }> {
  const client = new issuer.Client({
    client_id: clientId,
    token_endpoint_auth_method: 'none',
    redirect_uris: [redirectUri],
    response_types: ['code'],
  });
  const verifier = generators.codeVerifier();
  const state = generators.state();
  const url = client.authorizationUrl({
    scope,
    redirect_uri: redirectUri,
    code_challenge: generators.codeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  const sign = await signIn(url, redirectUri, username, password);
  const params = client.callbackParams(sign.callbackUrl.href);
  const tokens = await client.callback(redirectUri, params, { code_verifier: verifier, state });
  return { tokens, client, sign };
}
