import { NgFor } from '@angular/common';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PanoptoPlayerComponent, PanoptoPlayerFacadeDirective } from 'panopto-ng/player';
import { DEMO_SESSIONS } from './demo-sessions';

/**
 * Eight facade players in a responsive grid: each shows the session's thumbnail and a play button, and loads
 * the Embed API (once, shared by all) only when one is clicked.
 */
@Component({
  selector: 'demo-player-grid-page',
  standalone: true,
  imports: [PanoptoPlayerComponent, PanoptoPlayerFacadeDirective, NgFor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Player grid</h1>
    <p class="demo-lead">
      Facade players: a thumbnail and an accessible play button, no script and no iframe until a click. The grid reflows
      from one to four columns and every player keeps 16:9 at any width.
    </p>
    <ul class="demo-grid grid" aria-label="Lectures">
      <li class="demo-card" *ngFor="let s of sessions; trackBy: trackId">
        <panopto-player [sessionId]="s.id" [videoTitle]="s.title" facade [autoplay]="true"></panopto-player>
        <h2>{{ s.title }}</h2>
      </li>
    </ul>
  `,
  styles: [
    `
      .grid {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .grid li {
        padding: 0.75rem;
      }
      h2 {
        font-size: 0.95rem;
        margin: 0.6rem 0 0;
      }
      panopto-player {
        --panopto-player-radius: var(--demo-radius);
      }
    `,
  ],
})
export class PlayerGridPageComponent {
  readonly sessions = DEMO_SESSIONS;

  trackId(_index: number, session: { id: string }): string {
    return session.id;
  }
}
