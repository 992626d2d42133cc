// The README's TypeScript examples, taken from the Markdown as they are written, so that the fresh app compiles
// what a reader copies (a fixed example is fixed in the README, not here).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One ```ts block of a README, where it is and what it says. */
export interface ReadmeExample {
  /** The README's name as the test reports it, e.g. `README.md`. */
  readme: string;
  /** 1 for the README's first ```ts block. */
  number: number;
  firstLine: string;
  source: string;
  /** The module the block becomes in the app, relative to the app's folder. */
  file: string;
  /**
   * A Node program (a server job, the token broker, the emulator), not app code: it imports a `node:` module or
   * one of the two Node packages. Compiled apart, with Node's types (see writeReadmeExamples).
   */
  node: boolean;
}

/**
 * The READMEs whose examples a user of the packed packages reads, relative to the workspace: the guide, and what
 * npm shows for panopto-ng, the token broker and the emulator (whose workspace README, for contributors, imports
 * the emulator's sources and is not among them).
 */
export const READMES = [
  { readme: 'README.md', prefix: 'readme' },
  { readme: 'projects/panopto-ng/README.md', prefix: 'npm-readme' },
  { readme: 'projects/panopto-token-broker/README.md', prefix: 'broker-readme' },
  { readme: 'projects/panopto-emulator/NPM-README.md', prefix: 'emulator-readme' },
] as const;

/** Where the examples go in the app: next to its components (see readmeExamples). */
export const EXAMPLES_DIR = 'src/app';

/** The examples of every README in READMES, read from the workspace at `root`. */
export function allReadmeExamples(root: string): ReadmeExample[] {
  return READMES.flatMap(({ readme, prefix }) => readmeExamples(join(root, readme), readme, EXAMPLES_DIR, prefix));
}

/** The bodies of the ```ts fenced blocks of a Markdown file, in order. */
export function typeScriptBlocks(markdownFile: string): string[] {
  const text = readFileSync(markdownFile, 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
}

/**
 * Every ```ts block of `markdownFile` as a module of its own, `<dir>/<prefix>-<n>.ts`. They sit next to the app's
 * own components so that a block's `./lecture.component` is the README's player example the app already has.
 */
export function readmeExamples(markdownFile: string, readme: string, dir: string, prefix: string): ReadmeExample[] {
  return typeScriptBlocks(markdownFile).map((source, i) => {
    const node = /^import .* from '(node:|panopto-ng-token-broker'|panopto-ng-emulator')/m.test(source);
    return {
      readme,
      number: i + 1,
      firstLine: source.split('\n', 1)[0],
      source,
      file: `${dir}/${prefix}-${i + 1}.ts`,
      node,
    };
  });
}

/** The two compilations of the examples: what `ngc -p` and `tsc -p` get in the app. */
export interface ReadmeExampleProjects {
  /** Angular code: `ngc`, the app's own settings with strict templates. */
  angular: string;
  /** Node programs: `tsc`; null when no example is one. */
  node: string | null;
}

/**
 * Writes the examples into the app with tsconfigs that extend the app's, and the types a reader's spec (jasmine)
 * and Node program (node) have; returns their names.
 */
export function writeReadmeExamples(app: string, examples: ReadmeExample[]): ReadmeExampleProjects {
  for (const example of examples) writeFileSync(join(app, example.file), example.source);
  const project = (name: string, files: ReadmeExample[], compilerOptions: object, extra: object = {}) => {
    const tsconfig = { extends: './tsconfig.json', compilerOptions, files: files.map((e) => e.file), ...extra };
    writeFileSync(join(app, name), JSON.stringify(tsconfig, null, 2));
    return name;
  };
  const node = examples.filter((example) => example.node);
  return {
    angular: project(
      'tsconfig.readme-examples.json',
      examples.filter((example) => !example.node),
      { noEmit: true, types: ['jasmine'] },
      { angularCompilerOptions: { strictTemplates: true } },
    ),
    node: node.length
      ? project('tsconfig.readme-node-examples.json', node, {
          noEmit: true,
          types: ['node'],
          // The Node packages' declarations start with `/// <reference types="node" resolution-mode="require"/>`,
          // which TypeScript 4.9 refuses under the app's moduleResolution node (TS1452); a Node project on
          // NodeNext would accept it, but then panopto-ng's APF declarations could not import Angular (TS1479).
          skipLibCheck: true,
        })
      : null,
  };
}

/**
 * The compiler's diagnostics (`ngc` or `tsc` output, plain or pretty) grouped per example: each names the README,
 * the block's number and first line, then the compiler's own lines. Diagnostics of other files come last, as
 * they are.
 */
export function describeCompileErrors(output: string, examples: ReadmeExample[]): string[] {
  // Where a diagnostic starts: `file(line,col): error` (plain) or `file:line:col - error` (pretty).
  const start = /^(\S+?\.m?ts)(?:\((\d+),\d+\)|:(\d+):\d+) ?[:-] ?error /;
  const diagnostics: { file: string; line: string; text: string[] }[] = [];
  for (const raw of output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const match = start.exec(raw);
    if (match) diagnostics.push({ file: match[1], line: match[2] ?? match[3], text: [raw] });
    else if (raw.trim() && diagnostics.length) diagnostics[diagnostics.length - 1].text.push(raw);
  }
  const byFile = new Map(examples.map((example) => [example.file, example]));
  return diagnostics.map(({ file, line, text }) => {
    const example = byFile.get(file);
    if (!example) return text.join('\n');
    return (
      `${example.readme}, TypeScript block ${example.number} (${JSON.stringify(example.firstLine)}), ` +
      `line ${line} of the block:\n${text.join('\n')}`
    );
  });
}
/**
 * The one ```ts block of `markdownFile` that declares `export class <className>` and imports `symbol` (several
 * examples may use the same class name), as written.
 */
export function exampleDeclaring(markdownFile: string, className: string, symbol: string): string {
  const declaration = new RegExp(`^export class ${className}\\b`, 'm');
  const imported = new RegExp(`^import \\{[^}]*\\b${symbol}\\b[^}]*\\} from `, 'm');
  const found = typeScriptBlocks(markdownFile).filter((block) => declaration.test(block) && imported.test(block));
  if (found.length !== 1) {
    throw new Error(
      `${markdownFile} has ${found.length} TypeScript examples declaring 'export class ${className}' and ` +
        `importing ${symbol}; the fresh-repo test compiles exactly one.`,
    );
  }
  return found[0];
}
