import { AsyncPipe, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PANOPTO_CALLBACK_ERROR } from 'panopto-ng/auth';

/**
 * The `/auth/callback` route. `panoptoAuthCallbackGuard` completes the sign-in and navigates back before this
 * renders; the component only shows up when the sign-in failed, and says why.
 */
@Component({
  selector: 'demo-auth-callback',
  standalone: true,
  imports: [NgIf, AsyncPipe, RouterLink],
  template: `
    <h1>Signing in</h1>
    <div class="demo-card" role="alert" *ngIf="error$ | async as error; else working">
      <p><strong>Sign-in failed</strong> ({{ error.code }})</p>
      <p>{{ error.message }}</p>
      <a routerLink="/" class="demo-button">Back to the gallery</a>
    </div>
    <ng-template #working><p role="status">Completing sign-in…</p></ng-template>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthCallbackComponent {
  readonly error$ = inject(PANOPTO_CALLBACK_ERROR);
}
