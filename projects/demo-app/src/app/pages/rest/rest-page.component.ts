import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { PANOPTO_CONFIG } from 'panopto-ng';

/** Placeholder until the REST core lands; replaced by the REST core page. */
@Component({
  selector: 'demo-rest-page',
  standalone: true,
  template: `<h1>REST core</h1>
    <p class="demo-lead">Configured for {{ config.apiBaseUrl }}</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RestPageComponent {
  readonly config = inject(PANOPTO_CONFIG);
}
