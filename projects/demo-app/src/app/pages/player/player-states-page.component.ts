import { ChangeDetectionStrategy, Component, Input } from '@angular/core';
import { AsyncPipe } from '@angular/common';
import { PanoptoPlayerComponent, PanoptoPlayerFacadeDirective } from 'panopto-ng/player';
import { DEMO_SESSIONS, RESTRICTED_SESSION } from './demo-sessions';
import { LOADING_FOREVER, NEVER_ANSWERS, SCRIPT_BLOCKED } from './player-state-providers';

const SESSION = DEMO_SESSIONS[0];

/** One player in one state, with its caption. */
@Component({
  selector: 'demo-player-state',
  standalone: true,
  imports: [PanoptoPlayerComponent, PanoptoPlayerFacadeDirective, AsyncPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="demo-card">
      <panopto-player #player [sessionId]="sessionId" [facade]="facade" [videoTitle]="videoTitle"></panopto-player>
      <figcaption>
        <strong>{{ title }}</strong> — status <code>{{ player.status$ | async }}</code>
        <span class="note"><ng-content></ng-content></span>
      </figcaption>
    </figure>
  `,
  styles: [
    `
      figure {
        margin: 0;
        padding: 0.75rem;
      }
      figcaption {
        margin-top: 0.6rem;
        font-size: 0.9rem;
      }
      .note {
        display: block;
        color: var(--demo-text-muted);
      }
    `,
  ],
})
export class PlayerStateComponent {
  @Input() title = '';
  @Input() sessionId = SESSION.id;
  @Input() videoTitle = SESSION.title;
  @Input() facade = false;
}

@Component({
  selector: 'demo-player-loading',
  standalone: true,
  imports: [PlayerStateComponent],
  providers: LOADING_FOREVER,
  template: `<demo-player-state title="Loading">The Embed API script has not arrived yet.</demo-player-state>`,
})
export class LoadingStateComponent {}

@Component({
  selector: 'demo-player-not-viewable',
  standalone: true,
  imports: [PlayerStateComponent],
  providers: NEVER_ANSWERS,
  template: `<demo-player-state title="Not viewable">
    Simulated: the embedded page never answers, as Panopto's does for a signed-in viewer without permission.
  </demo-player-state>`,
})
export class NotViewableStateComponent {}

@Component({
  selector: 'demo-player-blocked',
  standalone: true,
  imports: [PlayerStateComponent],
  providers: SCRIPT_BLOCKED,
  template: `<demo-player-state title="Script blocked: fallback iframe">
    Without the Embed API the video still plays in Panopto's own iframe; only the API is missing.
  </demo-player-state>`,
})
export class BlockedStateComponent {}

/** Every state of `<panopto-player>`, side by side, for design review. */
@Component({
  selector: 'demo-player-states-page',
  standalone: true,
  imports: [PlayerStateComponent, LoadingStateComponent, NotViewableStateComponent, BlockedStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Player states</h1>
    <p class="demo-lead">
      Each state of <code>&lt;panopto-player&gt;</code> against the local emulator. Login-required and error are real;
      loading, not-viewable and the script fallback hold the player in place by swapping its script loader.
    </p>
    <div class="demo-grid">
      <demo-player-state title="Facade" [facade]="true"
        >Thumbnail and play button; nothing loads until clicked.</demo-player-state
      >
      <demo-player-state title="Ready">A public lecture, loaded through the Embed API.</demo-player-state>
      <demo-player-loading></demo-player-loading>
      <demo-player-state title="Login required" [sessionId]="restricted.id" [videoTitle]="restricted.title"
        >A restricted lecture in a browser not signed in to the emulator.</demo-player-state
      >
      <demo-player-not-viewable></demo-player-not-viewable>
      <demo-player-state title="Error: invalid id" sessionId="not-a-session-id">
        The id is checked before any URL is built.
      </demo-player-state>
      <demo-player-blocked></demo-player-blocked>
    </div>
  `,
})
export class PlayerStatesPageComponent {
  readonly restricted = RESTRICTED_SESSION;
}
