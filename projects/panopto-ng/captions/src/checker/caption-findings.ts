// What the caption-file checker reports. Framework-free: no Angular, so it runs in a Web Worker or in Node.

/** The two caption formats Panopto accepts (`POST /sessions/{id}/captions`). */
export type CaptionFormat = 'srt' | 'vtt';

/** Stable codes of the checker's findings (switch on these; messages are for people). */
export type CaptionFindingCode =
  | 'empty-file'
  | 'too-large'
  | 'wrong-encoding'
  | 'not-a-caption-file'
  | 'missing-header'
  | 'bad-cue-number'
  | 'bad-timestamp'
  | 'end-before-start'
  | 'out-of-order'
  | 'overlap'
  | 'empty-cue'
  | 'line-too-long';

/**
 * One problem in a caption file, with the 1-based line it is on and how to fix it.
 *
 * @example
 * ```ts
 * const { findings } = checkCaptionText(text);
 * for (const f of findings) console.log(`line ${f.line}: ${f.message} ${f.fix}`);
 * ```
 */
export interface CaptionFinding {
  readonly code: CaptionFindingCode;
  /** 1-based line number in the file (1 for whole-file problems). */
  readonly line: number;
  /** What is wrong, quoting the offending text where useful. */
  readonly message: string;
  /** What to change so the file passes. */
  readonly fix: string;
}

/** The first cue, so an app can show what viewers will read first. */
export interface CaptionCuePreview {
  /** Seconds. */
  readonly start: number;
  /** Seconds. */
  readonly end: number;
  readonly text: string;
}

/**
 * What `checkCaptionText` / `checkCaptionFile` found. `ok` is true only when there are no findings: an app
 * should upload only then (the `<panopto-captions>` component does so).
 */
export interface CaptionCheckResult {
  readonly ok: boolean;
  /** `null` when the text is not recognisably a caption file. */
  readonly format: CaptionFormat | null;
  /** Number of cues parsed. */
  readonly cueCount: number;
  readonly firstCue: CaptionCuePreview | null;
  /** End of the last cue, in seconds (0 without cues). */
  readonly lastCueEnd: number;
  /** The findings, at most `maxFindings` of them, in file order. */
  readonly findings: readonly CaptionFinding[];
  /** How many findings there were in all (more than `findings.length` when capped). */
  readonly totalFindings: number;
}

/** Options of the checker; every field is optional. */
export interface CaptionCheckOptions {
  /**
   * Longest caption line, in characters. Default 42 (the common broadcast guideline for readable subtitles);
   * `Infinity` switches the rule off.
   */
  readonly maxLineLength?: number;
  /** Most findings kept in `findings` (the count goes on). Default 100. */
  readonly maxFindings?: number;
  /** Largest file accepted, in bytes. Default 16 MiB (hours of captions are well under 1 MiB). */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_CAPTION_LINE_LENGTH = 42;
export const DEFAULT_MAX_CAPTION_FINDINGS = 100;
export const DEFAULT_MAX_CAPTION_BYTES = 16 * 1024 * 1024;

/** Collects findings up to a cap, counting the rest. */
export class FindingList {
  readonly items: CaptionFinding[] = [];
  total = 0;

  constructor(private readonly cap: number) {}

  /** Texts are built only for findings that are kept: a file with 100,000 bad lines stays fast. */
  add(code: CaptionFindingCode, line: number, texts: () => readonly [message: string, fix: string]): void {
    this.total++;
    if (this.items.length >= this.cap) return;
    const [message, fix] = texts();
    this.items.push({ code, line, message, fix });
  }
}
