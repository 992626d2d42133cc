import { AsyncPipe, DatePipe, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { PanoptoAuthService, PanoptoUser } from 'panopto-ng/auth';
import { map } from 'rxjs';
import { DemoSignInService } from './demo-sign-in.service';

/** Header widget: "Sign in" when signed out; the user's name, token expiry and "Sign out" when signed in. */
@Component({
  selector: 'demo-auth-widget',
  standalone: true,
  imports: [NgIf, AsyncPipe, DatePipe],
  template: `
    <ng-container *ngIf="status$ | async as status">
      <span *ngIf="status === 'unknown'" class="muted" aria-live="polite">Checking sign-in…</span>
      <button
        *ngIf="status === 'anonymous'"
        type="button"
        class="demo-button primary"
        data-testid="auth-sign-in"
        (click)="signIn()"
      >
        Sign in
      </button>
      <ng-container *ngIf="status === 'authenticated'">
        <span class="who">
          <span class="name" data-testid="auth-user-name">{{ displayName(user$ | async) }}</span>
          <span class="muted expiry" *ngIf="expiresAt$ | async as expiresAt" data-testid="auth-expiry">
            token until {{ expiresAt | date : 'HH:mm:ss' }}
          </span>
        </span>
        <button type="button" class="demo-button" data-testid="auth-sign-out" (click)="signOut()">Sign out</button>
      </ng-container>
    </ng-container>
  `,
  styles: [
    `
      /* On a phone the header is full: the name gives way (ellipsis) so the switches stay on screen. */
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        min-width: 0;
      }
      .who {
        min-width: 0;
        display: inline-flex;
        flex-direction: column;
        line-height: 1.15;
        text-align: end;
      }
      .name {
        font-weight: 600;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
        max-width: 40vw;
      }
      .muted {
        color: var(--demo-text-muted);
        font-size: 0.8rem;
      }
      /* "Sign in" / "Sign out" stay on one line: on a phone the label used to wrap into a tall button. */
      .demo-button {
        white-space: nowrap;
        flex: none;
      }
      @media (max-width: 520px) {
        .expiry {
          display: none;
        }
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthWidgetComponent {
  private readonly auth = inject(PanoptoAuthService);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly signInFlow = inject(DemoSignInService);
  readonly status$ = this.auth.status$;
  readonly user$ = this.auth.user$;
  readonly expiresAt$ = this.auth.expiresAt$.pipe(map((t) => (t === null ? null : new Date(t))));

  /** The user's name from the ID token, or "Signed in" when it names nobody (default scopes: `sub` only). */
  displayName(user: PanoptoUser | null): string {
    return user?.displayName ?? 'Signed in';
  }

  signIn(): void {
    void this.signInFlow.start(this.router.url);
  }

  async signOut(): Promise<void> {
    await this.auth.logout();
    this.announcer.announce('Signed out');
  }
}
