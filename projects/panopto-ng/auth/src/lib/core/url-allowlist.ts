/**
 * Decides which request URLs may carry the access token. A base is an origin plus a path prefix; a URL
 * matches when its PARSED origin equals the base's origin and its path starts at a segment boundary of the
 * base path. String prefix matching is never used, so `https://x.panopto.com.evil.example/…` and
 * `/Panopto/apiX` don't match `https://x.panopto.com/Panopto/api/`.
 */
export class UrlAllowlist {
  private readonly bases: readonly { origin: string; path: string }[];

  constructor(bases: readonly string[]) {
    this.bases = bases.map((base) => {
      const url = new URL(base);
      const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
      return { origin: url.origin, path: path.toLowerCase() };
    });
  }

  /** True when `url` (absolute, or relative to `baseHref`) is inside one of the bases. */
  matches(url: string, baseHref?: string): boolean {
    if (this.bases.length === 0) return false;
    let parsed: URL;
    try {
      parsed = baseHref ? new URL(url, baseHref) : new URL(url);
    } catch {
      return false;
    }
    if (parsed.username || parsed.password) return false;
    // An encoded slash or backslash is one segment to the URL parser but may be a separator to the server
    // (IIS decodes %2F and %5C): `/Panopto/api/v1/x%2F..%2F..%2Foauth2` could leave the API. Never attach there.
    if (/%2f|%5c/i.test(parsed.pathname)) return false;
    // Panopto runs on IIS, whose paths are case-insensitive; the origin comparison is exact.
    const path = parsed.pathname.toLowerCase();
    return this.bases.some(
      (base) => parsed.origin === base.origin && (path.startsWith(base.path) || `${path}/` === base.path),
    );
  }
}
