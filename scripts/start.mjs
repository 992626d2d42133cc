// `npm start`: the local Panopto emulator (http://localhost:4300) and the demo app (http://localhost:4200)
// together, stopped together on Ctrl+C; also the web components' plain-HTML page (http://localhost:4210), once
// their bundle is built (`npm run build:elements`, skipped while up to date).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startProcess, stopProcess } from './lib/processes.mjs';

const root = new URL('..', import.meta.url).pathname;
const children = [];
if (existsSync(join(root, 'projects/panopto-emulator/src/main.ts'))) {
  children.push(startProcess('emulator', 'npx', ['tsx', join(root, 'projects/panopto-emulator/src/main.ts')]));
}
if (existsSync(join(root, 'projects/panopto-token-broker/src/main.ts'))) {
  children.push(startProcess('broker', 'npx', ['tsx', join(root, 'projects/panopto-token-broker/src/main.ts')]));
}
children.push(startProcess('demo', 'npx', ['ng', 'serve', 'demo-app', '--port=4200']));
children.push(
  startProcess('elements', 'sh', [
    '-c',
    `node "${join(root, 'scripts/build-elements.mjs')}" --script-only --if-stale && node "${join(
      root,
      'scripts/serve-elements.mjs',
    )}"`,
  ]),
);

let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  await Promise.all(children.map(stopProcess));
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
for (const child of children) child.on('exit', (code) => stopAll(code ?? 1));
