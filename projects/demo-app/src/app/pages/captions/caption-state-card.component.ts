import { AfterViewInit, ChangeDetectionStrategy, Component, ElementRef, Input, OnInit, ViewChild, inject } from '@angular/core';
import { PanoptoCaptionsApi, PanoptoCaptionsComponent } from 'panopto-ng/captions';
import { DEMO_SESSION, DemoCaptionState, FixedTracks, ScriptedCaptionsApi } from './scripted-captions-api';

const GOOD = '1\n00:00:01,000 --> 00:00:03,000\nWelcome to the lecture.\n';
const BAD =
  '1\n00:00:01,000 --> 00:00:03,000\nWelcome to the lecture.\n\n2\n00:00:02.500 --> 00:00:04,000\n' +
  'This line is far too long to read comfortably on screen\n\n3\n00:00:09,000 --> 00:00:08,000\n\n';

/**
 * One state of `<panopto-captions>` (`state`), brought about by doing what a user does: choose a
 * file, press Upload, check eligibility and schedule, against scripted Panopto answers.
 */
@Component({
  selector: 'demo-caption-state-card',
  standalone: true,
  imports: [PanoptoCaptionsComponent],
  template: `<panopto-captions [sessionId]="session" [player]="tracks"></panopto-captions>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: PanoptoCaptionsApi, useClass: ScriptedCaptionsApi }],
})
export class DemoCaptionStateCardComponent implements OnInit, AfterViewInit {
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly scripted = inject(PanoptoCaptionsApi) as unknown as ScriptedCaptionsApi;
  readonly session = DEMO_SESSION;
  tracks = new FixedTracks([]);

  /** The state to show. */
  @Input() state: DemoCaptionState = 'none';

  ngOnInit(): void {
    this.scripted.state = this.state;
    this.tracks = new FixedTracks(this.state === 'done' ? ['English', 'French'] : this.state === 'none' ? [] : ['English']);
  }

  @ViewChild(PanoptoCaptionsComponent) captions?: PanoptoCaptionsComponent;

  async ngAfterViewInit(): Promise<void> {
    const c = this.captions;
    if (!c || this.state === 'none') return;
    if (this.state === 'pending') {
      this.click('panopto-caption-request-panel button');
      setTimeout(() => this.click('panopto-caption-request-panel .panopto-captions__button--primary'));
      return;
    }
    const bad = this.state === 'findings';
    await c.choose(new File([bad ? BAD : GOOD], bad ? 'lecture-bad.srt' : 'lecture.srt', { type: 'application/x-subrip' }));
    if (!bad) c.upload();
  }

  private click(selector: string): void {
    (this.host.querySelector(selector) as HTMLButtonElement | null)?.click();
  }
}
