import { ChangeDetectionStrategy, Component, EventEmitter, Output, ViewEncapsulation } from '@angular/core';
import { PanoptoUser } from 'panopto-ng/auth';
import { PanoptoElementWrapper, WrappedComponent } from '../element-wrapper';
import { PanoptoSignInButtonComponent, PanoptoSignInFailure } from '../sign-in/sign-in-button.component';

const INPUTS = ['signInLabel', 'signOutLabel', 'checkingLabel', 'signedInLabel'] as const;

const SIGN_IN: WrappedComponent<PanoptoSignInButtonComponent, (typeof INPUTS)[number]> = {
  component: PanoptoSignInButtonComponent,
  inputs: { signInLabel: 'string', signOutLabel: 'string', checkingLabel: 'string', signedInLabel: 'string' },
  outputs: ['signedIn', 'signedOut', 'signInError'],
};

/** `<panopto-wc-sign-in>`: "Sign in with Panopto", with the signed-in user and "Sign out". */
@Component({
  selector: 'panopto-wc-sign-in',
  standalone: true,
  template: '<ng-container #outlet></ng-container>',
  inputs: [...INPUTS],
  styles: [':host { display: inline-block; }'],
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoSignInElementComponent extends PanoptoElementWrapper<PanoptoSignInButtonComponent> {
  protected readonly wrapped = SIGN_IN;

  /** `detail`: the user (`sub`, `name`, `preferredUsername`, `email`, `displayName`, `claims`). */
  @Output('signed-in') readonly signedIn = new EventEmitter<PanoptoUser>();
  /** The session ended (signed out, here or in another tab, or expired). */
  @Output('signed-out') readonly signedOut = new EventEmitter<void>();
  /** `detail`: `{ code, message }` of a sign-in that failed. */
  @Output('sign-in-error') readonly signInError = new EventEmitter<PanoptoSignInFailure>();
}
