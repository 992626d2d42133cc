#!/usr/bin/env node
// `npm run emulator` / `panopto-ng-emulator`: a local Panopto tenant on http://localhost:4300 (--port or
// PANOPTO_EMULATOR_PORT to change; the flags are in cli-args.ts).
// PANOPTO_EMULATOR_DATA=dir persists data; PANOPTO_EMULATOR_BROKER_SECRET sets the broker client's secret;
// PANOPTO_EMULATOR_CLIENTS=file.json registers more API clients; PANOPTO_EMULATOR_HTTPS=1 serves https.
import { resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from './server.js';
import {
  BROKER_CLIENT_ID,
  DEFAULT_BROKER_SECRET,
  DEMO_CLIENT_ID,
  DEMO_REDIRECT_URI,
  TEST_CLIENT_ID,
} from './oauth/clients.js';
import { SEED_IDS } from './seed/seed.js';
import { ClientsFileError } from './oauth/clients-file.js';
import { CLIENT_TYPE_LABELS } from './oauth/client-entry.js';
import { DEFAULT_EMULATOR_PORT, EMULATOR_USAGE, EmulatorArgsError, envFromArgs } from './cli-args.js';

/** The environment with the command line's flags written into it (modules such as media/ffmpeg.ts read it too). */
function settings(): NodeJS.ProcessEnv {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(EMULATOR_USAGE);
    process.exit(0);
  }
  try {
    return Object.assign(process.env, envFromArgs(args));
  } catch (err) {
    if (!(err instanceof EmulatorArgsError)) throw err;
    process.stderr.write(`panopto-ng-emulator: ${err.message}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const env = settings();
  const rawPort = env['PANOPTO_EMULATOR_PORT'] ?? String(DEFAULT_EMULATOR_PORT);
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`PANOPTO_EMULATOR_PORT must be a port number (0-65535); got '${rawPort}'.\n`);
    process.exit(2);
  }
  const dataDir = env['PANOPTO_EMULATOR_DATA'] || undefined;
  const brokerSecret = env['PANOPTO_EMULATOR_BROKER_SECRET'] || DEFAULT_BROKER_SECRET;
  const clientsFile = env['PANOPTO_EMULATOR_CLIENTS'] ? resolve(env['PANOPTO_EMULATOR_CLIENTS']) : undefined;
  const rawHttps = env['PANOPTO_EMULATOR_HTTPS'] ?? '';
  if (!['', '0', '1', 'true', 'false'].includes(rawHttps)) {
    process.stderr.write(`PANOPTO_EMULATOR_HTTPS must be 1 (serve https) or 0; got '${rawHttps}'.\n`);
    process.exit(2);
  }
  const https = rawHttps === '1' || rawHttps === 'true';
  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator({ port, dataDir, brokerSecret, clientsFile, https });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (err instanceof ClientsFileError) {
      process.stderr.write(`PANOPTO_EMULATOR_CLIENTS: ${e.message}\n`);
      process.exit(2);
    }
    process.stderr.write(
      e.code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Stop the other process or set PANOPTO_EMULATOR_PORT.\n`
        : `The emulator could not start: ${e.stack ?? e.message}\n`,
    );
    process.exit(1);
  }
  const u = emulator.url;
  const cert = emulator.certificate;
  const fileClients = emulator.context.clients.file;
  const lines = [
    '',
    `Panopto emulator running at ${u}  (also ${u.replace('localhost', '127.0.0.1')})`,
    `  OAuth issuer     ${u}/Panopto/oauth2   (discovery: ${u}/Panopto/oauth2/.well-known/openid-configuration)`,
    `  REST v1          ${u}/Panopto/api/v1   (root folder 00000000-0000-0000-0000-000000000000)`,
    `  Media            ${u}/Panopto/Podcast/Stream/{sessionId}.webm, ${u}/Panopto/PublicAPI/SessionPreviewImage?id={sessionId}`,
    `  Metrics, faults  ${u}/__emulator/metrics, ${u}/__emulator/faults`,
    '',
    '  Accounts (username/password): instructor/instructor (creator), student/student (viewer), admin/admin (administrator)',
    `  Clients: ${DEMO_CLIENT_ID} (public, PKCE, redirect ${DEMO_REDIRECT_URI})`,
    `           ${TEST_CLIENT_ID} (public, PKCE, loopback redirects for tests)`,
    `           ${BROKER_CLIENT_ID} (confidential, secret ${
      brokerSecret === DEFAULT_BROKER_SECRET ? `'${DEFAULT_BROKER_SECRET}'` : 'from PANOPTO_EMULATOR_BROKER_SECRET'
    })`,
    ...(fileClients
      ? [
          `  Clients file: ${fileClients.path} (re-read when it changes)`,
          ...fileClients.list().map((c) => `           ${c.id} (${CLIENT_TYPE_LABELS[c.type]})`),
        ]
      : ['  More clients: PANOPTO_EMULATOR_CLIENTS=clients.json (see the emulator README)']),
    '  Loopback http redirect URIs match on any port (RFC 8252 section 7.3).',
    ...(cert
      ? [
          `  TLS certificate  ${cert.certFile}`,
          `    trust it with REQUESTS_CA_BUNDLE=${cert.certFile} or NODE_EXTRA_CA_CERTS=${cert.certFile};`,
          `    Chromium: --ignore-certificate-errors-spki-list=${cert.spkiSha256}`,
        ]
      : []),
    `  Scopes: openid profile api offline_access`,
    `  Seed: 3,000 child folders in ${SEED_IDS.manyFoldersParent}, 1,000 sessions in ${SEED_IDS.manySessionsFolder}`,
    `  Data: ${dataDir ? `persisted in ${dataDir}` : 'in memory (set PANOPTO_EMULATOR_DATA=dir to keep it)'}`,
    '',
    'Press Ctrl+C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n'));

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the emulator…\n`);
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
