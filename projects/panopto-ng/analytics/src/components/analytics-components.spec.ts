import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import * as axe from 'axe-core';
import { PanoptoViewerRow } from '../stats/viewer-row';
import { WatchedInterval } from '../engagement/intervals';
import { completionBins } from './completion-bins';
import { PanoptoCompletionSummaryComponent } from './completion-summary.component';
import { PanoptoEngagementHeatmapComponent } from './engagement-heatmap.component';
import { heatmapModel } from './heatmap-math';
import { PanoptoViewerTableComponent, sortViewerRows } from './viewer-table.component';

function row(
  name: string,
  percentCompleted: number,
  lastViewed: string | null,
  isCurrentViewer = false,
): PanoptoViewerRow {
  return {
    userId: name,
    name,
    percentCompleted,
    lastViewed,
    lastPositionSeconds: null,
    source: 'panopto',
    isCurrentViewer,
  };
}

const VIEWERS: PanoptoViewerRow[] = [
  row('carol', 100, '2026-11-03T09:00:00Z'),
  row('alice', 20, '2026-11-01T09:00:00Z', true),
  row('bob', 65, null),
  ...Array.from({ length: 12 }, (_, i) => row(`viewer${String(i).padStart(2, '0')}`, i * 8, '2026-10-01T09:00:00Z')),
];

@Component({
  standalone: true,
  imports: [PanoptoEngagementHeatmapComponent, PanoptoViewerTableComponent, PanoptoCompletionSummaryComponent],
  template: `
    <main>
      <panopto-engagement-heatmap
        [segments]="segments"
        [durationSeconds]="duration"
        buckets="10"
        [loading]="loading"
        [error]="error"
      ></panopto-engagement-heatmap>
      <panopto-viewer-table [viewers]="viewers" pageSize="5" [loading]="loading" [error]="error"></panopto-viewer-table>
      <panopto-completion-summary
        [completions]="completions"
        [loading]="loading"
        [error]="error"
      ></panopto-completion-summary>
    </main>
  `,
})
class HostComponent {
  segments: WatchedInterval[] = [
    { start: 0, end: 60 },
    { start: 0, end: 30 },
  ];
  duration: number | null = 100;
  viewers: PanoptoViewerRow[] = VIEWERS;
  completions = VIEWERS.map((v) => v.percentCompleted);
  loading = false;
  error: string | null = null;
}

async function axeViolations(element: HTMLElement): Promise<string[]> {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('analytics components', () => {
  let fixture: ComponentFixture<HostComponent>;
  let host: HostComponent;
  let el: HTMLElement;

  beforeEach(() => {
    fixture = TestBed.createComponent(HostComponent);
    host = fixture.componentInstance;
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  });

  it('have no axe-core violations with data', async () => {
    expect(await axeViolations(el)).toEqual([]);
  });

  it('have no axe-core violations in the loading, error and empty states', async () => {
    host.loading = true;
    fixture.detectChanges();
    expect(el.querySelectorAll('[role=status]').length).toBe(3);
    expect(await axeViolations(el)).toEqual([]);
    host.loading = false;
    host.error = 'Panopto did not answer.';
    fixture.detectChanges();
    expect(el.querySelectorAll('[role=alert]').length).toBe(3);
    expect(await axeViolations(el)).toEqual([]);
    host.error = null;
    host.segments = [];
    host.viewers = [];
    host.completions = [];
    fixture.detectChanges();
    expect(el.textContent).toContain('Nobody has watched this session yet.');
    expect(el.textContent).toContain('Nobody has viewed this session yet.');
    expect(el.textContent).toContain('No viewing data yet.');
    expect(await axeViolations(el)).toEqual([]);
  });

  describe('<panopto-engagement-heatmap>', () => {
    it('draws one bar per bucket, marks the drop-off and describes it in text', () => {
      const heatmap = el.querySelector('panopto-engagement-heatmap') as HTMLElement;
      expect(heatmap.querySelectorAll('rect.bar').length).toBe(10);
      const line = heatmap.querySelector('line.drop-off') as SVGLineElement;
      expect(line.getAttribute('x1')).toBe('6'); // viewing falls below half the peak (2) after 60 s
      expect(heatmap.querySelector('desc')?.textContent).toContain('drops off at 1:00 of 1:40');
      expect(heatmap.querySelector('svg')?.getAttribute('aria-labelledby')?.split(' ').length).toBe(2);
      const cells = Array.from(heatmap.querySelectorAll('tbody td')).map((td) => td.textContent?.trim());
      expect(cells).toEqual(['2', '2', '2', '1', '1', '1', '0', '0', '0', '0']);
    });

    it('finds no drop-off when viewing holds to the end, and none without data', () => {
      expect(heatmapModel([{ start: 0, end: 100 }], 100, 10).dropOffSeconds).toBeNull();
      expect(heatmapModel([], 100, 10).dropOffSeconds).toBeNull();
      expect(heatmapModel([{ start: 0, end: 30 }], 100, 10).dropOffSeconds).toBe(30);
    });
  });

  describe('<panopto-viewer-table>', () => {
    function names(): string[] {
      return Array.from(el.querySelectorAll('panopto-viewer-table tbody th')).map((th) =>
        (th.textContent ?? '').replace('(you)', '').trim(),
      );
    }
    function header(label: string): HTMLElement {
      return Array.from(el.querySelectorAll('panopto-viewer-table thead th')).find((th) =>
        th.textContent?.includes(label),
      ) as HTMLElement;
    }

    it('sorts by completion, descending, first and pages by pageSize', () => {
      expect(names()).toEqual(['carol', 'viewer11', 'viewer10', 'viewer09', 'bob']);
      expect(header('Completion').getAttribute('aria-sort')).toBe('descending');
      expect(header('Viewer').getAttribute('aria-sort')).toBe('none');
      expect(el.textContent).toContain('Page 1 of 3');
    });

    it('sorts by a header click, toggles direction, sets aria-sort and announces it', () => {
      const announce = spyOn(TestBed.inject(LiveAnnouncer), 'announce').and.resolveTo();
      (header('Viewer').querySelector('button') as HTMLButtonElement).click();
      fixture.detectChanges();
      expect(names()).toEqual(['alice', 'bob', 'carol', 'viewer00', 'viewer01']);
      expect(header('Viewer').getAttribute('aria-sort')).toBe('ascending');
      expect(announce).toHaveBeenCalledWith('Sorted by viewer, ascending.', 'polite');
      (header('Viewer').querySelector('button') as HTMLButtonElement).click();
      fixture.detectChanges();
      expect(header('Viewer').getAttribute('aria-sort')).toBe('descending');
      (header('Last viewed').querySelector('button') as HTMLButtonElement).click();
      fixture.detectChanges();
      expect(names()[0]).toBe('carol');
    });

    it('pages with Previous/Next', () => {
      const buttons = Array.from(el.querySelectorAll('panopto-viewer-table nav button')) as HTMLButtonElement[];
      expect(buttons[0].disabled).toBeTrue();
      buttons[1].click();
      fixture.detectChanges();
      expect(el.textContent).toContain('Page 2 of 3');
      expect(names().length).toBe(5);
      buttons[1].click();
      fixture.detectChanges();
      expect(names().length).toBe(5);
      expect(buttons[1].disabled).toBeTrue();
    });

    it('marks the current viewer and sorts missing dates last when descending', () => {
      const sorted = sortViewerRows(VIEWERS, { key: 'lastViewed', direction: 'descending' });
      expect(sorted[sorted.length - 1].name).toBe('bob');
      host.viewers = [VIEWERS[1]];
      fixture.detectChanges();
      expect(el.querySelector('panopto-viewer-table tr.current')?.textContent).toContain('(you)');
    });
  });

  describe('<panopto-completion-summary>', () => {
    it('bins completions and shows the numbers', () => {
      expect(completionBins([0, 24.9, 25, 50, 74, 75, 99.9, 100, 130], 100).map((b) => b.count)).toEqual([
        2, 1, 2, 2, 2,
      ]);
      expect(completionBins([96], 95).map((b) => b.count)).toEqual([0, 0, 0, 0, 1]);
      const summary = el.querySelector('panopto-completion-summary') as HTMLElement;
      const numbers = Array.from(summary.querySelectorAll('.legend strong')).map((s) => s.textContent);
      const expected = completionBins(host.completions).map((b) => String(b.count));
      expect(numbers).toEqual(expected);
      expect(summary.querySelector('desc')?.textContent).toContain('15 viewers');
      expect(summary.querySelectorAll('rect.bar').length).toBe(5);
    });
  });
});
