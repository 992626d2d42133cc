import { Tree } from '@angular-devkit/schematics';
import { insertImport } from '@schematics/angular/utility/ast-utils';
import { Change, applyToUpdateRecorder } from '@schematics/angular/utility/change';
// The TypeScript that @schematics/angular itself parses with: its helpers compare SyntaxKind numbers, so nodes
// must come from the same copy, whatever `typescript` version the app has installed.
import * as ts from '@schematics/angular/third_party/github.com/Microsoft/TypeScript/lib/typescript';
import { ImportNeed } from './provider-code';

export { ts };

/** Parses a file of the tree, with parent pointers (the ast-utils helpers need them). */
export function readSource(tree: Tree, path: string): ts.SourceFile {
  const text = tree.readText(path);
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** Applies changes computed against the file's current text, in one update. */
export function applyChanges(tree: Tree, path: string, changes: readonly Change[]): void {
  if (changes.length === 0) return;
  const recorder = tree.beginUpdate(path);
  applyToUpdateRecorder(recorder, [...changes]);
  tree.commitUpdate(recorder);
}

/** Adds named imports one by one (re-reading the file each time), skipping those already there. */
export function addImports(tree: Tree, path: string, imports: readonly ImportNeed[]): void {
  for (const { symbol, from } of imports) {
    applyChanges(tree, path, [insertImport(readSource(tree, path), path, symbol, from)]);
  }
}

/** Every call whose callee reads exactly `callee` (`providePanopto`, `PanoptoModule.forRoot`), below `node`. */
export function findCalls(node: ts.Node, callee: string): ts.CallExpression[] {
  const found: ts.CallExpression[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isCallExpression(child) && child.expression.getText() === callee) found.push(child);
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/** Whether any of the calls appears below `node`: how the schematic recognises a setup already in place. */
export function hasAnyCall(node: ts.Node, callees: readonly string[]): boolean {
  return callees.some((callee) => findCalls(node, callee).length > 0);
}

/** Whether `name` is used as an identifier outside import declarations (imported but unused does not count). */
export function usesIdentifier(source: ts.SourceFile, name: string): boolean {
  let used = false;
  const visit = (node: ts.Node): void => {
    if (used || ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node) && node.text === name) used = true;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return used;
}
