// Every chart shows the same loading, error and empty paragraphs (text, role, class) in place of its drawing.
// One table of cases over the three charts, so a chart that drops or rewords a state fails here by name.
import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PanoptoViewerRow } from '../stats/viewer-row';
import { PanoptoCompletionSummaryComponent } from './completion-summary.component';
import { PanoptoEngagementHeatmapComponent } from './engagement-heatmap.component';
import { PanoptoViewerTableComponent } from './viewer-table.component';

interface ChartCase {
  selector: string;
  component: Type<unknown>;
  loadingText: string;
  defaultEmptyText: string;
  /** Inputs that give the chart something to draw, and the element it draws. */
  data: Record<string, unknown>;
  drawn: string;
}

const VIEWER: PanoptoViewerRow = {
  userId: 'alice',
  name: 'alice',
  percentCompleted: 40,
  lastViewed: '2026-11-01T09:00:00Z',
  lastPositionSeconds: null,
  source: 'panopto',
  isCurrentViewer: false,
};

const CHARTS: ChartCase[] = [
  {
    selector: 'panopto-engagement-heatmap',
    component: PanoptoEngagementHeatmapComponent,
    loadingText: 'Loading viewing data…',
    defaultEmptyText: 'Nobody has watched this session yet.',
    data: { segments: [{ start: 0, end: 60 }], durationSeconds: 100 },
    drawn: 'figure svg',
  },
  {
    selector: 'panopto-viewer-table',
    component: PanoptoViewerTableComponent,
    loadingText: 'Loading viewers…',
    defaultEmptyText: 'Nobody has viewed this session yet.',
    data: { viewers: [VIEWER] },
    drawn: 'table',
  },
  {
    selector: 'panopto-completion-summary',
    component: PanoptoCompletionSummaryComponent,
    loadingText: 'Loading completion…',
    defaultEmptyText: 'No viewing data yet.',
    data: { completions: [50, 100] },
    drawn: 'figure svg',
  },
];

for (const chart of CHARTS) {
  describe(`<${chart.selector}> states`, () => {
    let fixture: ComponentFixture<unknown>;
    let el: HTMLElement;

    function set(inputs: Record<string, unknown>): void {
      for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
      fixture.detectChanges();
    }
    const states = () => Array.from(el.querySelectorAll('.panopto-analytics-state'));
    const onlyState = () => {
      expect(states().length).withContext('state paragraphs').toBe(1);
      return states()[0];
    };

    beforeEach(() => {
      fixture = TestBed.createComponent(chart.component);
      el = fixture.nativeElement as HTMLElement;
      fixture.detectChanges();
    });

    it('shows the loading text as a status, not the chart; the bare attribute counts as true', () => {
      set({ ...chart.data, loading: '' });
      const state = onlyState();
      expect(state.tagName).toBe('P');
      expect(state.getAttribute('role')).toBe('status');
      expect(state.classList.contains('error')).toBeFalse();
      expect(state.textContent?.trim()).toBe(chart.loadingText);
      expect(el.querySelector(chart.drawn)).toBeNull();
    });

    it('shows the error as an alert with the error class, not the chart; loading wins over it', () => {
      set({ ...chart.data, error: 'Panopto did not answer.' });
      const state = onlyState();
      expect(state.getAttribute('role')).toBe('alert');
      expect(state.className).toContain('panopto-analytics-state error');
      expect(state.textContent?.trim()).toBe('Panopto did not answer.');
      expect(el.querySelector(chart.drawn)).toBeNull();
      set({ loading: true });
      expect(onlyState().getAttribute('role')).toBe('status');
      expect(onlyState().textContent?.trim()).toBe(chart.loadingText);
    });

    it('shows the default empty text as a status without data, and the app’s own emptyText', () => {
      const state = onlyState();
      expect(state.getAttribute('role')).toBe('status');
      expect(state.textContent?.trim()).toBe(chart.defaultEmptyText);
      set({ emptyText: 'Load the viewers first.' });
      expect(onlyState().textContent?.trim()).toBe('Load the viewers first.');
      expect(el.querySelector(chart.drawn)).toBeNull();
    });

    it('draws the chart and no state paragraph once there is data', () => {
      set(chart.data);
      expect(states().length).toBe(0);
      expect(el.querySelector('[role=status], [role=alert]')).toBeNull();
      expect(el.querySelector(chart.drawn)).not.toBeNull();
    });
  });
}
