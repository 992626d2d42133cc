import { Injectable } from '@angular/core';
import { PanoptoConfigError } from 'panopto-ng/core';

/** Starts sign-in and comes back to `returnUrl` (app-relative) afterwards. */
export type PanoptoSignInStart = (returnUrl: string) => Promise<void>;

/**
 * Lets components that do not depend on `panopto-ng/auth` offer "Sign in" (a folder browser answered 401): the
 * auth service registers its `login()` here when it is created, so the entry points stay independent at import
 * time. Without sign-in configured, nothing registers and `available` stays false: the components then leave
 * sign-in to the app (an output event).
 *
 * @example
 * ```ts
 * const signIn = inject(PanoptoSignInLauncher);
 * if (signIn.available) await signIn.start('/my-videos');
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PanoptoSignInLauncher {
  private starter: PanoptoSignInStart | null = null;

  /** True when a sign-in service registered (`withPanoptoAuth()` is configured and in use). */
  get available(): boolean {
    return this.starter !== null;
  }

  /** Registers the function that starts sign-in; returns the function that takes it back (on destroy). */
  register(start: PanoptoSignInStart): () => void {
    this.starter = start;
    return () => {
      if (this.starter === start) this.starter = null;
    };
  }

  /**
   * Starts sign-in, back to `returnUrl` afterwards.
   *
   * @throws PanoptoConfigError `auth` when no sign-in service registered (add `withPanoptoAuth()`).
   */
  start(returnUrl = '/'): Promise<void> {
    if (!this.starter) {
      return Promise.reject(
        new PanoptoConfigError('auth', 'is not configured: add withPanoptoAuth({ … }) to providePanopto() to sign in.'),
      );
    }
    return this.starter(returnUrl);
  }
}
