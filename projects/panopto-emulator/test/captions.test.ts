// Captions in the emulator: an uploaded SRT becomes a WebVTT <track> of the embed page and a download; bulk
// requests move along on the emulator's clock and end with an emulated caption file; a folder's automatic
// caption provider requests captions for new recordings.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../src/server.js';
import { seedGuid } from '../src/seed/guid.js';
import { allTokens, api, startTestEmulator, type Tokens } from './helpers.js';

describe('captions', () => {
  let emu: RunningEmulator;
  let t: Tokens;
  const session = seedGuid('session:BIO101/2026 Semester 1/Week 2 – Genetics/1');
  const folder = seedGuid('folder:period:BIO101/2026 Semester 1');

  before(async () => {
    emu = await startTestEmulator();
    t = await allTokens(emu);
  });
  after(() => emu?.close());

  async function upload(id: string, text: string, language: string): Promise<Response> {
    const form = new FormData();
    form.set('language', language);
    form.set('file', new Blob([text]), 'lecture.srt');
    return fetch(`${emu.url}/Panopto/api/v1/sessions/${id}/captions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.instructor}` },
      body: form,
    });
  }
  const tracks = async (id: string) =>
    (await (await fetch(`${emu.url}/Panopto/Pages/Embed/CaptionTracks/${id}.json`)).json()) as {
      tracks: { language: string; label: string; srclang: string; src: string }[];
    };
  const advance = (ms: number) =>
    fetch(`${emu.url}/__emulator/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: ms }) });

  it('serves an uploaded SRT as a WebVTT track of the embed page, and as the caption download', async () => {
    const res = await upload(
      session,
      '\uFEFF1\r\n00:00:01,500 --> 00:00:03,000\r\nBonjour <i>à tous</i>\r\n\r\n2\r\n00:00:04,000 --> 00:00:05,000\r\nFin\r\n',
      'French',
    );
    assert.equal(res.status, 200, await res.text());
    const list = await tracks(session);
    assert.deepEqual(
      list.tracks.map((x) => `${x.language}|${x.label}|${x.srclang}`),
      ['English_USA|English|en-US', 'French|French|fr'],
    );
    const vtt = await (await fetch(list.tracks[1].src)).text();
    assert.equal(
      vtt,
      'WEBVTT\n\n00:00:01.500 --> 00:00:03.000\nBonjour <i>à tous</i>\n\n00:00:04.000 --> 00:00:05.000\nFin\n',
    );
    const html = await (await fetch(`${emu.url}/Panopto/Pages/Embed.aspx?id=${session}`)).text();
    assert.match(
      html,
      /<track kind="captions" label="French" srclang="fr" src="[^"]+French\.vtt\?v=[0-9a-f]+" data-language="French">/,
    );

    const got = await api(emu, `/sessions/${session}`, { token: t.instructor });
    const download = got.body.Urls.CaptionDownloadUrl as string;
    assert.match(download, /GenerateSRT\.ashx\?id=.+&language=English_USA$/);
    const srt = await (await fetch(download.replace('English_USA', 'French'))).text();
    assert.equal(
      srt,
      '1\n00:00:01,500 --> 00:00:03,000\nBonjour <i>à tous</i>\n\n2\n00:00:04,000 --> 00:00:05,000\nFin\n',
    );
  });

  it('replacing a language changes its track URL; deleting it removes the track; none left empties the download', async () => {
    const before = (await tracks(session)).tracks[1].src;
    await advance(1000);
    assert.equal((await upload(session, 'WEBVTT\n\n00:01.000 --> 00:02.000\nSalut\n', 'french')).status, 200);
    const after = (await tracks(session)).tracks[1].src;
    assert.notEqual(after, before);
    assert.equal(
      (await api(emu, `/sessions/${session}/captions/languages/French`, { token: t.instructor, method: 'DELETE' }))
        .status,
      200,
    );
    assert.deepEqual(
      (await tracks(session)).tracks.map((x) => x.language),
      ['English_USA'],
    );
    assert.equal(
      (await api(emu, `/sessions/${session}/captions`, { token: t.instructor, method: 'DELETE' })).status,
      200,
    );
    assert.deepEqual((await tracks(session)).tracks, []);
    const got = await api(emu, `/sessions/${session}`, { token: t.instructor });
    assert.equal(got.body.Urls.CaptionDownloadUrl, '');
  });

  it('refuses a file that is not SRT or VTT with a message naming it', async () => {
    const res = await upload(session, '{"captions": "no"}', 'English_USA');
    assert.equal(res.status, 400);
    const body = (await res.json()) as { Error: { Message: string } };
    assert.match(body.Error.Message, /'lecture\.srt' is not an SRT or VTT caption file/);
  });

  it('a scheduled machine request goes Pending → InProgress → Complete on the clock and writes an emulated track', async () => {
    const target = seedGuid('session:BIO101/2026 Semester 1/Week 1 – Cells/0');
    await api(emu, `/sessions/${target}/captions`, { token: t.instructor, method: 'DELETE' });
    const preview = await api(emu, '/accessibility/bulk/preview', {
      token: t.admin,
      method: 'POST',
      body: { Type: 'Transcription', SessionIds: [target] },
    });
    assert.equal(preview.body.SessionEvaluations[0].EligibilityState, 'Eligible');
    const machine = preview.body.Providers.find((p: { DisplayName: string }) => /machine/.test(p.DisplayName));
    const scheduled = await api(emu, '/accessibility/bulk/schedule', {
      token: t.admin,
      method: 'POST',
      body: { Type: 'Transcription', SessionIds: [target], ProviderInstanceId: machine.ProviderInstanceId },
    });
    assert.deepEqual([scheduled.body.ScheduledCount, scheduled.body.Results[0].RequestCount], [1, 1]);
    const again = await api(emu, '/accessibility/bulk/preview', {
      token: t.admin,
      method: 'POST',
      body: { Type: 'Transcription', SessionIds: [target] },
    });
    assert.equal(again.body.SessionEvaluations[0].ReasonCode, 'PendingRequest');
    const state = () => [...emu.context.store.captionRequests.values()].find((r) => r.SessionId === target)?.State;
    assert.equal(state(), 'Pending');
    await advance(31_000);
    await tracks(target);
    assert.equal(state(), 'InProgress');
    assert.deepEqual((await tracks(target)).tracks, []);
    await advance(90_000);
    const list = await tracks(target);
    assert.equal(state(), 'Complete');
    assert.deepEqual(
      list.tracks.map((x) => x.language),
      ['English_USA'],
    );
    const vtt = await (await fetch(list.tracks[0].src)).text();
    assert.match(
      vtt.split('\n\n')[1],
      /^00:00\.000 --> 00:04\.000\n\[Emulated English captions by Automatic captions \(machine, emulated\): not a real transcript\]$/,
    );
    const done = await api(emu, '/accessibility/bulk/preview', {
      token: t.admin,
      method: 'POST',
      body: { Type: 'Transcription', SessionIds: [target] },
    });
    assert.equal(done.body.SessionEvaluations[0].ReasonCode, 'AlreadyHasAsrCaptions');
  });

  it("a folder's automatic caption provider requests captions for recordings added after it was set", async () => {
    const providers = await api(emu, '/captionproviders', { token: t.instructor });
    const machine = providers.body.Results.find((p: { DisplayName: string }) => /machine/.test(p.DisplayName));
    const put = await api(emu, `/folders/${folder}/settings`, {
      token: t.instructor,
      method: 'PUT',
      body: { AutomaticCaptionProviderId: machine.Id },
    });
    assert.equal(put.body.AutomaticCaptionProviderName, machine.DisplayName);
    const { store } = emu.context;
    const created = store.createSession({
      Name: 'New recording',
      Description: '',
      FolderId: folder,
      StartTime: new Date(emu.context.clock.now()).toISOString(),
      Duration: 12,
      CreatedById: seedGuid('user:instructor'),
      Media: { kind: 'generated', variant: 0 },
      Restricted: false,
      Captions: [],
    });
    await tracks(created.Id);
    const request = [...store.captionRequests.values()].find((r) => r.SessionId === created.Id);
    assert.equal(request?.Automatic, true);
    await advance(121_000);
    assert.deepEqual(
      (await tracks(created.Id)).tracks.map((x) => x.language),
      ['English_USA'],
    );
    // The seeded sessions already there got no request.
    const older = store.sessionsInFolder(folder).filter((s) => s.Id !== created.Id);
    assert.ok(
      older.every((s) => ![...store.captionRequests.values()].some((r) => r.SessionId === s.Id && r.Automatic)),
    );
  });
});
