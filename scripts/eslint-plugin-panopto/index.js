// The workspace's own ESLint rules, used by projects/panopto-ng/.eslintrc.json.
//   panopto/no-relative-import-across-entry-points: a relative import (or export ... from, or import()) may not
//   leave the entry point folder it is written in; other entry points are imported by package name
//   (`panopto-ng/core`), so each entry point's bundle stays its own and ng-packagr never inlines another's code.
'use strict';
const { relativeImportProblem } = require('./entry-points');

const noRelativeImportAcrossEntryPoints = {
  meta: {
    type: 'problem',
    docs: {
      description: 'A relative import may not leave the entry point (the folder with ng-package.json) it is in.',
    },
    schema: [{ type: 'object', properties: { libraryRoot: { type: 'string' } }, additionalProperties: false }],
    messages: { leaves: '{{problem}} (rule home: scripts/eslint-plugin-panopto/entry-points.js)' },
  },
  create(context) {
    const file = context.getPhysicalFilename ? context.getPhysicalFilename() : context.getFilename();
    const libraryRoot = context.options[0] && context.options[0].libraryRoot;
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const problem = libraryRoot
        ? relativeImportProblem(file, source.value, libraryRoot)
        : relativeImportProblem(file, source.value);
      if (problem) context.report({ node: source, messageId: 'leaves', data: { problem } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

module.exports = { rules: { 'no-relative-import-across-entry-points': noRelativeImportAcrossEntryPoints } };
