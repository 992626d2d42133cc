import { NgFor } from '@angular/common';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DEMO_PAGES } from '../../app.routes';
import { DEMO_SETTINGS } from '../../demo-settings';

@Component({
  selector: 'demo-home-page',
  standalone: true,
  imports: [NgFor, RouterLink],
  template: `
    <h1>panopto-ng</h1>
    <p class="demo-lead">
      Angular 15 components and services for Panopto. This gallery runs against
      <code>{{ serverUrl }}</code> — by default the local Panopto emulator that <code>npm start</code> runs, so
      everything here works offline. Use the switch in the header to see each component in the dark theme.
    </p>
    <div class="demo-grid">
      <a class="demo-card tile" *ngFor="let page of pages" [routerLink]="'/' + page.path">
        <h2>{{ page.title }}</h2>
        <p>{{ page.summary }}</p>
      </a>
    </div>
  `,
  styles: [
    `
      .tile {
        text-decoration: none;
        color: inherit;
        transition: border-color 0.15s;
      }
      .tile:hover {
        border-color: var(--demo-accent);
      }
      .tile h2 {
        margin-top: 0;
      }
      .tile p {
        color: var(--demo-text-muted);
        margin: 0;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePageComponent {
  readonly pages = DEMO_PAGES;
  readonly serverUrl = DEMO_SETTINGS.serverUrl;
}
