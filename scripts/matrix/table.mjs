// The matrix's result table, as the terminal shows it and as Markdown for the README.

/**
 * @typedef {object} MatrixRow
 * @property {number} major
 * @property {string} angular the installed @angular/core version, or '-' when the install failed
 * @property {string} node the Node version the CLI ran on
 * @property {number | null} installSeconds
 * @property {number | null} buildSeconds
 * @property {string} smoke 'pass', or the step that failed
 */

const HEADER = [
  'Angular major',
  '@angular/core',
  'Node',
  'install (s)',
  'build (s)',
  'smoke (sign-in, folder tree, play)',
];

/** @param {MatrixRow} row */
function cells(row) {
  const seconds = (s) => (s === null ? '-' : s.toFixed(0));
  return [String(row.major), row.angular, row.node, seconds(row.installSeconds), seconds(row.buildSeconds), row.smoke];
}

/** A Markdown table of the rows. @param {MatrixRow[]} rows */
export function markdownTable(rows) {
  const line = (values) => `| ${values.join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows.map((row) => line(cells(row)))].join('\n');
}

/** The same table with padded columns, for the terminal. @param {MatrixRow[]} rows */
export function textTable(rows) {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  return table.map((r) => r.map((v, i) => v.padEnd(widths[i])).join('  ')).join('\n');
}
