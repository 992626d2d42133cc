// One registered API client, in the shape of the clients file (PANOPTO_EMULATOR_CLIENTS), and how it becomes
// oidc-provider metadata. The three types are Panopto's API client types (System → API Clients), plus the
// secret-less PKCE client the library's public mode and the demo use:
//
//   "public"                         no secret; authorization code with PKCE (S256) + refresh
//   "server-side-web-application"    Panopto's "Server-side Web Application": secret; authorization code + refresh
//   "user-based-server-application"  Panopto's "User Based Server Application": secret; grant_type=password + refresh
import type { ClientMetadata } from 'oidc-provider';

export const CLIENT_TYPES = ['public', 'server-side-web-application', 'user-based-server-application'] as const;
export type ClientType = (typeof CLIENT_TYPES)[number];

/** Panopto's own label for each type, for messages and the README. */
export const CLIENT_TYPE_LABELS: Record<ClientType, string> = {
  public: 'public client with PKCE (not a Panopto type)',
  'server-side-web-application': 'Server-side Web Application',
  'user-based-server-application': 'User Based Server Application',
};

export interface ClientEntry {
  id: string;
  name: string;
  type: ClientType;
  /** Required for the two server types, refused for `public`. */
  secret?: string;
  /** Exact matches, except loopback http URIs, which match on any port (RFC 8252 section 7.3). */
  redirectUris: string[];
  /** Where a signed-out browser may be sent back to (same matching rule). */
  postLogoutRedirectUris: string[];
  /** Browser origins allowed to call the token endpoint and the REST API (Panopto's "CORS Origin URL"). */
  corsOrigins: string[];
}

export const CLIENT_SCOPE = 'openid profile api offline_access';

export function toClientMetadata(entry: ClientEntry): ClientMetadata {
  const common = { client_id: entry.id, client_name: entry.name, scope: CLIENT_SCOPE };
  switch (entry.type) {
    case 'public':
      return {
        ...common,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: entry.redirectUris,
        post_logout_redirect_uris: entry.postLogoutRedirectUris,
      };
    case 'server-side-web-application':
      return {
        ...common,
        client_secret: entry.secret,
        // The secret may come with HTTP Basic or in the form body (Panopto's samples use the body).
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: entry.redirectUris,
        post_logout_redirect_uris: entry.postLogoutRedirectUris,
      };
    case 'user-based-server-application':
      return {
        ...common,
        client_secret: entry.secret,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['password', 'refresh_token'],
        response_types: [],
        redirect_uris: [],
      };
  }
}
