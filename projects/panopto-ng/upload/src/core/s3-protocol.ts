/*
 * The S3 multipart requests Panopto's upload target understands, as plain request descriptions (no I/O here).
 * Panopto ignores credentials and signatures, so requests are unsigned; path-style: the target
 * `https://{host}/Panopto/Upload/{guid}` is bucket `Upload` + prefix `{guid}` under endpoint `/Panopto`.
 */
import { TransportRequest } from './transport';

/** URL of one object (file) under the upload target. */
export function objectUrl(uploadTarget: string, fileName: string): string {
  return `${uploadTarget.replace(/\/+$/, '')}/${encodeURIComponent(fileName)}`;
}

export function createMultipartRequest(url: string, contentType: string): TransportRequest {
  // An empty body keeps Content-Length: 0, which Panopto's server requires on initiate.
  return {
    method: 'POST',
    url: `${url}?uploads`,
    headers: { 'Content-Type': contentType || 'application/octet-stream' },
    body: '',
  };
}

export function uploadPartRequest(url: string, uploadId: string, partNumber: number, body: Blob): TransportRequest {
  return { method: 'PUT', url: `${url}?partNumber=${partNumber}&uploadId=${encodeURIComponent(uploadId)}`, body };
}

export function listPartsRequest(url: string, uploadId: string): TransportRequest {
  return { method: 'GET', url: `${url}?uploadId=${encodeURIComponent(uploadId)}` };
}

export function completeMultipartRequest(
  url: string,
  uploadId: string,
  parts: ReadonlyArray<[number, string]>,
): TransportRequest {
  const sorted = [...parts].sort((a, b) => a[0] - b[0]);
  const body =
    '<CompleteMultipartUpload>' +
    sorted.map(([n, etag]) => `<Part><PartNumber>${n}</PartNumber><ETag>${escapeText(etag)}</ETag></Part>`).join('') +
    '</CompleteMultipartUpload>';
  return {
    method: 'POST',
    url: `${url}?uploadId=${encodeURIComponent(uploadId)}`,
    headers: { 'Content-Type': 'application/xml' },
    body,
  };
}

export function abortMultipartRequest(url: string, uploadId: string): TransportRequest {
  return { method: 'DELETE', url: `${url}?uploadId=${encodeURIComponent(uploadId)}` };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeText(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** First `<Tag>text</Tag>` in an S3 XML answer (S3 bodies are flat enough for this; no DOM needed). */
export function xmlValue(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return match ? unescapeText(match[1].trim()) : null;
}

/** `[partNumber, ETag]` pairs of a ListParts answer. */
export function parseListParts(xml: string): Array<[number, string]> {
  const parts: Array<[number, string]> = [];
  for (const match of xml.matchAll(/<Part>([\s\S]*?)<\/Part>/g)) {
    const n = Number(xmlValue(match[1], 'PartNumber'));
    const etag = xmlValue(match[1], 'ETag');
    if (Number.isInteger(n) && n > 0 && etag) parts.push([n, etag]);
  }
  return parts;
}

/** S3 can answer 200 with an `<Error>` body (CompleteMultipartUpload does); returns its code and message. */
export function s3Error(xml: string): { code: string; message: string } | null {
  if (!/<Error>/.test(xml)) return null;
  return { code: xmlValue(xml, 'Code') ?? 'Unknown', message: xmlValue(xml, 'Message') ?? '' };
}
