// Bytes to text for the checker: caption files must be UTF-8 (Panopto reads them so, and WebVTT requires it).
// A UTF-16 file or one in a legacy code page is reported with the line of its first bad byte, never guessed at.

/** The decoded text, or the line of the first byte that is not UTF-8 and why. */
export type DecodeResult =
  | { readonly text: string }
  | { readonly line: number; readonly problem: string; readonly fix: string; readonly binary: boolean };

const SAVE_AS_UTF8 = 'Save the file as UTF-8 (in most editors: Save As… → Encoding: UTF-8) and choose it again.';

export function decodeCaptionBytes(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { line: 1, problem: 'The file is UTF-16 encoded.', fix: SAVE_AS_UTF8, binary: false };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = start ? bytes.subarray(start) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    return {
      line: lineOf(body, at),
      problem: `Byte ${at + start + 1} (0x${
        body[at]?.toString(16).padStart(2, '0') ?? '??'
      }) is not UTF-8; the file is in another encoding (often Windows-1252 or Latin-1).`,
      fix: SAVE_AS_UTF8,
      binary: false,
    };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return {
      line: lineOf(text, nul),
      problem: 'The file contains NUL bytes: it is binary (a video, a document or an archive), not a caption file.',
      fix: 'Choose the .srt or .vtt file itself.',
      binary: true,
    };
  }
  return { text };
}

/** Index of the first byte that breaks UTF-8 (the decoder said there is one). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const need =
      c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}

function lineOf(b: Uint8Array | string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if ((typeof b === 'string' ? b.charCodeAt(i) : b[i]) === 10) line++;
  return line;
}
