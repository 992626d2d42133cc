import { createHash } from 'node:crypto';

/** A stable GUID for a seed key (name-based, UUID v5 layout), so every machine gets the same ids. */
export function seedGuid(key: string): string {
  const hex = createHash('sha1').update(`panopto-emulator:${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(
    20,
    32,
  )}`;
}
