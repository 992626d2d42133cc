// Streams request bodies to disk while hashing them, and assembles multipart uploads, so a 5 GB upload never
// sits in memory and completing it does not copy the bytes a second time.
//
// Why parts are written "in place": joining parts into the object at CompleteMultipartUpload used to copy every
// byte again (a 1 GB object took seconds). Clients send equal-sized parts (all but the last), so once the size of
// a full part (the stride) is known, part N belongs at offset (N − 1) × stride of the object. Such parts are
// streamed straight there, into one assembly file per multipart upload; completing then only copies the parts
// that were not where the final object needs them (none, for a normal upload) and renames the file.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

export interface WrittenFile {
  size: number;
  md5Hex: string;
}

/** How a body is written: to its own file (via a temporary name) or at an offset of an existing file. */
export interface BodyTarget {
  path: string;
  /** Write at this offset of `path` (which must exist) instead of replacing it. */
  offset?: number;
}

export interface StreamBodyOptions {
  /** Sees every chunk's length (metrics). */
  onBytes: (n: number) => void;
  maxBytes: number;
  /** Reads the body no faster than this (the emulator's shaped-link fault); undefined = as fast as it comes. */
  bytesPerSecond?: number;
}

/**
 * Writes the request body to `target` and returns its size and MD5. A body written to its own file goes via a
 * temporary name renamed on success, so a client that disconnects leaves no file behind; one written at an
 * offset leaves bytes that no stored part refers to.
 */
export async function streamBodyToFile(
  req: IncomingMessage,
  target: BodyTarget,
  options: StreamBodyOptions,
): Promise<WrittenFile> {
  await mkdir(dirname(target.path), { recursive: true });
  const inPlace = target.offset !== undefined;
  const temp = inPlace ? target.path : `${target.path}.${process.pid}.${Date.now()}.partial`;
  const md5 = createHash('md5');
  let size = 0;
  const started = Date.now();
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > options.maxBytes) {
        callback(new BodyTooLargeError(options.maxBytes));
        return;
      }
      md5.update(chunk);
      options.onBytes(chunk.length);
      // Shaping: hold the chunk until the link would have delivered it; back-pressure slows the sender's socket.
      const due = options.bytesPerSecond ? started + (size / options.bytesPerSecond) * 1000 - Date.now() : 0;
      if (due > 1) setTimeout(() => callback(null, chunk), due);
      else callback(null, chunk);
    },
  });
  const out = inPlace ? createWriteStream(temp, { flags: 'r+', start: target.offset }) : createWriteStream(temp);
  try {
    await pipeline(req, meter, out);
    if (req.readableAborted || !req.complete) throw new Error('The client disconnected before the body was complete.');
    if (!inPlace) await rename(temp, target.path);
  } catch (error) {
    if (!inPlace) await rm(temp, { force: true });
    throw error;
  }
  return { size, md5Hex: md5.digest('hex') };
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The body is larger than ${limit} bytes.`);
  }
}

/** A stored part as the assembly sees it: where its bytes are. */
export interface AssemblyPart {
  partNumber: number;
  size: number;
  path: string;
  /** Offset of the part's bytes in `path` (0 for a part in its own file). */
  offset: number;
}

/**
 * The assembly file of one multipart upload. `claim` decides where an arriving part is written; `assemble` turns
 * the chosen parts into the object.
 */
export class PartAssembly {
  /** Size of a full part, learnt from the first part of at least `minStride` bytes. */
  private stride: number | null = null;
  /** Part numbers being written in place right now (a second upload of the same number goes to its own file). */
  private readonly writing = new Set<number>();
  private readonly idleWaiters: Array<() => void> = [];

  private constructor(readonly path: string, private readonly minStride: number) {}

  /** Creates the (empty) assembly file. */
  static async create(path: string, minStride: number): Promise<PartAssembly> {
    await mkdir(dirname(path), { recursive: true });
    await (await open(path, 'w')).close();
    return new PartAssembly(path, minStride);
  }

  /**
   * Where part `partNumber` of `declaredLength` bytes (its Content-Length; null when unknown) should be written:
   * an offset in the assembly file, or null for its own file. `occupied` says whether a stored part with this
   * number already lives in the assembly file (its bytes must survive a failed re-upload).
   */
  claim(partNumber: number, declaredLength: number | null, occupied: boolean): number | null {
    if (declaredLength === null || occupied || this.writing.has(partNumber)) return null;
    if (this.stride === null && declaredLength >= this.minStride) this.stride = declaredLength;
    if (this.stride === null || declaredLength > this.stride) return null;
    this.writing.add(partNumber);
    return (partNumber - 1) * this.stride;
  }

  /** The in-place write of `partNumber` ended (stored or failed). */
  release(partNumber: number): void {
    this.writing.delete(partNumber);
    if (this.writing.size === 0) this.idleWaiters.splice(0).forEach((wake) => wake());
  }

  /**
   * Makes the object from `parts` (ascending part numbers) and renames it to `target`. Parts already at their
   * final offset cost nothing; the others are copied there (in ascending order, so a copy never overwrites
   * bytes still to be read: a part's final offset is never past where it was written). Returns the object's
   * size and how many bytes had to be copied.
   */
  async assemble(parts: AssemblyPart[], target: string): Promise<{ size: number; copiedBytes: number }> {
    // A part still streaming in place (one the client did not choose) must not write into the finished object.
    while (this.writing.size) await new Promise<void>((wake) => this.idleWaiters.push(wake));
    const file = await open(this.path, 'r+');
    let offset = 0;
    let copiedBytes = 0;
    try {
      for (const part of parts) {
        if (part.path !== this.path || part.offset !== offset) {
          await copyRange(part, file, offset, part.path === this.path ? file : null);
          copiedBytes += part.size;
        }
        offset += part.size;
      }
      await file.truncate(offset);
    } finally {
      await file.close();
    }
    await mkdir(dirname(target), { recursive: true });
    await rename(this.path, target);
    return { size: offset, copiedBytes };
  }
}

/** Copies `part`'s bytes to `offset` of `out`; `same` is `out` when the part lives in that very file. */
async function copyRange(part: AssemblyPart, out: FileHandle, offset: number, same: FileHandle | null): Promise<void> {
  const source = same ?? (await open(part.path, 'r'));
  const buffer = Buffer.allocUnsafe(Math.min(part.size, 4 * 1024 * 1024) || 1);
  try {
    for (let done = 0; done < part.size; ) {
      const { bytesRead } = await source.read(buffer, 0, Math.min(buffer.length, part.size - done), part.offset + done);
      if (bytesRead === 0) throw new Error(`Part ${part.partNumber} is shorter on disk than its ${part.size} bytes.`);
      await out.write(buffer, 0, bytesRead, offset + done);
      done += bytesRead;
    }
  } finally {
    if (!same) await source.close();
  }
}

/** SHA-256 of a file, streamed (the debug endpoint that lets tests prove byte-identical storage). */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) hash.update(chunk);
  });
  return hash.digest('hex');
}
