import { TestBed } from '@angular/core/testing';
import { PanoptoCompletionSummaryComponent } from './completion-summary.component';
import { PanoptoEngagementHeatmapComponent } from './engagement-heatmap.component';

describe('chart tables for screen readers (shared visually-hidden.css)', () => {
  afterEach(() => TestBed.resetTestingModule());

  function expectVisuallyHidden(host: HTMLElement): void {
    document.body.appendChild(host);
    const table = host.querySelector<HTMLElement>('table.panopto-visually-hidden');
    expect(table).withContext('the hidden table').not.toBeNull();
    const style = getComputedStyle(table as HTMLElement);
    // (A table keeps its content's width whatever `width` says; the clip is what hides it.)
    expect(style.position).toBe('absolute');
    expect(style.clip).toBe('rect(0px, 0px, 0px, 0px)');
    // Wrapped, so that its content's width does not widen a phone's page (it is clipped to nothing either way).
    expect(style.whiteSpace).toBe('normal');
    expect(style.margin).toBe('-1px'); // only the shared stylesheet sets a margin
    host.remove();
  }

  it('hides the heatmap’s table with the shared class', () => {
    const fixture = TestBed.createComponent(PanoptoEngagementHeatmapComponent);
    fixture.componentInstance.segments = [{ start: 0, end: 30 }];
    fixture.componentInstance.durationSeconds = 60;
    fixture.componentInstance.ngOnChanges();
    fixture.detectChanges();
    expectVisuallyHidden(fixture.nativeElement);
  });

  it('hides the completion summary’s table with the shared class', () => {
    const fixture = TestBed.createComponent(PanoptoCompletionSummaryComponent);
    fixture.componentInstance.completions = [10, 50, 100];
    fixture.componentInstance.ngOnChanges();
    fixture.detectChanges();
    expectVisuallyHidden(fixture.nativeElement);
  });
});
