import { HttpRequest } from '@angular/common/http';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';

/**
 * The next request that matches, waiting a few macrotasks for it: the auth and sync code make their calls after
 * `await`s (WebCrypto, promises), so a request is rarely pending the moment an action returns.
 */
export async function nextRequest(
  http: HttpTestingController,
  matches: (request: HttpRequest<unknown>) => boolean,
  what: string,
): Promise<TestRequest> {
  for (let turn = 0; turn < 100; turn++) {
    const [found] = http.match(matches);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve));
  }
  throw new Error(`No ${what} request was sent.`);
}

/** Waits (a macrotask at a time) until `done()` holds. */
export async function waitUntil(done: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 100; turn++) {
    if (done()) return;
    await new Promise((resolve) => setTimeout(resolve));
  }
  throw new Error(`Timed out waiting until ${what}.`);
}
