/*
 * The size limits of a Panopto upload. Panopto's samples say parts must be 5 to 25 MiB ("Panopto server may fail
 * if the size is more than 25MB"), and S3 allows at most 10,000 parts, so one file can be at most
 * 25 MiB × 10,000 ≈ 244 GiB. They live with the options because the defaults are made of them.
 */

export const MIB = 1024 * 1024;
/** S3's minimum size for every part but the last. */
export const MIN_PART_SIZE = 5 * MIB;
/** The largest part Panopto's samples say its server accepts. */
export const MAX_PART_SIZE = 25 * MIB;
/** S3's limit on parts per multipart upload. */
export const MAX_PARTS = 10_000;
/** Largest file a 25 MiB × 10,000 part plan can carry. */
export const MAX_FILE_SIZE = MAX_PART_SIZE * MAX_PARTS;
