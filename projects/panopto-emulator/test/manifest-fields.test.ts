// What a UCS manifest changes about the session: <Date>, <Cuts> (session and video level) and File Checksums.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { durationAfterCuts, parseManifest } from '../src/upload/manifest-check.js';

const NS = 'http://tempuri.org/UniversalCaptureSpecification/v1';

describe('manifest Date, Cuts and Checksum', () => {
  it('reads session cuts apart from video cuts, and each checksum', () => {
    const parsed = parseManifest(
      `<Session xmlns="${NS}"><Title>T</Title><Date>2024-03-05T09:30:00Z</Date>
        <Videos><Video><Start>PT0S</Start><File Checksum="1a2b3c4d">a.mp4</File>
          <Cuts><Cut><Start>PT10S</Start><Duration>PT5S</Duration></Cut></Cuts><Type>Primary</Type></Video></Videos>
        <Thumbnail><File Checksum='DEADBEEF'>thumb.png</File></Thumbnail>
        <Cuts><Cut><Start>PT1M</Start><Duration>PT30S</Duration></Cut><Cut><Start>PT0S</Start><Duration>PT2.5S</Duration></Cut></Cuts>
      </Session>`,
      new Set(['a.mp4', 'thumb.png']),
    );
    assert.equal(parsed.date, '2024-03-05T09:30:00Z');
    assert.deepEqual(parsed.cuts, [
      { startSeconds: 60, durationSeconds: 30 },
      { startSeconds: 0, durationSeconds: 2.5 },
    ]);
    assert.deepEqual(parsed.videos[0].cuts, [{ startSeconds: 10, durationSeconds: 5 }]);
    assert.deepEqual(parsed.checksums, [
      { file: 'a.mp4', crc32: '1A2B3C4D' },
      { file: 'thumb.png', crc32: 'DEADBEEF' },
    ]);
  });

  it('refuses a malformed checksum or a cut without a duration, naming what is wrong', () => {
    const video = (file: string, extra = '') =>
      `<Session xmlns="${NS}"><Title>T</Title><Videos><Video><Start>PT0S</Start>${file}${extra}<Type>Primary</Type></Video></Videos></Session>`;
    assert.throws(
      () => parseManifest(video('<File Checksum="xyz">a.mp4</File>'), new Set(['a.mp4'])),
      /The Checksum of "a\.mp4" is 'xyz'; it must be the file's CRC32 as 8 hex digits/,
    );
    assert.throws(
      () =>
        parseManifest(video('<File>a.mp4</File>', '<Cuts><Cut><Start>PT1S</Start></Cut></Cuts>'), new Set(['a.mp4'])),
      /A <Cut> of the video "a\.mp4" needs both <Start> and <Duration>/,
    );
  });

  it('removes the union of the cuts, clipped to the recording', () => {
    const cut = (startSeconds: number, durationSeconds: number) => ({ startSeconds, durationSeconds });
    assert.equal(durationAfterCuts(100, []), 100);
    assert.equal(durationAfterCuts(100, [cut(10, 5)]), 95);
    assert.equal(durationAfterCuts(100, [cut(10, 10), cut(15, 10)]), 85, 'overlaps count once (10–25 s)');
    assert.equal(durationAfterCuts(100, [cut(-5, 10), cut(95, 20)]), 90, 'clipped at both ends');
    assert.equal(durationAfterCuts(100, [cut(0, 200)]), 0);
    assert.equal(durationAfterCuts(100, [cut(150, 10)]), 100, 'past the end: nothing');
  });
});
