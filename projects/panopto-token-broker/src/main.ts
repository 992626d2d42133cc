// `npm run broker`: the token broker on its own, for the demo app's broker mode.
//   PANOPTO_BROKER_PORT (4400), PANOPTO_SERVER_URL (http://localhost:4300 — the emulator),
//   PANOPTO_BROKER_CLIENT_ID (panopto-ng-broker), PANOPTO_BROKER_CLIENT_SECRET (emulator-secret),
//   PANOPTO_BROKER_ALLOWED_ORIGINS (comma-separated; http://localhost:4200,http://127.0.0.1:4200,
//   http://localhost:4210 — the web components' page)
import { createServer } from 'node:http';
import { createTokenBroker } from './token-broker.js';

const port = Number(process.env['PANOPTO_BROKER_PORT'] ?? 4400);
const broker = createTokenBroker({
  panoptoServerUrl: process.env['PANOPTO_SERVER_URL'] ?? 'http://localhost:4300',
  clientId: process.env['PANOPTO_BROKER_CLIENT_ID'] ?? 'panopto-ng-broker',
  clientSecret: process.env['PANOPTO_BROKER_CLIENT_SECRET'] ?? 'emulator-secret',
  allowedOrigins: (process.env['PANOPTO_BROKER_ALLOWED_ORIGINS'] ?? 'http://localhost:4200,http://127.0.0.1:4200,http://localhost:4210')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  log: (line) => process.stdout.write(`[token-broker] ${line}\n`),
});

createServer(broker).listen(port, 'localhost', () => {
  process.stdout.write(`[token-broker] listening on http://localhost:${port}\n`);
});
