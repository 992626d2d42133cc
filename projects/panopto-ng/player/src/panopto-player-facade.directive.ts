import { Directive, Input, OnChanges, Renderer2, RendererStyleFlags2, SimpleChanges, inject } from '@angular/core';
import { appendElement } from './append-element';
import { PlayerBooleanInput, toBoolean } from './coerce';
import { previewImageUrl } from './embed-urls';
import { PanoptoPlayerComponent } from './panopto-player.component';
import { PanoptoPlayerPlaceholder } from './player-placeholder';

/**
 * `facade` on a `<panopto-player>`: shows the session's thumbnail and a labelled play button, and loads the
 * player (and Panopto's script) only when clicked, then plays. Pages with many videos paint fast and load one
 * player per video watched. Also drawn on the server, so the first paint already shows the thumbnail.
 *
 * A separate directive so that apps without facades don't bundle it. Its few styles are set on the elements
 * through the CSSOM (not a `style` attribute, which a strict Content-Security-Policy blocks); colours follow
 * the player's custom properties.
 *
 * @example
 * ```ts
 * @Component({
 *   standalone: true,
 *   imports: [PanoptoPlayerComponent, PanoptoPlayerFacadeDirective],
 *   template: `<panopto-player facade [sessionId]="id" videoTitle="Week 1: Kinematics"></panopto-player>`,
 * })
 * export class LectureCardComponent {
 *   @Input() id = '';
 * }
 * ```
 */
// Element plus attribute, so that `facade` works only on a player: the lint rule expects a bare attribute.
// eslint-disable-next-line @angular-eslint/directive-selector
@Directive({ selector: 'panopto-player[facade]', standalone: true })
export class PanoptoPlayerFacadeDirective implements PanoptoPlayerPlaceholder, OnChanges {
  /** Show the facade. The bare attribute means true; `[facade]="false"` loads the player right away. */
  @Input() facade: PlayerBooleanInput = true;

  private readonly player = inject(PanoptoPlayerComponent, { self: true });
  private readonly renderer = inject(Renderer2);

  constructor() {
    // Before the player's ngOnInit: its first set-up already sees the facade.
    this.player.usePlaceholder(this);
  }

  /** @inheritdoc */
  get active(): boolean {
    return toBoolean(this.facade);
  }

  ngOnChanges(changes: SimpleChanges): void {
    if (!changes['facade'].firstChange) this.player.usePlaceholder(this);
  }

  /** @inheritdoc */
  render(host: HTMLElement, serverUrl: string, sessionId: string): () => void {
    const r = this.renderer;
    const title = this.player.videoTitle;
    const button = appendElement(this.renderer, host, 'button', {
      type: 'button',
      // The frame class positions it over the whole player; the facade class carries the focus ring.
      class: 'panopto-player__frame panopto-player__facade',
      'aria-label': title ? `Play video: ${title}` : 'Play video',
    });
    this.style(button, { padding: '0', cursor: 'pointer', background: 'none' });
    const img = appendElement(this.renderer, button, 'img', {
      src: previewImageUrl(serverUrl, sessionId),
      alt: '',
      loading: 'lazy',
    });
    this.style(img, { display: 'block', width: '100%', height: '100%', 'object-fit': 'cover' });
    const badge = appendElement(this.renderer, button, 'span', {
      class: 'panopto-player__play',
      'aria-hidden': 'true',
    });
    this.style(badge, {
      position: 'absolute',
      top: '50%',
      left: '50%',
      width: '68px',
      height: '48px',
      transform: 'translate(-50%, -50%)',
      'border-radius': '12px',
      background: 'var(--panopto-player-button, var(--panopto-color-accent, #2a6ff0))',
    });
    // The triangle is a clipped box: no SVG markup, nothing to sanitise.
    this.style(appendElement(this.renderer, badge, 'span', {}), {
      position: 'absolute',
      inset: '13px 24px 13px 28px',
      background: 'var(--panopto-player-button-text, #fff)',
      'clip-path': 'polygon(0 0, 100% 50%, 0 100%)',
    });
    const unlisten = r.listen(button, 'click', () => {
      this.player.load();
      this.player.play();
    });
    return () => {
      unlisten();
      r.removeChild(host, button);
    };
  }

  private style(el: HTMLElement, styles: Record<string, string>): void {
    for (const name of Object.keys(styles)) {
      this.renderer.setStyle(el, name, styles[name], RendererStyleFlags2.DashCase);
    }
  }
}
