// Serves the built demo app (dist/demo-app) on http://localhost:4200 with the single-page-app fallback, for
// the end-to-end suite. `npm start` uses `ng serve` instead; this avoids a dev server's rebuild cost in CI.
// `DEMO_DIR` serves another built app the same way (the fresh-repo test's app, outside the workspace).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = process.env.DEMO_DIR
  ? join(resolve(process.env.DEMO_DIR), '/')
  : new URL('../dist/demo-app/', import.meta.url).pathname;
const port = Number(process.env.DEMO_PORT || 4200);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.map': 'application/json',
};

async function fileFor(urlPath) {
  const candidate = normalize(join(root, decodeURIComponent(urlPath)));
  if (!candidate.startsWith(root)) return null;
  try {
    if ((await stat(candidate)).isFile()) return candidate;
  } catch {
    /* fall through to index.html */
  }
  return null;
}

createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = (await fileFor(path)) ?? join(root, 'index.html');
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, 'localhost', () => console.log(`demo app on http://localhost:${port}`));
