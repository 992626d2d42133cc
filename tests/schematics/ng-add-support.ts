// Shared by the ng-add tests: workspaces made by Angular 15.2's own `workspace` and `application` schematics (the
// standalone apps get a hand-written main.ts, as 15.2 has no standalone option), the schematic run from its
// TypeScript source (through tsx, so no build is needed), and helpers to compare trees and collect the log.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SchematicTestRunner, UnitTestTree } from '@angular-devkit/schematics/testing';
import ts from 'typescript';

export const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
export const panopto = new SchematicTestRunner(
  'panopto-ng',
  join(root, 'projects/panopto-ng/schematics/collection.json'),
);
// The package's exports map has no entry for collection.json itself, so it is found beside package.json.
const angularCollection = join(dirname(require.resolve('@schematics/angular/package.json')), 'collection.json');
const angular = new SchematicTestRunner('@schematics/angular', angularCollection);

export const SERVER = 'https://myuni.hosted.panopto.com';
export const BOOTSTRAP_IMPORTS = `import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';
`;
const STANDALONE_MAIN = `${BOOTSTRAP_IMPORTS}
bootstrapApplication(AppComponent)
  .catch(err => console.error(err));
`;
const STANDALONE_COMPONENT = `import { Component } from '@angular/core';

@Component({ selector: 'app-root', standalone: true, template: '<h1>Lectures</h1>' })
export class AppComponent {}
`;

export type AppKind = 'standalone' | 'ngModule';
export const main = (app: string) => `/projects/${app}/src/main.ts`;
export const appModule = (app: string) => `/projects/${app}/src/app/app.module.ts`;

/** A workspace with the given applications, made by @schematics/angular; standalone ones get a standalone main.ts. */
export async function workspace(...apps: [string, AppKind][]): Promise<UnitTestTree> {
  let tree = await angular.runSchematic('workspace', { name: 'uni', newProjectRoot: 'projects', version: '15.2.0' });
  for (const [name, kind] of apps) {
    tree = await angular.runSchematic('application', { name, skipTests: true, style: 'css', routing: false }, tree);
    if (kind === 'standalone') {
      tree.overwrite(main(name), STANDALONE_MAIN);
      tree.overwrite(`/projects/${name}/src/app/app.component.ts`, STANDALONE_COMPONENT);
      tree.delete(appModule(name));
    }
  }
  return tree;
}

/** A standalone app whose main.ts is the bootstrap imports, then `extraImports`, a blank line and `body`. */
export async function standaloneApp(body: string, extraImports = ''): Promise<UnitTestTree> {
  const tree = await workspace(['lectures', 'standalone']);
  tree.overwrite(main('lectures'), `${BOOTSTRAP_IMPORTS}${extraImports}\n${body}`);
  return tree;
}

export async function ngAdd(tree: UnitTestTree, options: Record<string, unknown>): Promise<UnitTestTree> {
  return panopto.runSchematic('ng-add', options, tree);
}

/** Every file's text, to compare trees. */
export function snapshot(tree: UnitTestTree): Map<string, string> {
  return new Map(tree.files.map((file) => [file, tree.readContent(file)]));
}

/**
 * Every file's text but the workspace's package.json and angular.json, where every run adds the peer dependencies
 * and the CDK's a11y styles the app lacks.
 */
export function sourceSnapshot(tree: UnitTestTree): Map<string, string> {
  const all = snapshot(tree);
  all.delete('/package.json');
  all.delete('/angular.json');
  return all;
}

/** Collects what the schematic logs while `run` runs. */
export async function logsOf(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const subscription = panopto.logger.subscribe((entry) => lines.push(`${entry.level}: ${entry.message}`));
  try {
    await run();
  } finally {
    subscription.unsubscribe();
  }
  return lines;
}

export function assertParses(path: string, text: string): void {
  const { diagnostics } = ts.transpileModule(text, { fileName: path, reportDiagnostics: true });
  assert.deepEqual(
    diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    [],
    path,
  );
}

/**
 * Type errors in the given files of the tree, compiled against the real @angular packages and panopto-ng's source
 * (the tree's files are served from memory under a folder of the repository, so node_modules resolves).
 */
export function typeErrors(tree: UnitTestTree, files: string[]): string[] {
  const virtualRoot = join(root, '.ng-add-test-app');
  const fromTree = (fileName: string): string | undefined => {
    if (!fileName.startsWith(virtualRoot)) return undefined;
    const treePath = fileName.slice(virtualRoot.length);
    return tree.exists(treePath) ? tree.readContent(treePath) : undefined;
  };
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    experimentalDecorators: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    baseUrl: root,
    paths: {
      'panopto-ng': ['projects/panopto-ng/src/public-api.ts'],
      'panopto-ng/*': ['projects/panopto-ng/*/public-api.ts'],
    },
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => fromTree(name) !== undefined || fileExists.call(host, name);
  host.directoryExists = (name) =>
    name.startsWith(virtualRoot)
      ? tree.files.some((file) => join(virtualRoot, file).startsWith(`${name}/`))
      : ts.sys.directoryExists(name);
  host.readFile = (name) => fromTree(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, version, ...rest) => {
    const text = fromTree(name);
    return text === undefined
      ? getSourceFile.call(host, name, version, ...rest)
      : ts.createSourceFile(name, text, version);
  };
  const rootNames = files.map((file) => join(virtualRoot, file));
  const program = ts.createProgram(rootNames, options, host);
  return rootNames.flatMap((name) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(name))
      .map((d) => `${name}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`),
  );
}
