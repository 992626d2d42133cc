// Locates the npm-shipped ffmpeg binary (@ffmpeg-installer/linux-x64, an optional dependency) and runs it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Absolute path of ffmpeg, or `null` when the optional package is not installed on this platform. */
export function findFfmpeg(): string | null {
  const configured = process.env['PANOPTO_EMULATOR_FFMPEG'];
  if (configured) return existsSync(configured) ? configured : null;
  try {
    const pkg = require.resolve(`@ffmpeg-installer/${process.platform}-${process.arch}/package.json`);
    const binary = join(dirname(pkg), process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg');
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Runs ffmpeg; resolves on exit 0, rejects with the tail of stderr otherwise. */
export function runFfmpeg(binary: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}
