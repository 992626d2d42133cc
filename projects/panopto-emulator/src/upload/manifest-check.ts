// Reads a UCS manifest the way Panopto's processing would need it, enforcing the schema rules that matter
// for turning files into a session: root <Session> in the UCS namespace, a non-empty <Title>, <Videos>/<Video>
// with <Start> (xs:duration), <File> and <Type> (Primary|Secondary|Audio), and every referenced file present.
// Not a full XSD validator (the library's own test validates its manifests against the XSD with xmllint).

export const UCS_NAMESPACE = 'http://tempuri.org/UniversalCaptureSpecification/v1';

export interface ManifestVideo {
  file: string;
  type: 'Primary' | 'Secondary' | 'Audio';
  startSeconds: number;
}

export interface ParsedManifest {
  title: string;
  description: string;
  date: string | null;
  videos: ManifestVideo[];
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
      videos.push({ file, type, startSeconds: durationSeconds(start) });
    }
  }
  if (videos.length === 0) throw new ManifestError('The manifest lists no <Videos>/<Video>; there is nothing to play.');
  const description = single(body, 'Description') ?? '';
  const date = single(body, 'Date');
  if (date !== null && Number.isNaN(Date.parse(date)))
    throw new ManifestError(`<Date>${date}</Date> is not an xs:dateTime.`);
  return { title, description, date, videos };
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
