/** A random id for views and batches: `crypto.randomUUID()` where the browser has it. Not derived from the user. */
export function randomId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  // Old browsers / plain-http test pages: 128 random bits are plenty for an analytics id.
  let out = '';
  for (let i = 0; i < 4; i++)
    out += Math.floor(Math.random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return out;
}
