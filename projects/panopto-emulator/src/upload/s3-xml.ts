// S3's XML answers and errors, and parsing of the CompleteMultipartUpload body. S3 bodies are flat, so a few
// regular expressions do; the AWS SDKs and browsers only need these shapes.
import type { ServerResponse } from 'node:http';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#34;/g, '"')
    .replace(/&amp;/g, '&');
}

export function sendXml(res: ServerResponse, status: number, xml: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
  res.writeHead(status, {
    'Content-Type': 'application/xml',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}

/** An S3-style error (`<Error><Code/><Message/>…</Error>`), thrown by handlers and rendered by the S3 routes. */
export class S3Error extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export function sendS3Error(res: ServerResponse, error: S3Error, resource: string): void {
  sendXml(
    res,
    error.status,
    `<Error><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message><Resource>${escapeXml(
      resource,
    )}</Resource><RequestId>emulator</RequestId></Error>`,
  );
}

export interface RequestedPart {
  partNumber: number;
  etag: string;
}

/** Parts listed in a CompleteMultipartUpload body, in document order. Throws `MalformedXML` on bad input. */
export function parseCompleteBody(xml: string): RequestedPart[] {
  if (!/<CompleteMultipartUpload[\s>]/.test(xml)) {
    throw new S3Error(400, 'MalformedXML', 'The body must be a <CompleteMultipartUpload> document listing the parts.');
  }
  const parts: RequestedPart[] = [];
  for (const match of xml.matchAll(/<Part>([\s\S]*?)<\/Part>/g)) {
    const n = /<PartNumber>\s*(\d+)\s*<\/PartNumber>/.exec(match[1]);
    const e = /<ETag>([\s\S]*?)<\/ETag>/.exec(match[1]);
    if (!n || !e) throw new S3Error(400, 'MalformedXML', 'Every <Part> needs a <PartNumber> and an <ETag>.');
    parts.push({ partNumber: Number(n[1]), etag: unescapeXml(e[1].trim()) });
  }
  if (parts.length === 0) throw new S3Error(400, 'MalformedXML', 'The <CompleteMultipartUpload> lists no parts.');
  return parts;
}

/** ETags compare without their quotes (clients send either form). */
export function sameEtag(a: string, b: string): boolean {
  const strip = (s: string) => s.trim().replace(/^"|"$/g, '').toLowerCase();
  return strip(a) === strip(b);
}
