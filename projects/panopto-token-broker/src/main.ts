// `npm run broker`: the token broker on its own, for the demo app's broker mode. The environment it reads is
// described in cli-config.ts; without PANOPTO_BROKER_CLIENT_SECRET it starts only when everything is loopback.
import { createServer } from 'node:http';
import { brokerCliFromEnv } from './cli-config.js';
import { createTokenBroker } from './token-broker.js';

let cli;
let broker;
try {
  cli = brokerCliFromEnv(process.env);
  broker = createTokenBroker({ ...cli.options, log: (line) => process.stdout.write(`[token-broker] ${line}\n`) });
} catch (e) {
  process.stderr.write(`[token-broker] not started: ${(e as Error).message}\n`);
  process.exit(1);
}
const { port, host } = cli;
createServer(broker).listen(port, host, () => {
  process.stdout.write(`[token-broker] listening on http://${host}:${port}\n`);
});
