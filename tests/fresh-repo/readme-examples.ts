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
   * A block that imports a `node:` module is a Node program (a server job, the token broker): it is compiled as an
   * ES module with Node's module resolution, as a Node project compiles it, not with the Angular app's settings.
   */
  node: boolean;
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
    const node = /^import .* from 'node:/m.test(source);
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
  /** Node programs: `tsc`, NodeNext modules; null when no example is one. */
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
