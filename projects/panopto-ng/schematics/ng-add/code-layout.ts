import { InsertChange } from '@schematics/angular/utility/change';
import { ts } from './source-file';

/** The whitespace that starts the line holding `pos`. */
export function indentAt(source: ts.SourceFile, pos: number): string {
  const text = source.text;
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/** Whether the node's elements sit one per line (then new ones do too). */
function isMultiline(source: ts.SourceFile, node: ts.Node, firstChild: ts.Node | undefined): boolean {
  if (!firstChild) return false;
  return source.text.slice(node.getStart(source), firstChild.getStart(source)).includes('\n');
}

/**
 * `[` + the items, one per line, + `]`, indented for a property that starts at `indent`:
 * the form Angular's own templates use for `providers`.
 */
export function multilineArray(items: readonly string[], indent: string): string {
  return ['[', ...items.map((item) => `${indent}  ${item},`), `${indent}]`].join('\n');
}

/**
 * Appends entries to a bracketed, comma-separated list (an array's elements, an object's properties), following
 * its layout: one per line with the last entry's indentation, or on one line. `entriesFor` gets the indentation
 * of the new entries, or null when they go on one line. An existing trailing comma stays after the new entries.
 */
function appendEntries(
  path: string,
  source: ts.SourceFile,
  container: ts.Node,
  list: ts.NodeArray<ts.Node>,
  entriesFor: (indent: string | null) => string[],
): InsertChange {
  const last = list[list.length - 1];
  if (!last) {
    const indent = indentAt(source, container.getStart(source));
    const entries = entriesFor(`${indent}  `).map((entry) => `\n${indent}  ${entry},`);
    return new InsertChange(path, container.getEnd() - 1, `${entries.join('')}\n${indent}`);
  }
  if (isMultiline(source, container, list[0])) {
    const indent = indentAt(source, last.getStart(source));
    return new InsertChange(
      path,
      last.getEnd(),
      entriesFor(indent)
        .map((entry) => `,\n${indent}${entry}`)
        .join(''),
    );
  }
  return new InsertChange(
    path,
    last.getEnd(),
    entriesFor(null)
      .map((entry) => `, ${entry}`)
      .join(''),
  );
}

/** Appends items to an array literal, following its layout. */
export function appendToArray(
  path: string,
  source: ts.SourceFile,
  array: ts.ArrayLiteralExpression,
  items: readonly string[],
): InsertChange {
  return appendEntries(path, source, array, array.elements, () => [...items]);
}

/** Adds `name: [items]` to an object literal, following its layout. */
export function addArrayProperty(
  path: string,
  source: ts.SourceFile,
  object: ts.ObjectLiteralExpression,
  name: string,
  items: readonly string[],
): InsertChange {
  return appendEntries(path, source, object, object.properties, (indent) => [
    indent === null ? `${name}: [${items.join(', ')}]` : `${name}: ${multilineArray(items, indent)}`,
  ]);
}
