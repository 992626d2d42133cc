import { PanoptoError } from 'panopto-ng/core';
import type { CaptionCheckResult, CaptionFinding } from '../checker/caption-findings';

/**
 * A caption file failed the checker, so nothing was sent. `findings` has each problem with its line and fix.
 *
 * @example
 * ```ts
 * captions.uploadSessionCaptions(id, file, 'English_USA').subscribe({
 *   error: (e) => { if (e instanceof PanoptoCaptionFileError) show(e.findings); },
 * });
 * ```
 */
export class PanoptoCaptionFileError extends PanoptoError {
  readonly findings: readonly CaptionFinding[];

  constructor(readonly fileName: string, readonly result: CaptionCheckResult) {
    const first = result.findings[0];
    super(
      `The caption file '${fileName}' was not uploaded: ${result.totalFindings} problem(s)` +
        (first ? `, the first on line ${first.line}: ${first.message} ${first.fix}` : '.'),
      { code: 'invalid-caption-file' },
    );
    this.name = 'PanoptoCaptionFileError';
    this.findings = result.findings;
  }
}
