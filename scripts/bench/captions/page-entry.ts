// Runs in Chromium for `npm run bench:captions`: builds a 10 MiB caption file in the page, then times the checker
// against the least any checker must do with the same bytes (decode them as UTF-8 and split them into lines).
import { checkCaptionBytes } from '../../../projects/panopto-ng/captions/src/checker/index';

function stamp(seconds: number, separator: string): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  const s = seconds % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}${separator}250`;
}

/** A valid file of `bytes` bytes: numbered SRT cues, or WebVTT with identifiers and settings. */
function makeFile(bytes: number, format: 'srt' | 'vtt'): Uint8Array {
  const parts: string[] = format === 'vtt' ? ['WEBVTT\n\n'] : [];
  let size = parts.join('').length;
  for (let i = 0; size < bytes; i++) {
    const sep = format === 'srt' ? ',' : '.';
    const cue =
      `${i + 1}\n${stamp(i * 2, sep)} --> ${stamp(i * 2 + 1, sep)}${format === 'vtt' ? ' align:center' : ''}\n` +
      `Caption ${i}: the lecturer explains\n<i>the next idea</i> on the slide\n\n`;
    parts.push(cue);
    size += cue.length;
  }
  return new TextEncoder().encode(parts.join(''));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

(window as unknown as { runBench: (mib: number, rounds: number) => unknown }).runBench = (mib, rounds) => {
  const out: Record<string, unknown> = {};
  for (const format of ['srt', 'vtt'] as const) {
    const file = makeFile(mib * 1024 * 1024, format);
    const checker: number[] = [];
    const baseline: number[] = [];
    let cues = 0;
    let ok = false;
    for (let r = 0; r < rounds; r++) {
      let t0 = performance.now();
      const text = new TextDecoder('utf-8', { fatal: true }).decode(file);
      const lines = text.split('\n').length;
      baseline.push(performance.now() - t0);
      t0 = performance.now();
      const result = checkCaptionBytes(file);
      checker.push(performance.now() - t0);
      cues = result.cueCount;
      ok = result.ok && lines > 0;
      if (!ok) out[`${format}Findings`] = result.findings.slice(0, 3);
    }
    out[format] = { bytes: file.length, cues, ok, checkerMs: median(checker), baselineMs: median(baseline) };
  }
  return out;
};
