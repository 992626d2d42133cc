// Every component the built library exports, found in its type declarations (a class with a static `ɵcmp`), so
// the matrix's page keeps up with the public API without a list to maintain.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * @typedef {object} PublicComponent
 * @property {string} entryPoint the import path, e.g. `panopto-ng/folders`
 * @property {string} className
 * @property {string} selector the element selector, e.g. `panopto-folder-browser`
 */

/**
 * The exported components of every entry point in the built package at `dist`, by entry point and name.
 * @param {string} dist the built library (dist/panopto-ng)
 * @returns {PublicComponent[]}
 */
export function publicComponents(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8'));
  const entries = Object.entries(manifest.exports)
    .filter(([, target]) => typeof target === 'object' && target.types)
    .map(([key, target]) => ({ entryPoint: join(manifest.name, key), file: join(dist, target.types) }));
  const program = ts.createProgram(
    entries.map((e) => e.file),
    { noEmit: true, skipLibCheck: true },
  );
  const checker = program.getTypeChecker();
  const found = [];
  for (const { entryPoint, file } of entries) {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file));
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.valueDeclaration;
      if (!declaration || !ts.isClassDeclaration(declaration)) continue;
      // `static ɵcmp: i0.ɵɵComponentDeclaration<Class, "selector", ...>`: directives have ɵdir instead.
      const match = /static ɵcmp: \w+\.ɵɵComponentDeclaration<\w+, "([^"]+)"/.exec(declaration.getText());
      if (match) found.push({ entryPoint, className: exported.name, selector: match[1].split(/[,[\s]/)[0] });
    }
  }
  return found;
}
