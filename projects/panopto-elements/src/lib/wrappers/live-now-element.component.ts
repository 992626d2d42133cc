import { ChangeDetectionStrategy, Component, EventEmitter, Output, ViewEncapsulation } from '@angular/core';
import { Session } from 'panopto-ng/core';
import { PanoptoLiveNowComponent } from 'panopto-ng/live';
import { PanoptoElementWrapper, WrappedComponent } from '../element-wrapper';

const INPUTS = ['heading', 'watchLabel', 'announce'] as const;

const LIVE_NOW: WrappedComponent<PanoptoLiveNowComponent, (typeof INPUTS)[number]> = {
  component: PanoptoLiveNowComponent,
  inputs: { heading: 'string', watchLabel: 'string', announce: 'boolean' },
  outputs: ['watch'],
};

/** `<panopto-wc-live-now>`: what is on air now, as a custom element. */
@Component({
  selector: 'panopto-wc-live-now',
  standalone: true,
  template: '<ng-container #outlet></ng-container>',
  inputs: ['serverUrl', ...INPUTS],
  styles: [':host { display: block; }'],
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoLiveNowElementComponent extends PanoptoElementWrapper<PanoptoLiveNowComponent> {
  protected readonly wrapped = LIVE_NOW;

  /** `detail`: the Panopto `Session` the viewer chose to watch. */
  @Output('watch') readonly watch = new EventEmitter<Session>();
}
