import { Injectable, inject } from '@angular/core';
import { BehaviorSubject } from 'rxjs';
import { PanoptoAuthService } from 'panopto-ng/auth';

/**
 * "Sign in with Panopto" for every button of the gallery. `login()` can fail before it leaves the page: Panopto
 * (or the emulator) unreachable for discovery, or no Web Crypto on an insecure origin such as a LAN address over
 * http. Then the shell shows the reason in an alert instead of the button silently doing nothing.
 */
@Injectable({ providedIn: 'root' })
export class DemoSignInService {
  private readonly auth = inject(PanoptoAuthService);
  private readonly failure = new BehaviorSubject<string | null>(null);

  /** Why the last sign-in could not start, until dismissed or tried again; null when nothing failed. */
  readonly failure$ = this.failure.asObservable();

  /** Starts sign-in and comes back to `returnUrl`; a failure is reported through `failure$`, never thrown. */
  async start(returnUrl: string): Promise<void> {
    this.failure.next(null);
    try {
      await this.auth.login(returnUrl);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.failure.next(`Sign-in could not start: ${reason}`);
    }
  }

  /** Hides the failure message. */
  dismiss(): void {
    this.failure.next(null);
  }
}
