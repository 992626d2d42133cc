import { AsyncPipe, NgFor, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { DEMO_PAGES } from '../app.routes';
import { DirectionService } from './direction.service';
import { LanguageService } from './language.service';
import { ThemeService } from './theme.service';
import { AuthWidgetComponent } from '../auth/auth-widget.component';
import { DemoSignInService } from '../auth/demo-sign-in.service';

/**
 * The gallery's frame: header with language, direction and theme switches, navigation (a drawer on narrow
 * screens), page outlet, and an alert under the header when a sign-in could not start.
 */
@Component({
  selector: 'demo-shell',
  standalone: true,
  imports: [NgFor, NgIf, AsyncPipe, RouterLink, RouterLinkActive, RouterOutlet, AuthWidgetComponent],
  templateUrl: './shell.component.html',
  styleUrls: ['./shell.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  readonly pages = DEMO_PAGES;
  readonly theme = inject(ThemeService);
  readonly direction = inject(DirectionService);
  readonly language = inject(LanguageService);
  private readonly signIn = inject(DemoSignInService);
  /** Why a sign-in could not start (from any page's button), shown under the header. */
  readonly signInFailure$ = this.signIn.failure$;
  navOpen = false;

  constructor() {
    inject(Router)
      .events.pipe(filter((e) => e instanceof NavigationEnd))
      .subscribe(() => (this.navOpen = false));
  }

  dismissSignInFailure(): void {
    this.signIn.dismiss();
  }
}
