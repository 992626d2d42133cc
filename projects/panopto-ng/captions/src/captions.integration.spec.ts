// Integration: the caption client and <panopto-captions> in Chromium against the running emulator (real HTTP,
// real tokens, Panopto's caption paths and error bodies). Uses the PHIL150 sessions, which no other spec touches.
import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { firstValueFrom, map, toArray } from 'rxjs';
import { PanoptoApi, PanoptoEvent, PanoptoEvents, providePanopto } from 'panopto-ng';
import { PanoptoApiError, ROOT_FOLDER_ID } from 'panopto-ng/core';
import { emulatorUrl } from '../../testing-support/emulator';
import { PanoptoCaptionsApi } from './api/panopto-captions-api';
import { PanoptoCaptionFileError } from './api/caption-file-error';
import { PanoptoCaptionTrackSource } from './components/caption-track-source';
import { PanoptoCaptionsComponent } from './components/panopto-captions.component';
import { PanoptoFolderCaptionProviderComponent } from './components/folder-caption-provider.component';

const GOOD_SRT = '1\n00:00:01,000 --> 00:00:03,000\nPremier sous-titre\n\n2\n00:00:04,000 --> 00:00:06,000\nDeuxième\n';
const BAD_SRT =
  '1\n00:00:01,000 --> 00:00:03,000\nFine\n\n2\n00:00:02.500 --> 00:00:04,000\nBad stamp\n\n3\n00:00:09,000 --> 00:00:08,000\n\n';

async function tokenFor(emulator: string, username: string): Promise<string> {
  const res = await fetch(`${emulator}/__emulator/tokens`, { method: 'POST', body: JSON.stringify({ username }) });
  return ((await res.json()) as { access_token: string }).access_token;
}

function waitFor(condition: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error(`Timed out waiting for ${what}`));
      else setTimeout(check, 25);
    };
    check();
  });
}

/** Stands in for a player: the caption tracks the emulator's embed page would list, read from its track list. */
class EmulatorTrackSource implements PanoptoCaptionTrackSource {
  tracks: string[] = [];
  selected = -1;
  getCaptionTracks = () => this.tracks;
  getSelectedCaptionTrack = () => this.selected;
  enableCaptions = (i = 0) => (this.selected = i);
  disableCaptions = () => (this.selected = -1);
}

@Component({
  standalone: true,
  imports: [PanoptoCaptionsComponent],
  template: `<panopto-captions [sessionId]="id" [player]="player" [showRequests]="false"></panopto-captions>`,
})
class HostComponent {
  id = '';
  player: PanoptoCaptionTrackSource | null = null;
}

describe('panopto-ng/captions against the emulator (integration)', () => {
  let emulator: string;
  let token: string;
  let captions: PanoptoCaptionsApi;
  let sessionIds: string[];
  let folderId: string;
  let events: PanoptoEvent[];

  const bearer: HttpInterceptorFn = (req, next) =>
    req.url.startsWith(`${emulator}/Panopto/api/v1/`)
      ? next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }))
      : next(req);

  beforeEach(async () => {
    emulator = emulatorUrl();
    token = await tokenFor(emulator, 'instructor');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([bearer])),
        providePanopto({ serverUrl: emulator, retry: { initialDelayMs: 50 } }),
      ],
    });
    captions = TestBed.inject(PanoptoCaptionsApi);
    events = [];
    TestBed.inject(PanoptoEvents).events$.subscribe((e) => events.push(e));
    const found = await firstValueFrom(TestBed.inject(PanoptoApi).sessions.allSearch('PHIL150 Topic').pipe(toArray()));
    sessionIds = found.map((s) => s.Id);
    folderId = found[0].Folder;
    expect(sessionIds.length).toBeGreaterThan(2);
  });

  const file = (text: string, name = 'lecture.srt') => new File([text], name, { type: 'application/x-subrip' });
  const sessionUrls = (id: string) =>
    firstValueFrom(
      TestBed.inject(PanoptoApi)
        .sessions.get(id)
        .pipe(map((s) => s.Urls)),
    );

  it('uploads an SRT, fills CaptionDownloadUrl, deletes one language and then all', async () => {
    const id = sessionIds[0];
    await firstValueFrom(captions.uploadSessionCaptions(id, file(GOOD_SRT), 'French'), { defaultValue: undefined });
    const srt = await (
      await fetch(`${emulator}/Panopto/Pages/Transcription/GenerateSRT.ashx?id=${id}&language=French`)
    ).text();
    expect(srt).toContain('Premier sous-titre');
    expect((await sessionUrls(id))?.CaptionDownloadUrl).toMatch(/GenerateSRT\.ashx\?id=/);
    await firstValueFrom(captions.deleteSessionCaptionLanguage(id, 'French'), { defaultValue: undefined });
    await firstValueFrom(captions.deleteSessionCaptions(id), { defaultValue: undefined });
    expect((await sessionUrls(id))?.CaptionDownloadUrl).toBe('');
  });

  it('never sends a malformed file: the checker findings come back with line numbers', async () => {
    events.length = 0;
    const error = await firstValueFrom(
      captions.uploadSessionCaptions(sessionIds[1], file(BAD_SRT, 'bad.srt'), 'French'),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(PanoptoCaptionFileError);
    expect((error as PanoptoCaptionFileError).findings.map((f) => `${f.code}@${f.line}`)).toEqual([
      'bad-timestamp@6',
      'end-before-start@10',
      'empty-cue@10',
    ]);
    expect(events.filter((e) => e.type === 'request-start')).toEqual([]);
  });

  it('maps Panopto refusals: 400 for a file that is not captions (unchecked), 403 for a viewer, 404 for an unknown session', async () => {
    const notCaptions = await firstValueFrom(
      captions.uploadSessionCaptions(sessionIds[1], file('just some notes'), 'French', { check: false }),
    ).catch((e) => e);
    expect((notCaptions as PanoptoApiError).status).toBe(400);
    expect((notCaptions as PanoptoApiError).message).toContain('is not an SRT or VTT caption file');
    const unknown = await firstValueFrom(captions.deleteSessionCaptions('00000000-0000-0000-0000-0000000000ff')).catch(
      (e) => e,
    );
    expect((unknown as PanoptoApiError).status).toBe(404);
    token = await tokenFor(emulator, 'student');
    const forbidden = await firstValueFrom(
      captions.uploadSessionCaptions(sessionIds[1], file(GOOD_SRT), 'French'),
    ).catch((e) => e);
    expect((forbidden as PanoptoApiError).status).toBe(403);
    const bulk = await firstValueFrom(
      captions.previewBulkRequest({ Type: 'Transcription', SessionIds: [sessionIds[1]] }),
    ).catch((e) => e);
    expect((bulk as PanoptoApiError).status).toBe(403);
  });

  it('lists caption providers, previews and schedules a request as an administrator, and sets a folder provider', async () => {
    const providers = await firstValueFrom(captions.allCaptionProviders().pipe(toArray()));
    expect(providers.map((p) => p.Enabled)).toEqual([true, true]);
    token = await tokenFor(emulator, 'admin');
    const preview = await firstValueFrom(
      captions.previewBulkRequest({ Type: 'Transcription', SessionIds: sessionIds.slice(2, 4) }),
    );
    expect(preview.Summary?.TotalSessions).toBe(2);
    const scheduled = await firstValueFrom(
      captions.scheduleBulkRequest({
        Type: 'Transcription',
        SessionIds: sessionIds.slice(2, 3),
        ProviderInstanceId: preview.Providers?.[0].ProviderInstanceId ?? -1,
      }),
    );
    // Scheduled now, or (when this spec ran before against the same emulator) still pending from then.
    const result = scheduled.Results?.[0];
    expect(result?.Scheduled || result?.ReasonCode === 'PendingRequest').toBeTrue();
    const set = await firstValueFrom(
      captions.updateFolderSettings(folderId, { AutomaticCaptionProviderId: providers[0].Id ?? '' }),
    );
    expect(set.AutomaticCaptionProviderId).toBe(providers[0].Id as string);
    const cleared = await firstValueFrom(
      captions.updateFolderSettings(folderId, { AutomaticCaptionProviderId: ROOT_FOLDER_ID }),
    );
    expect(cleared.AutomaticCaptionProviderName).toBeNull();
    const empty = await firstValueFrom(captions.previewBulkRequest({ Type: 'Transcription', SessionIds: [] })).catch(
      (e) => e,
    );
    expect(String(empty)).toMatch(/`SessionIds` must hold 1 to 100 session ids/);
  });

  it('<panopto-folder-caption-provider> shows the folder setting and saves a new provider', async () => {
    const fixture = TestBed.createComponent(PanoptoFolderCaptionProviderComponent);
    fixture.componentRef.setInput('folderId', folderId);
    fixture.autoDetectChanges(true);
    const select = () => fixture.nativeElement.querySelector('select') as HTMLSelectElement;
    await waitFor(() => select().options.length === 3 && !select().disabled, 'the providers');
    expect(select().value).toBe(ROOT_FOLDER_ID);
    select().value = select().options[2].value;
    select().dispatchEvent(new Event('change'));
    await waitFor(() => !select().disabled, 'the save');
    const saved = await firstValueFrom(captions.folderSettings(folderId));
    expect(saved.AutomaticCaptionProviderId).toBe(select().options[2].value);
    await firstValueFrom(captions.updateFolderSettings(folderId, { AutomaticCaptionProviderId: ROOT_FOLDER_ID }));
    fixture.destroy();
  });

  describe('<panopto-captions>', () => {
    let fixture: ComponentFixture<HostComponent>;
    let source: EmulatorTrackSource;
    const el = () => fixture.nativeElement as HTMLElement;
    const pick = async (f: File) => {
      const input = el().querySelector('input[type=file]') as HTMLInputElement;
      const dt = new DataTransfer();
      dt.items.add(f);
      input.files = dt.files;
      input.dispatchEvent(new Event('change'));
    };
    const phase = () => el().querySelector('.panopto-captions__status')?.getAttribute('data-phase');

    beforeEach(() => {
      source = new EmulatorTrackSource();
      fixture = TestBed.createComponent(HostComponent);
      fixture.componentInstance.id = sessionIds[4];
      fixture.componentInstance.player = source;
      fixture.autoDetectChanges(true);
    });
    afterEach(() => fixture.destroy());

    it('shows the findings of a malformed file inline, with line numbers, and sends nothing', async () => {
      events.length = 0;
      await waitFor(() => !!el().querySelector('[data-testid=captions-none]'), 'the empty state');
      await pick(file(BAD_SRT, 'bad.srt'));
      await waitFor(() => phase() === 'findings', 'the findings');
      const items = [...el().querySelectorAll('.panopto-captions__findings li')].map((li) =>
        li.getAttribute('data-line'),
      );
      expect(items).toEqual(['6', '10', '10']);
      expect(el().querySelector('.panopto-captions__findings')?.getAttribute('role')).toBe('alert');
      expect(el().querySelector('.panopto-captions__button--primary')).toBeNull();
      expect(events.filter((e) => e.type === 'request-start' && /captions/.test(e.url))).toEqual([]);
    });

    it('uploads a good file for the chosen language; the player tracks then list it; a viewer is told what to ask for', async () => {
      const select = el().querySelector('select[name=language]') as HTMLSelectElement;
      select.value = 'German';
      select.dispatchEvent(new Event('change'));
      await pick(file(GOOD_SRT));
      await waitFor(() => phase() === 'ready', 'the checked file');
      (el().querySelector('.panopto-captions__button--primary') as HTMLButtonElement).click();
      await waitFor(() => phase() === 'done', 'the upload');
      const list = await (await fetch(`${emulator}/Panopto/Pages/Embed/CaptionTracks/${sessionIds[4]}.json`)).json();
      source.tracks = list.tracks.map((t: { label: string }) => t.label);
      await waitFor(() => !!el().querySelector('li[data-language=German]'), 'the German track listed', 3000);

      token = await tokenFor(emulator, 'student');
      await pick(file(GOOD_SRT));
      await waitFor(() => phase() === 'ready', 'the checked file');
      (el().querySelector('.panopto-captions__button--primary') as HTMLButtonElement).click();
      await waitFor(() => phase() === 'error', 'the refusal');
      const error = el().querySelector('.panopto-captions__status [role=alert]');
      expect(error?.getAttribute('data-forbidden')).toBe('true');
      expect(error?.textContent).toContain('Ask a creator of its folder');
    });
  });
});
