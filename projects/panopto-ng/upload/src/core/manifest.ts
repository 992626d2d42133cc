/*
 * Builds the Universal Capture Specification (UCS 2.1) manifest that ends a Panopto upload. Pure TypeScript with
 * no Angular or DOM imports, so a Node test can validate its output against `universal-capture-2.1.xsd`.
 */

/** Where a video sits in the Panopto viewer (UCS `Video/Type`). */
export type UcsVideoType = 'Primary' | 'Secondary' | 'Audio';

/** One media file of the session, as named in the upload folder. */
export interface UcsMediaFile {
  /** The object name in the upload target; must match the uploaded file's name exactly. */
  fileName: string;
  /** Default: `Audio` for `audio/*` content types, else `Primary` for the first video and `Secondary` after. */
  type?: UcsVideoType;
  /** Optional content type, only used to pick the default `type`. */
  contentType?: string;
  /** Offset of this stream on the session timeline in seconds. Default 0. */
  startSeconds?: number;
}

/** What the user tells us about the session. */
export interface UcsManifestInput {
  title: string;
  description?: string;
  /** Recording date; written as UTC ISO-8601. */
  date?: Date;
  files: UcsMediaFile[];
  tags?: string[];
}

const UCS_NAMESPACE = 'http://tempuri.org/UniversalCaptureSpecification/v1';

/** Escapes text for XML element content and attribute values; drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** `xs:duration` for a number of seconds, e.g. 0 → `PT0S`, 12.5 → `PT12.5S`. */
export function toXsDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new RangeError(`A start time must be ≥ 0 seconds, got ${seconds}.`);
  return `PT${Number(seconds.toFixed(3))}S`;
}

/** The default manifest file name; Panopto accepts any name for it. */
export const DEFAULT_MANIFEST_NAME = 'panopto-ng-manifest.xml';

/**
 * Returns the UCS 2.1 XML for a session: `Title`, optional `Description` and `Date`, and one `Videos/Video`
 * (`Start`, `File`, `Type`, in the order the schema's sequence requires) per media file.
 *
 * @example
 * ```ts
 * const xml = buildUcsManifest({ title: 'Week 1', files: [{ fileName: 'lecture.mp4' }] });
 * ```
 */
export function buildUcsManifest(input: UcsManifestInput): string {
  const title = input.title.trim();
  if (!title) throw new Error('A session needs a title for its manifest.');
  if (input.files.length === 0) throw new Error('A session manifest needs at least one media file.');
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', `<Session xmlns="${UCS_NAMESPACE}">`];
  lines.push(`  <Title>${escapeXml(title)}</Title>`);
  if (input.description?.trim()) lines.push(`  <Description>${escapeXml(input.description.trim())}</Description>`);
  if (input.date) {
    if (Number.isNaN(input.date.getTime())) throw new Error('The session date is not a valid date.');
    lines.push(`  <Date>${input.date.toISOString()}</Date>`);
  }
  lines.push('  <Videos>');
  let videosSoFar = 0;
  for (const file of input.files) {
    if (!file.fileName || /[/\\]/.test(file.fileName)) {
      throw new Error(`"${file.fileName}" is not a plain file name; manifests reference files in the same folder.`);
    }
    const type =
      file.type ?? (file.contentType?.startsWith('audio/') ? 'Audio' : videosSoFar === 0 ? 'Primary' : 'Secondary');
    if (type !== 'Audio') videosSoFar++;
    lines.push(
      '    <Video>',
      `      <Start>${toXsDuration(file.startSeconds ?? 0)}</Start>`,
      `      <File>${escapeXml(file.fileName)}</File>`,
      `      <Type>${type}</Type>`,
      '    </Video>',
    );
  }
  lines.push('  </Videos>');
  const tags = (input.tags ?? []).map((t) => t.trim()).filter(Boolean);
  if (tags.length) {
    lines.push('  <Tags>', ...tags.map((t) => `    <Tag>${escapeXml(t)}</Tag>`), '  </Tags>');
  }
  lines.push('</Session>', '');
  return lines.join('\n');
}
