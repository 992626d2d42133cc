// The caption-file checker: SRT and WebVTT read line by line in one pass (a 10 MB file in well under 200 ms, see
// `npm run bench:captions`), reporting every problem with its line number and a fix. Framework-free.
import {
  CaptionCheckOptions,
  CaptionCheckResult,
  CaptionCuePreview,
  CaptionFormat,
  DEFAULT_MAX_CAPTION_BYTES,
  DEFAULT_MAX_CAPTION_FINDINGS,
  DEFAULT_MAX_CAPTION_LINE_LENGTH,
  FindingList,
} from './caption-findings';
import { decodeCaptionBytes } from './caption-decoding';
import { TIMING_LINE, formatSeconds, parseTimestamp } from './caption-timestamps';

const VTT_HEADER = /^WEBVTT(?:[ \t].*)?$/;
const VTT_BLOCK = /^(?:NOTE(?:[ \t].*)?|STYLE[ \t]*|REGION[ \t]*)$/;
/** WebVTT cue settings that place a cue elsewhere on screen, so it may overlap the one before. */
const PLACED = /(?:^|[ \t])(?:line|position):/;
/** Markup that takes no room on screen: `<i>`, `</b>`, `<v Name>`, `<c.loud>`, `<00:01.000>`, `{\an8}`. */
const MARKUP = /<[^>]*>|\{\\[^}]*\}/g;

type State = 'between' | 'expectTiming' | 'text' | 'skip';

/**
 * Checks the text of an SRT or WebVTT file. Returns every finding (bad timestamps, cues out of order or
 * overlapping, empty cues, over-long lines, a missing header, text that is no caption file) with its line.
 *
 * @example
 * ```ts
 * const result = checkCaptionText('1\n00:00:01,000 --> 00:00:03,000\nHello\n');
 * result.ok; // true
 * result.format; // 'srt'
 * ```
 */
export function checkCaptionText(input: string, options: CaptionCheckOptions = {}): CaptionCheckResult {
  const maxLine = options.maxLineLength ?? DEFAULT_MAX_CAPTION_LINE_LENGTH;
  const findings = new FindingList(options.maxFindings ?? DEFAULT_MAX_CAPTION_FINDINGS);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') {
    findings.add('empty-file', 1, () => ['The file is empty.', 'Choose the caption file that has the cues in it.']);
    return result(null, findings, 0, null, 0);
  }
  const detected = detectFormat(text, findings);
  if (!detected) return result(null, findings, 0, null, 0);
  const format = detected.format;

  // Mutable reader state in one object: the closures below change it, which flow analysis cannot follow.
  const at: { state: State; firstCueLines: string[] | null } = {
    state: detected.header ? 'skip' : 'between', // the WebVTT header block is skipped
    firstCueLines: null,
  };
  let cueCount = 0;
  let firstCue: CaptionCuePreview | null = null;
  let firstTiming = { start: 0, end: 0 };
  let prev: { start: number; end: number; line: number } | null = null;
  let cueLine = 0;
  let cueTextLines = 0;
  let lastEnd = 0;

  const onTiming = (m: RegExpExecArray, lineNo: number): void => {
    cueLine = lineNo;
    cueTextLines = 0;
    at.state = 'text';
    const start = parseTimestamp(m[1], format);
    const end = parseTimestamp(m[2], format);
    const bad = 'problem' in start ? start : 'problem' in end ? end : null;
    if (bad && 'problem' in bad) {
      findings.add('bad-timestamp', lineNo, () => [`${bad.problem}.`, bad.fix]);
      return;
    }
    const s = (start as { seconds: number }).seconds;
    const e = (end as { seconds: number }).seconds;
    cueCount++;
    if (e <= s) {
      findings.add('end-before-start', lineNo, () => [
        `The cue ends (${formatSeconds(e)}) ${e === s ? 'when' : 'before'} it starts (${formatSeconds(s)}).`,
        'Make the end time later than the start time.',
      ]);
    }
    const before = prev;
    if (before && s < before.start) {
      findings.add('out-of-order', lineNo, () => [
        `The cue starts at ${formatSeconds(s)}, before the cue on line ${before.line} (${formatSeconds(
          before.start,
        )}).`,
        'Sort the cues by start time.',
      ]);
    } else if (before && s < before.end && !(format === 'vtt' && m[3] && PLACED.test(m[3]))) {
      findings.add('overlap', lineNo, () => [
        `The cue starts at ${formatSeconds(s)}, while the cue on line ${
          before.line
        } is still showing (until ${formatSeconds(before.end)}).`,
        format === 'vtt'
          ? `End the earlier cue by ${formatSeconds(
              s,
            )}, or place this one elsewhere with a 'line:' or 'position:' setting.`
          : `End the earlier cue by ${formatSeconds(s)}, or start this one at ${formatSeconds(before.end)} or later.`,
      ]);
    }
    prev = { start: s, end: e, line: lineNo };
    lastEnd = Math.max(lastEnd, e);
    if (cueCount === 1) {
      firstTiming = { start: s, end: e };
      at.firstCueLines = [];
    }
  };

  const endCue = (): void => {
    if (cueTextLines === 0) {
      findings.add('empty-cue', cueLine, () => [
        'The cue has a timing line but no text.',
        'Add the words spoken, or remove the cue.',
      ]);
    }
    if (at.firstCueLines) {
      firstCue = { ...firstTiming, text: at.firstCueLines.join('\n') };
      at.firstCueLines = null;
    }
    at.state = 'between';
  };

  let lineNo = 0;
  let pos = 0;
  const length = text.length;
  while (pos <= length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = length;
    let line = text.slice(pos, nl);
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    pos = nl + 1;
    lineNo++;
    const blank = line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim() === '');

    if (at.state === 'text') {
      if (blank) {
        endCue();
        continue;
      }
      cueTextLines++;
      if (at.firstCueLines) at.firstCueLines.push(line);
      if (line.length > maxLine) checkLineLength(line, lineNo, maxLine, findings);
      continue;
    }
    if (at.state === 'skip') {
      if (blank) at.state = 'between';
      continue;
    }
    if (blank) {
      if (at.state === 'expectTiming') missingTiming(findings, lineNo - 1, format);
      at.state = 'between';
      continue;
    }
    const timing = line.includes('-->') ? TIMING_LINE.exec(line) : null;
    if (at.state === 'expectTiming') {
      if (timing) onTiming(timing, lineNo);
      else {
        missingTiming(findings, lineNo, format, line);
        at.state = 'skip';
      }
      continue;
    }
    // Between blocks: this line starts one.
    if (format === 'vtt' && VTT_BLOCK.test(line)) {
      at.state = 'skip';
    } else if (timing) {
      if (format === 'srt') {
        findings.add('bad-cue-number', lineNo, () => [
          'The cue has no number above its timing line.',
          'Number the cues 1, 2, 3 … on the line above each timing line.',
        ]);
      }
      onTiming(timing, lineNo);
    } else if (format === 'srt' && !/^\s*\d+\s*$/.test(line)) {
      findings.add('bad-cue-number', lineNo, () => [
        `Expected a cue number, found '${clip(line)}'.`,
        'Start each cue with its number on a line of its own, then the timing line, then the text, then a blank line.',
      ]);
      at.state = 'expectTiming';
    } else {
      at.state = 'expectTiming'; // an SRT number or a WebVTT cue identifier
    }
  }
  if (at.state === 'text') endCue();
  else if (at.state === 'expectTiming') missingTiming(findings, lineNo, format);

  if (cueCount === 0 && findings.total === 0) {
    findings.add('empty-file', 1, () => [
      'The file has no cues.',
      'Add cues (a timing line and its text), or choose another file.',
    ]);
  }
  return result(format, findings, cueCount, firstCue, lastEnd);
}

/**
 * Checks caption bytes: UTF-8 (a byte-order mark is fine), not binary, at most `maxBytes`, then the text.
 *
 * @example
 * ```ts
 * const result = checkCaptionBytes(new Uint8Array(await file.arrayBuffer()));
 * ```
 */
export function checkCaptionBytes(bytes: Uint8Array, options: CaptionCheckOptions = {}): CaptionCheckResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_CAPTION_BYTES;
  const findings = new FindingList(options.maxFindings ?? DEFAULT_MAX_CAPTION_FINDINGS);
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes, findings);
  const decoded = decodeCaptionBytes(bytes);
  if ('text' in decoded) return checkCaptionText(decoded.text, options);
  findings.add(decoded.binary ? 'not-a-caption-file' : 'wrong-encoding', decoded.line, () => [
    decoded.problem,
    decoded.fix,
  ]);
  return result(null, findings, 0, null, 0);
}

/**
 * Checks a caption `File` or `Blob` picked by the user, before anything is sent.
 *
 * @example
 * ```ts
 * const result = await checkCaptionFile(input.files[0]);
 * if (!result.ok) showFindings(result.findings);
 * ```
 */
export async function checkCaptionFile(file: Blob, options: CaptionCheckOptions = {}): Promise<CaptionCheckResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_CAPTION_BYTES;
  // Too large is known from the size alone: a video picked by mistake is never read into memory.
  if (file.size > maxBytes) {
    return tooLarge(file.size, maxBytes, new FindingList(options.maxFindings ?? DEFAULT_MAX_CAPTION_FINDINGS));
  }
  return checkCaptionBytes(new Uint8Array(await file.arrayBuffer()), options);
}

function tooLarge(size: number, maxBytes: number, findings: FindingList): CaptionCheckResult {
  findings.add('too-large', 1, () => [
    `The file is ${megabytes(size)}; caption files are at most ${megabytes(maxBytes)}.`,
    'Check that this is a caption file (a video or a document is far larger), or split the captions.',
  ]);
  return result(null, findings, 0, null, 0);
}

function detectFormat(text: string, findings: FindingList): { format: CaptionFormat; header: boolean } | null {
  const firstBreak = text.indexOf('\n');
  const first = (firstBreak < 0 ? text : text.slice(0, firstBreak)).replace(/\r$/, '');
  if (VTT_HEADER.test(first)) return { format: 'vtt', header: true };
  const arrow = text.indexOf('-->');
  if (arrow < 0) {
    findings.add('not-a-caption-file', 1, () => [
      first.startsWith('WEBVTT')
        ? `The first line is '${clip(first)}' and no cue follows.`
        : 'The file has no timing lines (start --> end): it is not an SRT or WebVTT caption file.',
      'Export the captions as SubRip (.srt) or WebVTT (.vtt) and choose that file.',
    ]);
    return null;
  }
  const lineStart = text.lastIndexOf('\n', arrow) + 1;
  const lineEnd = text.indexOf('\n', arrow);
  const timingLine = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const line = lineNumberAt(text, lineStart);
  if (/\d,\d{1,3}\b/.test(timingLine)) return { format: 'srt', header: false };
  findings.add('missing-header', 1, () => [
    first.startsWith('WEBVTT')
      ? `The first line '${clip(first)}' is not a WebVTT header.`
      : `The timing line on line ${line} is WebVTT, but the file does not start with 'WEBVTT'.`,
    "Make 'WEBVTT' the first line of the file (followed by a blank line).",
  ]);
  return { format: 'vtt', header: first.startsWith('WEBVTT') };
}

function checkLineLength(line: string, lineNo: number, max: number, findings: FindingList): void {
  const visible = line.includes('<') || line.includes('{') ? line.replace(MARKUP, '') : line;
  if (visible.length <= max) return;
  const count = codePoints(visible); // so an emoji counts once
  if (count <= max) return;
  findings.add('line-too-long', lineNo, () => [
    `The line has ${count} characters; at most ${max} fit on screen and stay readable.`,
    'Break it into two lines, or split the cue in two.',
  ]);
}

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) count++; // a low surrogate completes the pair already counted
  }
  return count;
}

function missingTiming(findings: FindingList, lineNo: number, format: CaptionFormat, found?: string): void {
  const example = format === 'srt' ? '00:00:01,000 --> 00:00:03,500' : '00:00:01.000 --> 00:00:03.500';
  findings.add('bad-timestamp', lineNo, () => [
    found === undefined ? 'The cue has no timing line.' : `Expected a timing line, found '${clip(found)}'.`,
    `Put the cue's timing on the line after its ${format === 'srt' ? 'number' : 'identifier'}, as in ${example}.`,
  ]);
}

function result(
  format: CaptionFormat | null,
  findings: FindingList,
  cueCount: number,
  firstCue: CaptionCuePreview | null,
  lastCueEnd: number,
): CaptionCheckResult {
  return {
    ok: findings.total === 0,
    format,
    cueCount,
    firstCue,
    lastCueEnd,
    findings: findings.items,
    totalFindings: findings.total,
  };
}

function lineNumberAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
