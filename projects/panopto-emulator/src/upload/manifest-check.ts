// Reads a UCS manifest the way Panopto's processing would need it, enforcing the schema rules that matter
// for turning files into a session: root <Session> in the UCS namespace, a non-empty <Title>, <Videos>/<Video>
// with <Start> (xs:duration), <File> and <Type> (Primary|Secondary|Audio), and every referenced file present.
// Also reads what changes the session: <Date> (its StartTime), <Cuts>/<Cut>{Start, Duration} at session and video
// level (removed from its Duration) and each <File Checksum="…"> (8 hex digits, CRC32; checked in processing.ts).
// Not a full XSD validator (the library's own test validates its manifests against the XSD with xmllint).

export const UCS_NAMESPACE = 'http://tempuri.org/UniversalCaptureSpecification/v1';

/** A stretch removed from the recording, in seconds. */
export interface ManifestCut {
  startSeconds: number;
  durationSeconds: number;
}

export interface ManifestVideo {
  file: string;
  type: 'Primary' | 'Secondary' | 'Audio';
  startSeconds: number;
  /** Cuts of this stream, on its own timeline. */
  cuts: ManifestCut[];
}

/** A `<File Checksum="…">` of the manifest: the uploaded file's CRC32 must equal it. */
export interface ManifestChecksum {
  file: string;
  /** Upper-case, 8 hex digits. */
  crc32: string;
}

export interface ParsedManifest {
  title: string;
  description: string;
  date: string | null;
  videos: ManifestVideo[];
  /** Session-level cuts, on the session's timeline. */
  cuts: ManifestCut[];
  checksums: ManifestChecksum[];
}

export class ManifestError extends Error {}

const DURATION =
  /^-?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

function decode(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** Direct children `<name>…</name>` of an element body (no nesting of the same name in UCS). */
function elements(body: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(
    `<(?:[\\w-]+:)?${name}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>|<(?:[\\w-]+:)?${name}(?:\\s[^>]*)?/>`,
    'g',
  );
  for (const m of body.matchAll(re)) out.push(m[1] ?? '');
  return out;
}

function single(body: string, name: string): string | null {
  const found = elements(body, name);
  return found.length ? decode(found[0].trim()) : null;
}

/** The `<Cuts>` directly in `body` (not those of nested elements such as <Videos>), each `<Cut>` checked. */
function cutsOf(body: string, where: string): ManifestCut[] {
  const outer = body.replace(/<(?:[\w-]+:)?Videos(?:\s[^>]*)?>[\s\S]*?<\/(?:[\w-]+:)?Videos>/g, '');
  const cuts: ManifestCut[] = [];
  for (const block of elements(outer, 'Cuts')) {
    for (const cut of elements(block, 'Cut')) {
      const start = single(cut, 'Start');
      const length = single(cut, 'Duration');
      if (start === null || length === null)
        throw new ManifestError(`A <Cut> of ${where} needs both <Start> and <Duration>.`);
      cuts.push({ startSeconds: durationSeconds(start), durationSeconds: durationSeconds(length) });
    }
  }
  return cuts;
}

const CHECKSUM = /^[0-9a-f]{8}$/i;

/** Every `<File Checksum="…">name</File>` in the document. */
function checksumsOf(body: string): ManifestChecksum[] {
  const out: ManifestChecksum[] = [];
  for (const m of body.matchAll(/<(?:[\w-]+:)?File(\s[^>]*)>([\s\S]*?)<\/(?:[\w-]+:)?File>/g)) {
    const attribute = /\sChecksum\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1]);
    if (!attribute) continue;
    const file = decode(m[2].trim());
    const value = (attribute[1] ?? attribute[2] ?? '').trim();
    if (!CHECKSUM.test(value)) {
      throw new ManifestError(`The Checksum of "${file}" is '${value}'; it must be the file's CRC32 as 8 hex digits.`);
    }
    out.push({ file, crc32: value.toUpperCase() });
  }
  return out;
}

/**
 * Length left after the cuts: `length` minus the union of the cut stretches inside [0, length]. Cuts may overlap
 * and run past either end (UCS says a cut removes that stretch; overlaps are counted once).
 */
export function durationAfterCuts(length: number, cuts: readonly ManifestCut[]): number {
  const spans = cuts
    .map((c) => [Math.max(0, c.startSeconds), Math.min(length, c.startSeconds + c.durationSeconds)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let removed = 0;
  let end = 0;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    removed += b - Math.max(a, end);
    end = b;
  }
  return Math.max(0, length - removed);
}

export function durationSeconds(value: string): number {
  const m = DURATION.exec(value.trim());
  if (!m || value.trim() === 'P' || value.trim().endsWith('T'))
    throw new ManifestError(`'${value}' is not an xs:duration such as PT0S.`);
  const [, y, mo, d, h, mi, s] = m.map((x) => (x ? Number(x) : 0));
  return (((y * 365 + mo * 30 + d) * 24 + h) * 60 + mi) * 60 + s;
}

/** Parses and checks a manifest; throws `ManifestError` with a message Panopto-style clients can show. */
export function parseManifest(xml: string, uploadedFiles: ReadonlySet<string>): ParsedManifest {
  const text = xml
    .replace(/^\uFEFF/, '')
    .replace(/<\?xml[\s\S]*?\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  const root = /^<(?:([\w-]+):)?Session(\s[^>]*)?>([\s\S]*)<\/(?:[\w-]+:)?Session>$/.exec(text);
  if (!root) throw new ManifestError('The manifest is not a UCS document: its root element must be <Session>.');
  const attributes = root[2] ?? '';
  const prefix = root[1];
  const nsAttr = prefix ? new RegExp(`xmlns:${prefix}="([^"]*)"`).exec(attributes) : /xmlns="([^"]*)"/.exec(attributes);
  if (!nsAttr || nsAttr[1] !== UCS_NAMESPACE) {
    throw new ManifestError(`The <Session> element must be in the namespace ${UCS_NAMESPACE}.`);
  }
  const body = root[3];
  const title = single(body, 'Title');
  if (!title) throw new ManifestError('The manifest has no <Title>; a session needs one.');
  const videosBlocks = elements(body, 'Videos');
  const videos: ManifestVideo[] = [];
  for (const block of videosBlocks) {
    for (const video of elements(block, 'Video')) {
      const start = single(video, 'Start');
      const file = single(video, 'File');
      const type = single(video, 'Type');
      if (start === null) throw new ManifestError('A <Video> has no <Start>.');
      if (!file) throw new ManifestError('A <Video> has no <File>.');
      if (type !== 'Primary' && type !== 'Secondary' && type !== 'Audio') {
        throw new ManifestError(`A <Video> has <Type>${type ?? ''}</Type>; it must be Primary, Secondary or Audio.`);
      }
      if (!uploadedFiles.has(file))
        throw new ManifestError(`The manifest references "${file}", which was not uploaded.`);
      videos.push({ file, type, startSeconds: durationSeconds(start), cuts: cutsOf(video, `the video "${file}"`) });
    }
  }
  if (videos.length === 0) throw new ManifestError('The manifest lists no <Videos>/<Video>; there is nothing to play.');
  const description = single(body, 'Description') ?? '';
  const date = single(body, 'Date');
  if (date !== null && Number.isNaN(Date.parse(date)))
    throw new ManifestError(`<Date>${date}</Date> is not an xs:dateTime.`);
  return { title, description, date, videos, cuts: cutsOf(body, 'the session'), checksums: checksumsOf(body) };
}

/** Content type by extension, for serving the uploaded media. */
export function mediaContentType(fileName: string): string {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    webm: 'video/webm',
    mp4: 'video/mp4',
    m4v: 'video/mp4',
    mov: 'video/quicktime',
    mkv: 'video/x-matroska',
    ogv: 'video/ogg',
    ogg: 'audio/ogg',
    mp3: 'audio/mpeg',
    m4a: 'audio/mp4',
    wav: 'audio/wav',
  };
  return types[ext] ?? 'application/octet-stream';
}
