// What the fresh-repo test's README compile rests on, checked without building an app: every TypeScript block of
// the READMEs is found, each is a module of its own, and a compiler error comes back naming its block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../package/built-dist';
import { EXAMPLES_DIR, READMES, allReadmeExamples, describeCompileErrors, readmeExamples } from './readme-examples';

for (const { readme, prefix } of READMES) {
  const file = join(root, readme);
  const examples = readmeExamples(file, readme, EXAMPLES_DIR, prefix);

  test(`${readme}: every TypeScript fence is one of the examples the fresh app compiles`, () => {
    const fences = readFileSync(file, 'utf8').match(/^```(?:ts|typescript|tsx)\b.*$/gm) ?? [];
    assert.deepEqual(
      fences.filter((fence) => fence !== '```ts'),
      [],
      'write TypeScript fences as ```ts, the only form the fresh app compiles',
    );
    assert.equal(examples.length, fences.length);
    assert.ok(examples.length > 0);
  });

  test(`${readme}: every TypeScript example is a complete module (it imports what it uses)`, () => {
    // A block without imports or exports is a script sharing one global scope with the others: a fragment.
    const fragments = examples.filter((example) => !/^(import|export) /m.test(example.source));
    assert.deepEqual(
      fragments.map((example) => `block ${example.number}: ${example.firstLine}`),
      [],
    );
  });
}

test('a Node program (it imports node: modules or a Node package) is told apart from app code', () => {
  const examples = allReadmeExamples(root);
  const broker = examples.filter((example) => /from 'panopto-ng-token-broker'/.test(example.source));
  assert.ok(broker.length > 0 && broker.every((example) => example.node));
  const emulator = examples.filter((example) => /from 'panopto-ng-emulator'/.test(example.source));
  assert.ok(emulator.length > 0 && emulator.every((example) => example.node));
  const player = examples.filter((example) => /from 'panopto-ng\/player'/.test(example.source));
  assert.ok(player.length > 0 && player.every((example) => !example.node));
});

test('a compiler error names the README, the block, its first line and the line in the block', () => {
  const examples = readmeExamples(join(root, 'README.md'), 'README.md', 'src/app', 'readme');
  const [first, second] = examples;
  const output = [
    // ngc's pretty form, with colours
    `\x1b[96m${first.file}\x1b[0m:\x1b[93m3\x1b[0m:\x1b[93m7\x1b[0m - \x1b[91merror\x1b[0m TS2304: Cannot find name 'x'.`,
    '',
    "3 const y = x;",
    '        ~',
    // tsc's plain form
    `${second.file}(12,1): error NG8002: Can't bind to 'sessionid' since it isn't a known property.`,
    'node_modules/some-lib/index.d.ts(1,1): error TS1452: elsewhere',
  ].join('\n');
  const [a, b, c] = describeCompileErrors(output, examples);
  assert.ok(a.startsWith(`README.md, TypeScript block 1 (${JSON.stringify(first.firstLine)}), line 3 of the block:`));
  assert.match(a, /TS2304: Cannot find name 'x'\.\n3 const y = x;/);
  assert.ok(b.startsWith(`README.md, TypeScript block 2 (${JSON.stringify(second.firstLine)}), line 12 of the block:`));
  assert.match(b, /NG8002/);
  assert.equal(c, 'node_modules/some-lib/index.d.ts(1,1): error TS1452: elsewhere');
});
