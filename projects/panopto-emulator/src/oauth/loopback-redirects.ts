// RFC 8252 section 7.3: "The authorization server MUST allow any port to be specified at the time of the request
// for loopback IP redirect URIs". oidc-provider applies that to `application_type: native` clients only; the
// emulator applies it to every client whose registered URI is a loopback http URI, so the demo client also
// works for an app on http://localhost:4600 and a developer never edits a port into a file. Scheme, host name
// (localhost stays localhost, 127.0.0.1 stays 127.0.0.1), path and query must still match exactly.
import type Provider from 'oidc-provider';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function loopbackWithoutPort(uri: string): string | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname) || url.username || url.password) return null;
  url.port = '';
  return url.href;
}

/** True when `requested` equals one of `registered` but for the port of a loopback http URI. */
export function loopbackRedirectMatches(registered: readonly string[], requested: string): boolean {
  const wanted = loopbackWithoutPort(requested);
  if (!wanted) return false;
  return registered.some((uri) => loopbackWithoutPort(uri) === wanted);
}

interface RedirectChecks {
  redirectUris?: string[];
  postLogoutRedirectUris?: string[];
  redirectUriAllowed(value: string): boolean;
  postLogoutRedirectUriAllowed(value: string): boolean;
}

/** Extends this provider's client checks (each provider has its own Client class) with the loopback rule. */
export function allowLoopbackRedirectsOnAnyPort(provider: Provider): void {
  const proto = provider.Client.prototype as unknown as RedirectChecks;
  const exactRedirect = proto.redirectUriAllowed;
  const exactLogout = proto.postLogoutRedirectUriAllowed;
  proto.redirectUriAllowed = function (this: RedirectChecks, value: string): boolean {
    return exactRedirect.call(this, value) || loopbackRedirectMatches(this.redirectUris ?? [], value);
  };
  proto.postLogoutRedirectUriAllowed = function (this: RedirectChecks, value: string): boolean {
    return exactLogout.call(this, value) || loopbackRedirectMatches(this.postLogoutRedirectUris ?? [], value);
  };
}
