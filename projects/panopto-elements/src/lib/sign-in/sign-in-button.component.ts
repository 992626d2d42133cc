import { AsyncPipe, NgIf } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  EventEmitter,
  Input,
  OnDestroy,
  OnInit,
  Output,
  inject,
} from '@angular/core';
import { PanoptoAuthService, PanoptoUser } from 'panopto-ng/auth';
import { PanoptoError } from 'panopto-ng/core';
import { Subscription, filter, pairwise, startWith } from 'rxjs';
import { elementsRuntime } from '../elements-runtime';

/** What a failed sign-in reports: the library's error `code` and a message a person can act on. */
export interface PanoptoSignInFailure {
  code: string;
  message: string;
}

/**
 * "Sign in with Panopto" for pages without Angular (the element `<panopto-wc-sign-in>`): a button while signed
 * out, the user's name and "Sign out" while signed in, and the reason when a sign-in failed. Uses
 * `PanoptoAuthService` of the shared site, so public and broker mode work as configured; after Panopto's page
 * the browser comes back to this page (the redirect URI), where `PanoptoElements.configure()` completes it.
 *
 * @example
 * ```html
 * <panopto-wc-sign-in></panopto-wc-sign-in>
 * ```
 */
@Component({
  selector: 'panopto-wc-sign-in-button',
  standalone: true,
  imports: [NgIf, AsyncPipe],
  template: `
    <ng-container *ngIf="status$ | async as status">
      <span *ngIf="status === 'unknown'" class="panopto-sign-in__muted" role="status">{{ checkingLabel }}</span>
      <button *ngIf="status === 'anonymous'" type="button" class="panopto-sign-in__button" (click)="signIn()">
        {{ signInLabel }}
      </button>
      <span *ngIf="status === 'authenticated'" class="panopto-sign-in__who">
        <span class="panopto-sign-in__name" data-panopto="user-name">{{ displayName(user$ | async) }}</span>
        <button type="button" class="panopto-sign-in__button" (click)="signOut()">{{ signOutLabel }}</button>
      </span>
    </ng-container>
    <p *ngIf="failure" class="panopto-sign-in__error" role="alert">{{ failure.message }}</p>
  `,
  styleUrls: ['./sign-in-button.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoSignInButtonComponent implements OnInit, OnDestroy {
  private readonly auth = inject(PanoptoAuthService);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly subscriptions = new Subscription();

  /** Text of the button while signed out. */
  @Input() signInLabel = 'Sign in with Panopto';
  /** Text of the button while signed in. */
  @Input() signOutLabel = 'Sign out';
  /** Shown while the stored session is checked at startup. */
  @Input() checkingLabel = 'Checking sign-in…';
  /** Shown in place of the name when the ID token names nobody (the default scopes carry `sub` alone). */
  @Input() signedInLabel = 'Signed in';

  /** Someone signed in (or a stored session was restored); the user from the ID token. */
  @Output() readonly signedIn = new EventEmitter<PanoptoUser>();
  /** The session ended: signed out here or in another tab, or expired. */
  @Output() readonly signedOut = new EventEmitter<void>();
  /** Signing in failed; nothing else happened. */
  @Output() readonly signInError = new EventEmitter<PanoptoSignInFailure>();

  readonly status$ = this.auth.status$;
  readonly user$ = this.auth.user$;
  failure: PanoptoSignInFailure | null = null;

  ngOnInit(): void {
    this.subscriptions.add(
      this.auth.status$.pipe(startWith('unknown' as const), pairwise()).subscribe(([before, now]) => {
        if (now === 'authenticated' && before !== 'authenticated') {
          const user = this.auth.snapshot.user;
          if (user) this.signedIn.emit(user);
        } else if (now === 'anonymous' && before === 'authenticated') {
          this.signedOut.emit();
        }
      }),
    );
    this.subscriptions.add(
      elementsRuntime.signInFailure$.pipe(filter((e): e is PanoptoError => e !== null)).subscribe((e) => this.fail(e)),
    );
  }

  ngOnDestroy(): void {
    this.subscriptions.unsubscribe();
  }

  /** Sends the browser to Panopto's sign-in page; back to this page afterwards. */
  async signIn(): Promise<void> {
    this.failure = null;
    this.cdr.markForCheck();
    try {
      await this.auth.login(`${location.pathname}${location.search}`);
    } catch (error) {
      this.fail(error);
    }
  }

  async signOut(): Promise<void> {
    await this.auth.logout();
  }

  /** The user's name, else `signedInLabel`: never an empty name, nor the opaque `sub` id. */
  displayName(user: PanoptoUser | null): string {
    return user?.displayName ?? this.signedInLabel;
  }

  private fail(error: unknown): void {
    this.failure = {
      code: error instanceof PanoptoError ? error.code : 'sign-in-failed',
      message: error instanceof Error ? error.message : String(error),
    };
    this.cdr.markForCheck();
    this.signInError.emit(this.failure);
  }
}
