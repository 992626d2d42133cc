// `panopto-ng-token-broker --config broker.json`: the file's checks, each naming the file and the key.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseBrokerConfig } from '../src/config-file.js';

const BASE = {
  panoptoServerUrl: 'http://localhost:4300',
  clientId: 'panopto-ng-broker',
  allowedOrigins: ['http://localhost:4200'],
};
const parse = (doc: unknown, env: Record<string, string> = {}) =>
  parseBrokerConfig(JSON.stringify(doc), 'broker.json', env);

describe('broker config file', () => {
  it('reads port, host and the options; the loopback emulator gets its well-known secret', () => {
    const cli = parse({ ...BASE, port: 4410, basePath: '/panopto-broker' });
    assert.equal(cli.port, 4410);
    assert.equal(cli.host, 'localhost');
    assert.equal(cli.options.basePath, '/panopto-broker');
    assert.equal(cli.options.clientSecret, 'emulator-secret');
  });

  it('takes the secret from PANOPTO_BROKER_CLIENT_SECRET, never from the file', () => {
    const tenant = { ...BASE, panoptoServerUrl: 'https://myuni.hosted.panopto.com', host: '0.0.0.0' };
    assert.equal(parse(tenant, { PANOPTO_BROKER_CLIENT_SECRET: 's3cret' }).options.clientSecret, 's3cret');
    assert.throws(() => parse(tenant), /PANOPTO_BROKER_CLIENT_SECRET` is required/);
    assert.throws(
      () => parse({ ...BASE, clientSecret: 'x' }),
      /broker\.json: clientSecret` does not belong in the file/,
    );
  });

  it('names the file and the key of a mistake', () => {
    assert.throws(() => parseBrokerConfig('{', 'broker.json', {}), /broker\.json: \(file\)` is not valid JSON/);
    assert.throws(() => parse({ ...BASE, allowedOrigin: [] }), /broker\.json: allowedOrigin` is not a known key/);
    assert.throws(() => parse({ ...BASE, port: 'eighty' }), /broker\.json: port` must be a port number/);
    assert.throws(() => parse({ clientId: 'x', allowedOrigins: [] }), /broker\.json: panoptoServerUrl` is required/);
  });
});
