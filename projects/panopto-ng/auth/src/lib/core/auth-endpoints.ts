import { isLoopbackHost } from 'panopto-ng/core';
import { PanoptoAuthEndpoints } from '../config/auth-config';
import { PanoptoSignInError } from './auth-errors';
import { AuthHttp } from './auth-http';

interface DiscoveryDocument {
  issuer?: string;
  authorization_endpoint?: string;
  token_endpoint?: string;
  revocation_endpoint?: string;
  jwks_uri?: string;
}

/** The tenant's discovery document URL for a Panopto site origin. */
export function discoveryUrlFor(serverUrl: string): string {
  return `${serverUrl}/Panopto/oauth2/.well-known/openid-configuration`;
}

/**
 * Endpoints from the tenant's discovery document, with per-endpoint overrides from the config. The document is
 * fetched once and cached; a failed fetch is not cached, so the next sign-in tries again.
 */
export class AuthEndpointsResolver {
  private cached: Promise<PanoptoAuthEndpoints> | null = null;

  constructor(
    private readonly http: AuthHttp,
    private readonly serverUrl: string,
    private readonly overrides: Readonly<Partial<PanoptoAuthEndpoints>>,
  ) {}

  resolve(): Promise<PanoptoAuthEndpoints> {
    if (!this.cached) {
      this.cached = this.load();
      this.cached.catch(() => (this.cached = null));
    }
    return this.cached;
  }

  /**
   * A discovered endpoint (or the issuer) must be https, or loopback http, on the tenant's own origin: the code,
   * the refresh token and the user's browser go there. Configured overrides are the app's own choice.
   */
  private checkOnTenant(key: string, value: string): void {
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      // reported below
    }
    const tenant = new URL(this.serverUrl).origin;
    const secure = url?.protocol === 'https:' || (url?.protocol === 'http:' && isLoopbackHost(url.hostname));
    if (!url || !secure || url.origin !== tenant || url.username || url.password) {
      throw new PanoptoSignInError(
        'discovery_failed',
        `The tenant's OpenID configuration names ${key} '${value}', which is not https on the tenant's origin ` +
          `${tenant}; refusing to use it. Set auth.endpoints.${key} if this is intended.`,
      );
    }
  }

  private async load(): Promise<PanoptoAuthEndpoints> {
    const o = this.overrides;
    const discovery = o.discovery ?? discoveryUrlFor(this.serverUrl);
    const complete = o.authorization && o.token && o.revocation && o.jwks && o.issuer;
    let doc: DiscoveryDocument = {};
    if (!complete) {
      try {
        doc = await this.http.getJson<DiscoveryDocument>(discovery);
      } catch (e) {
        throw new PanoptoSignInError(
          'discovery_failed',
          `Could not load the tenant's OpenID configuration from ${discovery} (${
            e instanceof Error ? e.message : e
          }). ` + `Check serverUrl, the tenant's CORS setting for this origin, or set auth.endpoints explicitly.`,
        );
      }
    }
    const pick = (key: keyof PanoptoAuthEndpoints, value: string | undefined): string => {
      const configured = o[key];
      if (configured) return configured;
      if (!value) {
        throw new PanoptoSignInError(
          'discovery_failed',
          `The tenant's OpenID configuration has no ${key} endpoint; set auth.endpoints.${key}.`,
        );
      }
      this.checkOnTenant(key, value);
      return value;
    };
    return {
      discovery,
      issuer: pick('issuer', doc.issuer),
      authorization: pick('authorization', doc.authorization_endpoint),
      token: pick('token', doc.token_endpoint),
      revocation: pick('revocation', doc.revocation_endpoint),
      jwks: pick('jwks', doc.jwks_uri),
    };
  }
}
