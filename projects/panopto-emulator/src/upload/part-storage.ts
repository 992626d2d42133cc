// Streams request bodies to disk while hashing them, and joins parts into the final object, so a 5 GB
// upload never sits in memory.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

export interface WrittenFile {
  size: number;
  md5Hex: string;
}

/**
 * Writes the request body to `path` (via a temporary name, renamed on success) and returns its size and MD5.
 * `onBytes` sees every chunk's length (metrics). A client that disconnects leaves no file behind.
 */
export async function streamBodyToFile(
  req: IncomingMessage,
  path: string,
  onBytes: (n: number) => void,
  maxBytes: number,
): Promise<WrittenFile> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.partial`;
  const md5 = createHash('md5');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) {
        callback(new BodyTooLargeError(maxBytes));
        return;
      }
      md5.update(chunk);
      onBytes(chunk.length);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(req, meter, createWriteStream(temp));
    if (req.readableAborted || !req.complete) throw new Error('The client disconnected before the body was complete.');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { size, md5Hex: md5.digest('hex') };
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The body is larger than ${limit} bytes.`);
  }
}

/** Concatenates `sources` into `target` (streamed, one after another, honouring back-pressure). */
export async function concatenateFiles(sources: string[], target: string): Promise<number> {
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${Date.now()}.joining`;
  const out = createWriteStream(temp);
  let size = 0;
  try {
    for (const source of sources) {
      for await (const chunk of createReadStream(source, { highWaterMark: 1024 * 1024 })) {
        size += (chunk as Buffer).length;
        if (!out.write(chunk)) await once(out, 'drain');
      }
    }
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    await rename(temp, target);
  } catch (error) {
    out.destroy();
    await rm(temp, { force: true });
    throw error;
  }
  return size;
}

/** SHA-256 of a file, streamed (the debug endpoint that lets tests prove byte-identical storage). */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) hash.update(chunk);
  });
  return hash.digest('hex');
}
