// The README's TypeScript examples, taken from the Markdown as they are written, so that the fresh app compiles
// what a reader copies (a fixed example is fixed in the README, not here).
import { readFileSync } from 'node:fs';

/** The bodies of the ```ts fenced blocks of a Markdown file, in order. */
export function typeScriptBlocks(markdownFile: string): string[] {
  const text = readFileSync(markdownFile, 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
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
