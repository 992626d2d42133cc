import { ChangeDetectionStrategy, Component, EventEmitter, Output, ViewEncapsulation } from '@angular/core';
import { PanoptoPlayerComponent, PanoptoPlayerError, PlayerState } from 'panopto-ng/player';
import { PanoptoElementWrapper, WrappedComponent } from '../element-wrapper';

const INPUTS = [
  'sessionId',
  'autoplay',
  'offerViewer',
  'showTitle',
  'showBrand',
  'captions',
  'interactivity',
  'startTime',
  'aspectRatio',
  'width',
  'height',
  'server',
  'label',
  'videoTitle',
  'captionLanguage',
] as const;

const PLAYER: WrappedComponent<PanoptoPlayerComponent, (typeof INPUTS)[number]> = {
  component: PanoptoPlayerComponent,
  inputs: {
    sessionId: 'string',
    autoplay: 'boolean',
    offerViewer: 'boolean',
    showTitle: 'boolean',
    showBrand: 'boolean',
    captions: 'boolean',
    interactivity: 'string',
    startTime: 'number',
    aspectRatio: 'number',
    width: 'number',
    height: 'number',
    server: 'string',
    label: 'string',
    videoTitle: 'string',
    captionLanguage: 'string',
  },
  outputs: ['ready', 'stateChange', 'playbackRateChange', 'ended', 'error', 'loginShown', 'timeUpdate'],
};

/**
 * `<panopto-wc-player>`: `<panopto-player>` as a custom element.
 *
 * The one element without a shadow root: Panopto's Embed API finds the player's container with
 * `document.getElementById()`, which cannot see into a shadow root. Its styles are scoped by class
 * (`panopto-player__*`) and it resets the box of its own parts (see the stylesheet), so page rules such as
 * `iframe { border: … }` or `div { padding: … }` do not reach it.
 */
@Component({
  selector: 'panopto-wc-player',
  standalone: true,
  template: '<ng-container #outlet></ng-container>',
  inputs: ['serverUrl', ...INPUTS],
  styleUrls: ['./player-element.component.css'],
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoPlayerElementComponent extends PanoptoElementWrapper<PanoptoPlayerComponent> {
  protected readonly wrapped = PLAYER;

  /** The video is loaded and takes commands (`detail`: null). */
  @Output('ready') readonly ready = new EventEmitter<void>();
  /** `detail`: the new `PlayerState` (-1 unstarted, 0 ended, 1 playing, 2 paused, 3 buffering). */
  @Output('state-change') readonly stateChange = new EventEmitter<PlayerState>();
  /** `detail`: the new playback rate. */
  @Output('playback-rate-change') readonly playbackRateChange = new EventEmitter<number>();
  /** Playback reached the end. */
  @Output('ended') readonly ended = new EventEmitter<void>();
  /** `detail`: the `PanoptoPlayerError` (`code`, `message`). */
  @Output('error') readonly error = new EventEmitter<PanoptoPlayerError>();
  /** Panopto shows its sign-in page inside the player. */
  @Output('login-shown') readonly loginShown = new EventEmitter<void>();
  /** `detail`: the position in seconds, sampled while playing. */
  @Output('time-update') readonly timeUpdate = new EventEmitter<number>();
}
