import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';

/**
 * Never shown: created once so its stylesheet reaches the page's `<head>`. The CDK's `LiveAnnouncer` (which the
 * components use to announce loads and errors) puts its live region into `document.body`, outside every
 * element's shadow root, and needs the CDK's visually-hidden rule there; an Angular app gets it from its global
 * styles, a plain page from here.
 */
@Component({
  selector: 'panopto-wc-page-styles',
  standalone: true,
  template: '',
  styleUrls: ['./page-styles.scss'],
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoElementsPageStylesComponent {}
