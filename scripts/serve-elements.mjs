// Serves the web components' plain-HTML page (projects/panopto-elements/demo) and the built bundles
// (dist/panopto-elements) on http://localhost:4210 (`ELEMENTS_PORT`): no Angular app, only static files.
// `demo-config.js` tells the page where the emulator and the broker are (`PANOPTO_EMULATOR_URL`,
// `PANOPTO_BROKER_URL`), so the same page works under `npm start` and in the e2e suite. `/vendor/zone.js` is
// zone.js itself, for the page that checks the bundle on a page already running zone.js.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.ELEMENTS_PORT || 4210);
const folders = [join(root, 'projects/panopto-elements/demo'), join(root, 'dist/panopto-elements')];
const config = {
  serverUrl: (process.env.PANOPTO_EMULATOR_URL || 'http://localhost:4300').replace(/\/$/, ''),
  brokerUrl: (process.env.PANOPTO_BROKER_URL || 'http://localhost:4400').replace(/\/$/, ''),
};
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

async function fileFor(urlPath) {
  if (urlPath === '/vendor/zone.js') return require.resolve('zone.js/bundles/zone.umd.min.js');
  const relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath.slice(1));
  for (const folder of folders) {
    const candidate = normalize(join(folder, relative));
    if (!candidate.startsWith(folder + '/')) continue;
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      /* next folder */
    }
  }
  return null;
}

createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/demo-config.js') {
    res.writeHead(200, { 'content-type': types['.js'], 'cache-control': 'no-store' });
    return res.end(`window.PANOPTO_ELEMENTS_DEMO = ${JSON.stringify(config)};\n`);
  }
  const file = await fileFor(path);
  if (!file) return res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  res.end(body);
}).listen(port, 'localhost', () => console.log(`web components page on http://localhost:${port}`));
