#!/usr/bin/env node
// The standalone broker: `npx panopto-ng-token-broker --config broker.json` (a deployment; see config-file.ts),
// or without --config from the environment (`npm run broker` for the demo app; see cli-config.ts). Without
// PANOPTO_BROKER_CLIENT_SECRET it starts only when everything is loopback. `GET /healthz` answers 200 for load
// balancers and process managers.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { brokerCliFromEnv, type BrokerCli } from './cli-config.js';
import { readBrokerConfig } from './config-file.js';
import { createTokenBroker, type TokenBrokerHandler } from './token-broker.js';

const USAGE = `Usage: panopto-ng-token-broker [--config broker.json]

  --config FILE  JSON settings: panoptoServerUrl, clientId, allowedOrigins, port, host, basePath, …
                 (the client secret is read from PANOPTO_BROKER_CLIENT_SECRET, never from the file)
  Without --config: PANOPTO_SERVER_URL, PANOPTO_BROKER_CLIENT_ID, PANOPTO_BROKER_ALLOWED_ORIGINS,
                 PANOPTO_BROKER_PORT, PANOPTO_BROKER_HOST, PANOPTO_BROKER_CLIENT_SECRET.
`;

function settingsFromArgs(args: string[]): BrokerCli {
  if (args.length === 0) return brokerCliFromEnv(process.env);
  if (args[0] === '--config' && args[1] && args.length === 2) return readBrokerConfig(resolve(args[1]), process.env);
  const config = /^--config=(.+)$/.exec(args[0] ?? '');
  if (config && args.length === 1) return readBrokerConfig(resolve(config[1]), process.env);
  throw new Error(`unknown arguments: ${args.join(' ')}\n\n${USAGE}`);
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
let cli: BrokerCli;
let broker: TokenBrokerHandler;
try {
  cli = settingsFromArgs(process.argv.slice(2));
  broker = createTokenBroker({ ...cli.options, log: (line) => process.stdout.write(`[token-broker] ${line}\n`) });
} catch (e) {
  process.stderr.write(`[token-broker] not started: ${(e as Error).message}\n`);
  process.exit(1);
}
const { port, host } = cli;
const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end('{"status":"ok"}');
    return;
  }
  broker(req, res);
});
server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`[token-broker] listening on http://${host}:${actual}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
