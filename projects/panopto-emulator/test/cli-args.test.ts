// The flags of `panopto-ng-emulator` stand for the environment variables main.ts reads.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EmulatorArgsError, envFromArgs } from '../src/cli-args.js';

describe('envFromArgs', () => {
  it('maps each flag, in both spellings, to its variable', () => {
    assert.deepEqual(envFromArgs(['--port', '4310', '--clients=clients.json', '--data', 'dir', '--https']), {
      PANOPTO_EMULATOR_PORT: '4310',
      PANOPTO_EMULATOR_CLIENTS: 'clients.json',
      PANOPTO_EMULATOR_DATA: 'dir',
      PANOPTO_EMULATOR_HTTPS: '1',
    });
    assert.deepEqual(envFromArgs([]), {});
  });

  it('refuses an unknown flag and a flag without its value, naming it', () => {
    assert.throws(
      () => envFromArgs(['--prot', '4310']),
      (e: Error) => e instanceof EmulatorArgsError && /'--prot'/.test(e.message),
    );
    assert.throws(() => envFromArgs(['--port']), /--port needs a value/);
    assert.throws(() => envFromArgs(['--clients', '--https']), /--clients needs a value/);
  });
});
