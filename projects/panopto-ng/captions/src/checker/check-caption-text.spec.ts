import { checkCaptionBytes, checkCaptionFile, checkCaptionText } from './check-caption-text';
import { CaptionFindingCode } from './caption-findings';

const codes = (text: string) => checkCaptionText(text).findings.map((f) => `${f.code}@${f.line}`);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('checkCaptionText', () => {
  it('accepts a valid SRT file and previews its first cue', () => {
    const r = checkCaptionText(
      '1\r\n00:00:01,000 --> 00:00:03,500\r\nHello\r\nthere\r\n\r\n2\r\n00:00:04,000 --> 00:00:05,000\r\nBye\r\n',
    );
    expect(r.ok).toBeTrue();
    expect(r.format).toBe('srt');
    expect(r.cueCount).toBe(2);
    expect(r.firstCue).toEqual({ start: 1, end: 3.5, text: 'Hello\nthere' });
    expect(r.lastCueEnd).toBe(5);
  });

  it('accepts a valid WebVTT file with a header, notes, styles, identifiers, settings and hours-less stamps', () => {
    const r = checkCaptionText(
      'WEBVTT - lecture\nKind: captions\n\nNOTE written by hand\nacross lines\n\nSTYLE\n::cue { color: yellow }\n\n' +
        'intro\n00:01.000 --> 00:02.000 align:start\n<v Ana>Hi</v>\n\n01:00:00.000 --> 01:00:01.000\nLater\n',
    );
    expect(r.findings).toEqual([]);
    expect(r.format).toBe('vtt');
    expect(r.cueCount).toBe(2);
  });

  it('reports bad timestamps with the line and the right separator', () => {
    const r = checkCaptionText(
      '1\n00:00:01.000 --> 00:00:02,000\nA\n\n2\n00:00:03,000 --> 00:61:00,000\nB\n\n3\n00:00:09,000 --> soon\nC\n',
    );
    expect(r.findings.map((f) => `${f.code}@${f.line}`)).toEqual([
      'bad-timestamp@2',
      'bad-timestamp@6',
      'bad-timestamp@10',
    ]);
    expect(r.findings[0].fix).toContain("','");
    expect(r.findings[1].message).toContain('minutes above 59');
    expect(r.findings[2].message).toContain("'soon' is not a timestamp");
  });

  it('reports cues that end before they start, are out of order, or overlap', () => {
    expect(
      codes(
        '1\n00:00:05,000 --> 00:00:04,000\nA\n\n2\n00:00:06,000 --> 00:00:08,000\nB\n\n3\n00:00:07,000 --> 00:00:09,000\nC\n\n4\n00:00:01,000 --> 00:00:02,000\nD\n',
      ),
    ).toEqual(['end-before-start@2', 'overlap@10', 'out-of-order@14']);
  });

  it('lets a WebVTT cue placed elsewhere on screen overlap, but not an unplaced one', () => {
    const base = 'WEBVTT\n\n00:01.000 --> 00:04.000\nA\n\n00:02.000 --> 00:03.000';
    expect(codes(`${base} line:0\nB\n`)).toEqual([]);
    expect(codes(`${base}\nB\n`)).toEqual(['overlap@6']);
  });

  it('reports empty cues, missing cue numbers and missing timing lines', () => {
    expect(codes('1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\nB\n')).toEqual(['empty-cue@2']);
    expect(codes('00:00:01,000 --> 00:00:02,000\nA\n')).toEqual(['bad-cue-number@1']);
    expect(codes('one\n00:00:01,000 --> 00:00:02,000\nA\n')).toEqual(['bad-cue-number@1']);
    expect(codes('1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\nB\n\n3\n')).toEqual(['bad-timestamp@6', 'bad-timestamp@8']);
  });

  it('reports over-long lines by visible characters (markup and surrogate pairs do not count double)', () => {
    const long = 'x'.repeat(43);
    expect(codes(`1\n00:00:01,000 --> 00:00:02,000\nok\n${long}\n`)).toEqual(['line-too-long@4']);
    expect(codes(`1\n00:00:01,000 --> 00:00:02,000\n<i>${'x'.repeat(40)}</i>\n${'😀'.repeat(42)}\n`)).toEqual([]);
    expect(checkCaptionText(`1\n00:00:01,000 --> 00:00:02,000\n${long}\n`, { maxLineLength: Infinity }).ok).toBeTrue();
  });

  it('says what is not a caption file, an empty file, and a WebVTT file without its header', () => {
    const expectOnly = (text: string, code: CaptionFindingCode) => {
      const r = checkCaptionText(text);
      expect(r.ok).toBeFalse();
      expect(r.findings.map((f) => f.code)).toEqual([code]);
      return r;
    };
    expect(expectOnly('<html><body>Lecture notes</body></html>', 'not-a-caption-file').format).toBeNull();
    expectOnly('  \n\n', 'empty-file');
    expectOnly('WEBVTT\n\n', 'empty-file');
    const r = expectOnly('00:01.000 --> 00:02.000\nHi\n', 'missing-header');
    expect(r.cueCount).toBe(1);
    expectOnly('WEBVTTX\n\n00:01.000 --> 00:02.000\nHi\n', 'missing-header');
  });

  it('caps the kept findings but counts them all, and each has a message and a fix', () => {
    const cues = Array.from({ length: 300 }, (_, i) => `${i + 1}\n00:00:01,000 --> 00:00:00,500\nA\n`).join('\n');
    const r = checkCaptionText(cues, { maxFindings: 5 });
    expect(r.findings.length).toBe(5);
    expect(r.totalFindings).toBe(300);
    for (const f of r.findings) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.fix.length).toBeGreaterThan(10);
    }
  });
});

describe('checkCaptionBytes and checkCaptionFile', () => {
  it('accepts UTF-8 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('WEBVTT\n\n00:01.000 --> 00:02.000\nÉté\n')]);
    const r = checkCaptionBytes(bytes);
    expect(r.ok).toBeTrue();
    expect(r.firstCue?.text).toBe('Été');
  });

  it('reports UTF-16 and legacy encodings with the line of the first bad byte', () => {
    expect(checkCaptionBytes(new Uint8Array([0xff, 0xfe, 0x31, 0x00])).findings[0].code).toBe('wrong-encoding');
    const latin1 = new Uint8Array([...utf8('1\n00:00:01,000 --> 00:00:02,000\n'), 0x45, 0x74, 0xe9, 0x0a]);
    const f = checkCaptionBytes(latin1).findings[0];
    expect(f.code).toBe('wrong-encoding');
    expect(f.line).toBe(3);
    expect(f.fix).toContain('UTF-8');
  });

  it('reports binary files and files over the size limit without parsing them', async () => {
    const binary = checkCaptionBytes(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x00, 0x00]));
    expect(binary.findings[0].code).toBe('not-a-caption-file');
    const big = await checkCaptionFile(new Blob([new Uint8Array(2048)]), { maxBytes: 1024 });
    expect(big.findings.map((f) => f.code)).toEqual(['too-large']);
    const file = await checkCaptionFile(new Blob(['1\n00:00:01,000 --> 00:00:02,000\nHi\n']));
    expect(file.ok).toBeTrue();
  });
});
