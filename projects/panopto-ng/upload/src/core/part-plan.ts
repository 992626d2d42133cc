/*
 * How a file is cut into S3 multipart parts, within the limits of `panopto-ng/upload/options` (5 to 25 MiB per
 * part, at most 10,000 parts). Computed per file: there is no shared, global chunk state.
 */

import { MAX_PARTS, MAX_PART_SIZE, MIB, MIN_PART_SIZE } from 'panopto-ng/upload/options';

// The limits live with the options (their defaults are made of them); re-exported here, where they are used.
export { MIB, MIN_PART_SIZE, MAX_PART_SIZE, MAX_PARTS, MAX_FILE_SIZE } from 'panopto-ng/upload/options';

/**
 * The part size for a file: `preferred` (clamped to 5–25 MiB) unless the file needs bigger parts to stay
 * within 10,000 parts.
 */
export function choosePartSize(fileSize: number, preferred = 16 * MIB): number {
  const clamped = Math.min(MAX_PART_SIZE, Math.max(MIN_PART_SIZE, Math.floor(preferred)));
  const needed = Math.ceil(fileSize / MAX_PARTS);
  if (needed > MAX_PART_SIZE) {
    throw new RangeError(`A file of ${fileSize} bytes needs more than ${MAX_PARTS} parts of ${MAX_PART_SIZE} bytes.`);
  }
  return Math.max(clamped, needed);
}

/** Number of parts (at least one, so an object always has content to complete). */
export function partCount(fileSize: number, partSize: number): number {
  return Math.max(1, Math.ceil(fileSize / partSize));
}

/** Byte range `[start, end)` of part `partNumber` (1-based). */
export function partRange(fileSize: number, partSize: number, partNumber: number): { start: number; end: number } {
  const start = (partNumber - 1) * partSize;
  return { start, end: Math.min(fileSize, start + partSize) };
}

/**
 * The next part size to try after the network refused a part as too large (HTTP 413, typically a proxy's body
 * limit): half the largest part actually sent, but never under S3's 5 MiB minimum nor so small that the file
 * needs more than 10,000 parts. `null` when no smaller plan exists, so the upload must fail.
 */
export function smallerPartSize(fileSize: number, partSize: number): number | null {
  const largestSent = Math.min(partSize, fileSize);
  const next = Math.max(MIN_PART_SIZE, Math.ceil(fileSize / MAX_PARTS), Math.floor(largestSent / 2));
  return next < largestSent ? next : null;
}
