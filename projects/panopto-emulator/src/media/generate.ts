// Generates the seed videos (WebM: VP8 + Opus, which Chromium always plays) and their thumbnails from
// ffmpeg's synthetic sources — no downloaded media. Output is cached; a later start reuses it.
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runFfmpeg } from './ffmpeg.js';

export interface VideoVariant {
  /** Shown in the picture and used for nothing else. */
  title: string;
  /** Hue rotation (degrees) applied to the test pattern, so variants look different. */
  hue: number;
  /** Tone of the audio track (Hz). */
  frequency: number;
  /** Seconds. */
  duration: number;
}

/** The handful of distinct videos reused by every seeded session (session i uses variant i % length). */
export const VIDEO_VARIANTS: readonly VideoVariant[] = [
  { title: 'Lecture A', hue: 0, frequency: 440, duration: 20 },
  { title: 'Lecture B', hue: 72, frequency: 523, duration: 24 },
  { title: 'Lecture C', hue: 144, frequency: 587, duration: 16 },
  { title: 'Lecture D', hue: 216, frequency: 659, duration: 28 },
  { title: 'Lecture E', hue: 288, frequency: 698, duration: 12 },
];

/** Bump when the recipe changes so old caches are regenerated. */
const RECIPE_VERSION = 1;

export function variantVideoPath(cacheDir: string, index: number): string {
  return join(cacheDir, `seed-${index}.webm`);
}

export function variantThumbnailPath(cacheDir: string, index: number): string {
  return join(cacheDir, `seed-${index}.png`);
}

/** Writes the videos and thumbnails that are missing from `cacheDir`. */
export async function generateSeedMedia(ffmpeg: string, cacheDir: string, log: (m: string) => void): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const stampFile = join(cacheDir, 'recipe.json');
  const stamp = JSON.stringify({ version: RECIPE_VERSION, variants: VIDEO_VARIANTS });
  const current = existsSync(stampFile) ? await readFile(stampFile, 'utf8') : '';
  const complete =
    current === stamp &&
    VIDEO_VARIANTS.every(
      (_, i) => existsSync(variantVideoPath(cacheDir, i)) && existsSync(variantThumbnailPath(cacheDir, i)),
    );
  if (complete) return;
  const started = Date.now();
  log(`Generating ${VIDEO_VARIANTS.length} seed videos with ffmpeg into ${cacheDir} (once; cached afterwards)…`);
  for (let i = 0; i < VIDEO_VARIANTS.length; i++) await generateVariant(ffmpeg, cacheDir, i, VIDEO_VARIANTS[i]);
  await writeFile(stampFile, stamp);
  log(`Seed media ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

async function generateVariant(ffmpeg: string, cacheDir: string, index: number, v: VideoVariant): Promise<void> {
  const video = variantVideoPath(cacheDir, index);
  const thumb = variantThumbnailPath(cacheDir, index);
  // Write to temporary names and rename, so a concurrent start never serves a half-written file.
  const tmpVideo = `${video}.${process.pid}.tmp.webm`;
  const tmpThumb = `${thumb}.${process.pid}.tmp.png`;
  const withText = `hue=h=${v.hue},drawtext=text='${v.title} %{pts\\:hms}':fontcolor=white:fontsize=18:x=12:y=12:box=1:boxcolor=black@0.55:boxborderw=6`;
  const plain = `hue=h=${v.hue}`;
  const encode = (filter: string): Promise<void> =>
    runFfmpeg(ffmpeg, [
      '-f',
      'lavfi',
      '-i',
      `testsrc2=size=320x180:rate=15:duration=${v.duration}`,
      '-f',
      'lavfi',
      '-i',
      `sine=frequency=${v.frequency}:duration=${v.duration}:sample_rate=48000`,
      '-vf',
      filter,
      '-c:v',
      'libvpx',
      '-b:v',
      '160k',
      '-deadline',
      'realtime',
      '-cpu-used',
      '8',
      '-g',
      '30',
      '-c:a',
      'libopus',
      '-b:a',
      '32k',
      '-shortest',
      '-f',
      'webm',
      tmpVideo,
    ]);
  try {
    await encode(withText);
  } catch {
    // drawtext needs a font; machines without one still get a distinct (colour-shifted) video.
    await encode(plain);
  }
  await runFfmpeg(ffmpeg, ['-ss', '1', '-i', tmpVideo, '-frames:v', '1', '-f', 'image2', '-c:v', 'png', tmpThumb]);
  await rename(tmpVideo, video);
  await rename(tmpThumb, thumb);
  await rm(tmpVideo, { force: true });
}
