// Where a session's video and thumbnail live, and the URLs they are served at.
//   video:     GET /Panopto/Podcast/Stream/{sessionId}.webm   (Range requests for seeking)
//   thumbnail: GET /Panopto/PublicAPI/SessionPreviewImage?id={sessionId}   (Panopto's own path)
import { isAbsolute, join } from 'node:path';
import type { SessionRecord } from '../store/types.js';
import { findFfmpeg } from './ffmpeg.js';
import { generateSeedMedia, VIDEO_VARIANTS, variantThumbnailPath, variantVideoPath } from './generate.js';

export interface MediaFile {
  path: string;
  contentType: string;
}

export class MediaUnavailableError extends Error {}

export class MediaLibrary {
  private ready: Promise<void> | undefined;
  private failure: Error | undefined;

  private readonly base: () => string;

  constructor(
    /** The public origin, or a function giving it (the emulator's follows the request's scheme and host). */
    baseUrl: string | (() => string),
    /** Cache of generated seed media. */
    readonly cacheDir: string,
    /** Base for relative upload paths (the data dir or the temporary files dir). */
    private readonly filesDir: string,
    private readonly log: (m: string) => void,
  ) {
    this.base = typeof baseUrl === 'string' ? () => baseUrl : baseUrl;
  }

  get baseUrl(): string {
    return this.base();
  }

  /** Starts generating missing seed media in the background; media routes wait for it. */
  prepare(): Promise<void> {
    if (!this.ready) {
      const ffmpeg = findFfmpeg();
      this.ready = ffmpeg
        ? generateSeedMedia(ffmpeg, this.cacheDir, this.log)
        : Promise.reject(
            new MediaUnavailableError(
              'ffmpeg is not available, so the seed videos cannot be generated. Install the optional dependency ' +
                '@ffmpeg-installer/linux-x64 (npm install) or set PANOPTO_EMULATOR_FFMPEG to an ffmpeg binary.',
            ),
          );
      this.ready.catch((err: Error) => {
        this.failure = err;
        this.log(`Media unavailable: ${err.message}`);
      });
    }
    return this.ready;
  }

  /** Resolves when seed media exists; rejects with the reason when it cannot. */
  async whenReady(): Promise<void> {
    await this.prepare();
  }

  get unavailableReason(): string | undefined {
    return this.failure?.message;
  }

  get variantCount(): number {
    return VIDEO_VARIANTS.length;
  }

  /** Duration (s) of a generated variant, for seeding `Session.Duration`. */
  variantDuration(index: number): number {
    return VIDEO_VARIANTS[index % VIDEO_VARIANTS.length].duration;
  }

  streamUrl(sessionId: string): string {
    return `${this.baseUrl}/Panopto/Podcast/Stream/${sessionId}.webm`;
  }

  /** The stream URL with the extension of what it serves (`.mp4` for an uploaded MP4), or '' without media. */
  downloadUrl(session: SessionRecord): string {
    const file = this.videoFile(session);
    if (!file) return '';
    const subtype = file.contentType.split(';')[0].split('/')[1] ?? '';
    const extension =
      { mp4: 'mp4', webm: 'webm', quicktime: 'mov', 'x-matroska': 'mkv', mpeg: 'mpg' }[subtype] ?? 'mp4';
    return `${this.baseUrl}/Panopto/Podcast/Stream/${session.Id}.${extension}`;
  }

  thumbnailUrl(sessionId: string): string {
    return `${this.baseUrl}/Panopto/PublicAPI/SessionPreviewImage?id=${sessionId}`;
  }

  /** The playable file of a session, or `null` when it has none yet. */
  videoFile(session: SessionRecord): MediaFile | null {
    const media = session.Media;
    if (media.kind === 'generated') {
      return {
        path: variantVideoPath(this.cacheDir, media.variant % VIDEO_VARIANTS.length),
        contentType: 'video/webm',
      };
    }
    if (media.kind === 'file') return { path: this.absolute(media.path), contentType: media.contentType };
    return null;
  }

  thumbnailFile(session: SessionRecord): MediaFile | null {
    const media = session.Media;
    if (media.kind === 'generated') {
      return {
        path: variantThumbnailPath(this.cacheDir, media.variant % VIDEO_VARIANTS.length),
        contentType: 'image/png',
      };
    }
    if (media.kind === 'file' && media.thumbnailPath) {
      const path = this.absolute(media.thumbnailPath);
      return { path, contentType: path.endsWith('.jpg') || path.endsWith('.jpeg') ? 'image/jpeg' : 'image/png' };
    }
    return null;
  }

  private absolute(path: string): string {
    return isAbsolute(path) ? path : join(this.filesDir, path);
  }
}
