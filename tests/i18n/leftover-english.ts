// The scanner behind leftover-english.test.ts: finds user-visible English written into component templates and
// code instead of the entry point's texts set. Heuristic on purpose (no Angular compiler needed): template text
// nodes and static user-visible attributes with words, and string literals in code that read as prose.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Leftover {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Attributes a person reads or hears. */
const VISIBLE_ATTRIBUTES =
  /\s(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt)="([^"]*)"/g;
const WORD = /\p{L}{2,}/u;
/** Prose in code: two words, or a word with sentence punctuation. */
const PROSE = /\p{L}{2,}[\s\u00a0]+\p{L}{2,}|\p{Lu}\p{Ll}+[.…!?]$/u;

const CAPITALISED = /\p{Lu}\p{Ll}+/u;

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
/** Blanks a range so line numbers of what follows stay right. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** Text nodes and visible attributes of one template, `offset` being where it starts in its file. */
function scanTemplate(file: string, source: string, template: string, offset: number): Leftover[] {
  const found: Leftover[] = [];
  // Literals inside interpolations that a person would read (`'Never'`), not ones compared against (`=== 'ready'`).
  for (const m of template.matchAll(/\{\{([\s\S]*?)\}\}/g)) {
    for (const lit of m[1].matchAll(/(===|!==)?\s*'([^']*)'/g)) {
      if (!lit[1] && (CAPITALISED.test(lit[2]) || PROSE.test(lit[2].trim())))
        found.push({ file, line: lineAt(source, offset + m.index!), text: lit[2] });
    }
  }
  const cleaned = template
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\{\{[\s\S]*?\}\}/g, blank)
    .replace(/&[a-z#0-9]+;/gi, blank);
  for (const m of cleaned.matchAll(/>([^<>]*)</g)) {
    const text = m[1].trim();
    if (WORD.test(text)) found.push({ file, line: lineAt(source, offset + m.index!), text });
  }
  for (const m of cleaned.matchAll(VISIBLE_ATTRIBUTES)) {
    if (WORD.test(m[2])) found.push({ file, line: lineAt(source, offset + m.index!), text: `${m[1]}="${m[2]}"` });
  }
  return found;
}

/** Scans one component source (.ts with inline templates, or an .html template). */
export function scanSource(file: string, source: string): Leftover[] {
  if (file.endsWith('.html')) return scanTemplate(file, source, source, 0);
  const found: Leftover[] = [];
  let code = source
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[^:'"`])\/\/.*$/gm, (m, pre) => pre + blank(m.slice(pre.length)));
  // Inline templates are scanned as templates, styles not at all; both are then blanked out of the code.
  code = code.replace(/(template:\s*)`([^`]*)`/g, (m, pre: string, body: string, index: number) => {
    found.push(...scanTemplate(file, source, body, index + pre.length + 1));
    return pre + blank(body) + '  ';
  });
  code = code.replace(/styles:\s*\[(?:\s*`[^`]*`\s*,?)*\s*\]/g, blank);
  code = code.replace(/^\s*(import|export)\b[^;]*;/gm, blank);
  for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    const literal = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' ');
    if (PROSE.test(literal.trim())) found.push({ file, line: lineAt(source, m.index!), text: literal.trim() });
  }
  return found;
}

/** Every component template and source under `dirs` (specs excluded), relative to `root` in the results. */
export function scanComponents(root: string, dirs: readonly string[]): Leftover[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts')) files.push(path);
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return files.flatMap((path) => scanSource(relative(root, path), readFileSync(path, 'utf8')));
}
