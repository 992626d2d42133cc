// The library's UCS manifest builder (panopto-ng/upload, a pure TypeScript file) validated against Panopto's
// schema `universal-capture-2.1.xsd` with xmllint (WebAssembly). The XSD is reference material outside the
// repository (`../shared/reference/` next to the repo root); the test skips, saying so, when it is absent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { buildUcsManifest, escapeXml } from '../../panopto-ng/upload/src/core/manifest.js';
import { parseManifest } from '../src/upload/manifest-check.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const xsdPath = join(repoRoot, '..', 'shared', 'reference', 'universal-capture-2.1.xsd');

async function validate(xml: string) {
  const schema = readFileSync(xsdPath, 'utf8').replace(/^\uFEFF/, '');
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: 'ucs.xsd', contents: schema }],
  });
}

describe('upload: UCS manifest builder', () => {
  const tricky = {
    title: 'Week 1 <intro> & "Q&A" — café ✓',
    description: "Tom's notes: a < b > c & d\u0001",
    date: new Date('2026-03-01T09:30:00Z'),
    files: [
      { fileName: 'lecture & slides.mp4', contentType: 'video/mp4' },
      { fileName: 'camera.webm', contentType: 'video/webm' },
      { fileName: 'voice.m4a', contentType: 'audio/mp4' },
    ],
    tags: ['bio', 'week <1>'],
  };

  it('validates against universal-capture-2.1.xsd, with escaping', async (t) => {
    if (!existsSync(xsdPath)) return t.skip(`XSD not found at ${xsdPath}; schema validation skipped`);
    for (const input of [tricky, { title: 'Minimal', files: [{ fileName: 'a.mp4' }] }]) {
      const xml = buildUcsManifest(input);
      const result = await validate(xml);
      assert.equal(result.valid, true, `${JSON.stringify(result.errors)}\n${xml}`);
    }
  });

  it('the schema check is real: a manifest without Title or with a bad Type is rejected', async (t) => {
    if (!existsSync(xsdPath)) return t.skip(`XSD not found at ${xsdPath}; schema validation skipped`);
    const good = buildUcsManifest({ title: 'T', files: [{ fileName: 'a.mp4' }] });
    assert.equal((await validate(good.replace('<Title>T</Title>', ''))).valid, false);
    assert.equal((await validate(good.replace('<Type>Primary</Type>', '<Type>Main</Type>'))).valid, false);
  });

  it('round-trips through the emulator’s reader with the exact title, types and file names', () => {
    const xml = buildUcsManifest(tricky);
    const parsed = parseManifest(xml, new Set(tricky.files.map((f) => f.fileName)));
    assert.equal(parsed.title, tricky.title);
    assert.equal(parsed.description, "Tom's notes: a < b > c & d"); // control character dropped
    assert.deepEqual(
      parsed.videos.map((v) => [v.file, v.type]),
      [
        ['lecture & slides.mp4', 'Primary'],
        ['camera.webm', 'Secondary'],
        ['voice.m4a', 'Audio'],
      ],
    );
    assert.equal(parsed.date, '2026-03-01T09:30:00.000Z');
  });

  it('refuses input it cannot express', () => {
    assert.throws(() => buildUcsManifest({ title: '  ', files: [{ fileName: 'a.mp4' }] }), /title/);
    assert.throws(() => buildUcsManifest({ title: 'x', files: [] }), /at least one/);
    assert.throws(() => buildUcsManifest({ title: 'x', files: [{ fileName: 'dir/a.mp4' }] }), /plain file name/);
    assert.equal(escapeXml(`<&>"'`), '&lt;&amp;&gt;&quot;&apos;');
  });
});
