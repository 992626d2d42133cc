// CORS policy shared by the authorization server and the REST API: any loopback http origin (the demo on
// :4200, Karma on :9876, a developer's own app on another port) may call the emulator from a browser.

/** True for `http://localhost[:port]`, `http://127.0.0.1[:port]` and `http://[::1][:port]`. */
export function isLoopbackOrigin(origin: string | undefined): origin is string {
  if (!origin) return false;
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]') &&
      url.pathname === '/' &&
      origin === url.origin
    );
  } catch {
    return false;
  }
}
