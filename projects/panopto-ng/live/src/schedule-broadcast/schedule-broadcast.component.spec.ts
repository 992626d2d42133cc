import { LiveAnnouncer } from '@angular/cdk/a11y';
import { HttpErrorResponse } from '@angular/common/http';
import { Component, EventEmitter, Input, Output } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PANOPTO_CLOCK, RemoteRecorderState } from 'panopto-ng';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { PanoptoFolderBrowserComponent, PanoptoFolderSelection } from 'panopto-ng/folders';
import { throwError } from 'rxjs';
import { PANOPTO_LIVE_BACKEND } from '../core/live-backend';
import { axeViolations } from '../testing-support/axe';
import { FakeLiveBackend } from '../testing-support/fake-live-backend';
import { browserTimeZone, msToLocalInput } from './local-datetime';
import { PanoptoScheduleBroadcastComponent } from './schedule-broadcast.component';

/** Stands in for the folder browser: the spec emits selections itself. */
@Component({ selector: 'panopto-folder-browser', standalone: true, template: '' })
class FolderBrowserStubComponent {
  @Input() hideManagement = false;
  @Input() selectedFolderId: string | null = null;
  @Input() ariaLabel = '';
  @Output() readonly folderSelected = new EventEmitter<PanoptoFolderSelection>();
}

const LT1 = '0f0f0f0f-1111-4222-8333-000000000001';
const SR2 = '0f0f0f0f-1111-4222-8333-000000000002';
const BIO = '0a0a0a0a-1111-4222-8333-000000000001';
const OTHER = '0a0a0a0a-1111-4222-8333-000000000009';
const NOW = Date.UTC(2026, 10, 28, 15, 0, 0);
/** Intl's narrow no-break spaces and direction marks, as plain spaces and nothing, for comparison. */
const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('PanoptoScheduleBroadcastComponent', () => {
  let fixture: ComponentFixture<PanoptoScheduleBroadcastComponent>;
  let backend: FakeLiveBackend;
  let el: HTMLElement;
  let announce: jasmine.Spy;

  const q = <T extends Element>(selector: string) => el.querySelector(selector) as T;
  const byLabel = <T extends HTMLElement>(label: string): T => {
    const l = Array.from(el.querySelectorAll('label')).find((x) => x.textContent?.trim().startsWith(label));
    return el.querySelector(`#${l?.getAttribute('for')}`) as T;
  };
  function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    fixture.detectChanges();
  }
  function submit(): void {
    q<HTMLButtonElement>('button[type=submit]').click();
    fixture.detectChanges();
  }
  function fillValid(): void {
    type(byLabel('Remote recorder'), LT1);
    type(byLabel('Title'), 'BIO101 Q&A');
    type(byLabel('Starts'), msToLocalInput(NOW + 2 * 60_000));
    type(byLabel('Ends'), msToLocalInput(NOW + 32 * 60_000));
  }

  beforeEach(() => {
    backend = new FakeLiveBackend();
    backend.recorders = [
      {
        Id: LT1,
        Name: 'Lecture Theatre 1',
        State: RemoteRecorderState.Previewing,
        DefaultRecordingFolder: { Id: BIO, Name: 'BIO101' },
      },
      { Id: SR2, Name: 'Seminar Room 2', State: RemoteRecorderState.Disconnected, DefaultRecordingFolder: null },
    ];
    TestBed.configureTestingModule({
      providers: [
        { provide: PANOPTO_LIVE_BACKEND, useValue: backend },
        { provide: PANOPTO_CLOCK, useValue: new FakePanoptoClock(NOW) },
      ],
    });
    TestBed.overrideComponent(PanoptoScheduleBroadcastComponent, {
      remove: { imports: [PanoptoFolderBrowserComponent] },
      add: { imports: [FolderBrowserStubComponent] },
    });
    announce = spyOn(TestBed.inject(LiveAnnouncer), 'announce').and.resolveTo();
    fixture = TestBed.createComponent(PanoptoScheduleBroadcastComponent);
    el = fixture.nativeElement;
    fixture.detectChanges();
  });
  afterEach(() => fixture.destroy());

  it('lists recorders with their state and takes the chosen recorder’s default folder', () => {
    const options = Array.from(byLabel<HTMLSelectElement>('Remote recorder').options).map((o) => o.textContent?.trim());
    expect(options).toEqual(['Choose a recorder', 'Lecture Theatre 1 — Previewing', 'Seminar Room 2 — Disconnected']);
    type(byLabel('Remote recorder'), LT1);
    expect(q('.folder').textContent).toContain("BIO101 (the recorder's default folder)");
    type(byLabel('Remote recorder'), SR2);
    expect(el.textContent).toContain('State: Disconnected. The broadcast starts only if the recorder is back online');
  });

  it('shows the time zone explicitly and what will be sent in UTC', () => {
    expect(q('.zone').textContent).toContain(browserTimeZone());
    type(byLabel('Starts'), msToLocalInput(NOW + 2 * 60_000));
    expect(plain(q(`#${byLabel('Starts').id}-utc`).textContent)).toBe('Nov 28, 2026, 3:02 PM UTC');
    expect(byLabel('Starts').getAttribute('aria-describedby')).toContain(q('.zone').id);
  });

  it('checks Panopto’s rules before sending and binds each message to its field', () => {
    type(byLabel('Title'), '   ');
    type(byLabel('Starts'), msToLocalInput(NOW + 60 * 60_000));
    type(byLabel('Ends'), msToLocalInput(NOW + 30 * 60_000));
    submit();
    expect(backend.created.length).toBe(0);
    const title = byLabel<HTMLInputElement>('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const titleError = q(`#${title.id}-error`);
    expect(titleError.textContent).toContain('Give the broadcast a title.');
    expect(title.getAttribute('aria-describedby')).toContain(titleError.id);
    const end = byLabel<HTMLInputElement>('Ends');
    expect(q(`#${end.id}-error`).textContent).toContain('The end time must be after the start time.');
    const recorder = byLabel<HTMLSelectElement>('Remote recorder');
    expect(q(`#${recorder.id}-error`).textContent).toContain('Choose the remote recorder');
    expect(document.activeElement).toBe(recorder);
    expect(announce.calls.mostRecent().args[0]).toContain('fields need attention');
  });

  it('refuses a start in the past and clears the message once fixed', () => {
    fillValid();
    type(byLabel('Starts'), msToLocalInput(NOW - 60_000));
    submit();
    const start = byLabel<HTMLInputElement>('Starts');
    expect(q(`#${start.id}-error`).textContent).toContain('must be in the future');
    type(start, msToLocalInput(NOW + 5 * 60_000));
    expect(q(`#${start.id}-error`)).toBeNull();
    expect(start.getAttribute('aria-invalid')).toBeNull();
  });

  it('schedules a broadcast in UTC and shows the created session', () => {
    let emitted = '';
    fixture.componentInstance.scheduled.subscribe((r) => (emitted = r.Id));
    fillValid();
    submit();
    expect(backend.created).toEqual([
      {
        resolveConflicts: false,
        body: {
          Name: 'BIO101 Q&A',
          StartTime: '2026-11-28T15:02:00.000Z',
          EndTime: '2026-11-28T15:32:00.000Z',
          FolderId: BIO,
          Recorders: [{ RemoteRecorderId: LT1, SuppressPrimary: false, SuppressSecondary: false }],
          IsBroadcast: true,
        },
      },
    ]);
    expect(emitted).toBe('11111111-2222-3333-4444-555555555555');
    expect(el.textContent).toContain('Scheduled “BIO101 Q&A”.');
    expect(q('.success code').textContent).toBe('11111111-2222-3333-4444-555555555555');
  });

  it('saves into a folder chosen in the folder browser', () => {
    fillValid();
    q<HTMLButtonElement>(`#${fixture.componentInstance.ids.folder}-button`).click();
    fixture.detectChanges();
    const stub = fixture.debugElement.query((d) => d.componentInstance instanceof FolderBrowserStubComponent)
      .componentInstance as FolderBrowserStubComponent;
    expect(stub.selectedFolderId).toBe(BIO);
    stub.folderSelected.emit({ id: OTHER, name: 'Guest lectures', parentId: BIO });
    fixture.detectChanges();
    expect(q('.folder').textContent?.trim()).toBe('Guest lectures');
    submit();
    expect(backend.created[0].body.FolderId).toBe(OTHER);
  });

  it('lists the conflicts Panopto reports and can schedule anyway with resolveConflicts', () => {
    const succeed = backend.createAnswer;
    backend.createAnswer = () =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              Error: {
                ErrorCode: 'ScheduleConflict',
                Message:
                  'The recording conflicts with 1 scheduled recording(s) on the same recorder: BIO101 Live Q&A (bbbbbbbb-0000-4000-8000-000000000001, 2026-11-28T15:00:00.000Z–2026-11-28T16:00:00.000Z). Pass resolveConflicts=true to cancel them.',
                Success: false,
              },
            },
          }),
      );
    fillValid();
    submit();
    const conflict = q('.conflict');
    expect(conflict.getAttribute('role')).toBe('alert');
    expect(plain(conflict.textContent)).toContain('“BIO101 Live Q&A” (Nov 28, 2026 3:00 PM–4:00 PM UTC)');
    backend.createAnswer = succeed;
    (
      Array.from(conflict.querySelectorAll('button')).find((b) =>
        b.textContent?.includes('Schedule anyway'),
      ) as HTMLButtonElement
    ).click();
    fixture.detectChanges();
    expect(backend.created.map((c) => c.resolveConflicts)).toEqual([false, true]);
    expect(el.textContent).toContain('Scheduled “BIO101 Q&A”.');
  });

  it('says why when Panopto refuses for another reason', () => {
    backend.createAnswer = () =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 403,
            error: { Error: { Message: 'You may not create recordings in this folder.', Success: false } },
          }),
      );
    fillValid();
    submit();
    expect(q('.failure').textContent).toContain('You may not create recordings in this folder.');
  });

  it('has no axe-core violations, with errors shown', async () => {
    type(byLabel('Title'), '');
    submit();
    expect(await axeViolations(el)).toEqual([]);
  });
});
