// The broker's side of OAuth: discovery, the token endpoint (with the client secret) and revocation.
import { endpointProblem, type ResolvedBrokerOptions } from './options.js';
import { BrokerHttpError } from './http-helpers.js';

export interface UpstreamEndpoints {
  issuer: string;
  token: string;
  revocation: string;
  jwks: string;
}

export interface UpstreamTokens {
  access_token: string;
  expires_in: number;
  refresh_token?: string;
  id_token?: string;
  scope?: string;
  token_type?: string;
}

/** Failures of the token endpoint, classified for the browser: dead grant (401) or try again (502). */
function upstreamError(status: number, body: Record<string, unknown>): BrokerHttpError {
  const error = typeof body['error'] === 'string' ? body['error'] : '';
  if (error === 'invalid_grant' || error === 'invalid_token') {
    return new BrokerHttpError(401, 'invalid_grant', 'The sign-in has expired or was revoked; sign in again.');
  }
  if (status >= 500 || status === 429 || status === 408) {
    return new BrokerHttpError(
      502,
      'temporarily_unavailable',
      `Panopto's token endpoint answered HTTP ${status}; try again.`,
    );
  }
  if (error === 'invalid_client' || error === 'unauthorized_client') {
    // A broker misconfiguration, not the user's fault: say so without echoing the secret.
    return new BrokerHttpError(
      500,
      'server_error',
      `Panopto rejected the broker's client credentials (${error}); check the client id and secret.`,
    );
  }
  return new BrokerHttpError(
    400,
    error || 'invalid_request',
    `Panopto refused the request (HTTP ${status}${error ? `, ${error}` : ''}).`,
  );
}

export class PanoptoOAuth {
  private discovery: Promise<UpstreamEndpoints> | null = null;

  constructor(private readonly o: ResolvedBrokerOptions) {}

  endpoints(): Promise<UpstreamEndpoints> {
    if (!this.discovery) {
      this.discovery = this.discover();
      this.discovery.catch(() => (this.discovery = null));
    }
    return this.discovery;
  }

  private async discover(): Promise<UpstreamEndpoints> {
    const { token, revocation, issuer, jwks } = this.o.endpoints;
    let doc: Record<string, unknown> = {};
    if (!(token && revocation && issuer && jwks)) {
      const url = `${this.o.panoptoServerUrl}/Panopto/oauth2/.well-known/openid-configuration`;
      try {
        const res = await this.call(url, { method: 'GET' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        doc = (await res.json()) as Record<string, unknown>;
      } catch (e) {
        throw new BrokerHttpError(
          502,
          'temporarily_unavailable',
          `Could not load Panopto's OpenID configuration (${(e as Error).message}).`,
        );
      }
    }
    // The secret and the tokens go only to https (or loopback) URLs on the tenant's own origin.
    const pick = (key: string, override?: string): string => {
      const value = override ?? doc[key];
      const problem = endpointProblem(value, key, this.o.panoptoServerUrl);
      if (problem) throw new BrokerHttpError(502, 'server_error', problem);
      return value as string;
    };
    return {
      issuer: pick('issuer', issuer),
      token: pick('token_endpoint', token),
      revocation: pick('revocation_endpoint', revocation),
      jwks: pick('jwks_uri', jwks),
    };
  }

  /** POSTs a form to the token endpoint with HTTP Basic client authentication. */
  async token(form: Record<string, string>): Promise<UpstreamTokens> {
    const { token } = await this.endpoints();
    let res: Response;
    try {
      res = await this.call(token, this.formRequest(form));
    } catch (e) {
      throw new BrokerHttpError(
        502,
        'temporarily_unavailable',
        `Panopto's token endpoint could not be reached (${(e as Error).name}).`,
      );
    }
    const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (!res.ok) throw upstreamError(res.status, body);
    if (typeof body['access_token'] !== 'string')
      throw new BrokerHttpError(502, 'server_error', 'Panopto returned no access token.');
    return body as unknown as UpstreamTokens;
  }

  /** RFC 7009 revocation; true when Panopto confirmed it. */
  async revoke(token: string, hint: 'refresh_token' | 'access_token'): Promise<boolean> {
    const { revocation } = await this.endpoints();
    try {
      const res = await this.call(revocation, this.formRequest({ token, token_type_hint: hint }));
      await res.arrayBuffer();
      return res.ok;
    } catch {
      return false;
    }
  }

  private formRequest(form: Record<string, string>): RequestInit {
    const basic = Buffer.from(
      `${encodeURIComponent(this.o.clientId)}:${encodeURIComponent(this.o.clientSecret)}`,
    ).toString('base64');
    return {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${basic}`,
        Accept: 'application/json',
      },
      body: new URLSearchParams(form).toString(),
    };
  }

  private call(url: string, init: RequestInit): Promise<Response> {
    return this.o.fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(this.o.upstreamTimeoutMs) });
  }
}
