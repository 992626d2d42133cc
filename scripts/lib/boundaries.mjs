// The library's "one home per concern" boundaries that ESLint cannot express (ESLint covers the rest: no
// @angular/* in framework-free code and no relative import across entry points, see
// projects/panopto-ng/.eslintrc.json and scripts/eslint-plugin-panopto). Run by `npm run lint`
// (scripts/check-boundaries.mjs) and by tests/scripts/boundaries.test.ts.
//
// Every check reads the sources as text with comments blanked out (line numbers kept), so a comment that
// describes a formula is not a copy of it. Each failure names the file, the line, the rule and the rule's home.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const workspace = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const LIBRARY = join(workspace, 'projects', 'panopto-ng');
export const MAX_LINES = 450;
const SOURCE = /\.(ts|mjs|js|html|css|scss)$/;

/** Where each concern lives (relative to projects/panopto-ng). */
export const HOMES = {
  guid: 'core/src/guid.ts',
  retry: 'core/src/retry/retry-policy.ts',
  error: 'core/src/errors/panopto-error.ts',
  visuallyHidden: 'shared-styles/visually-hidden.css',
};

/** Specs and test helpers: *.spec.ts, *.test-helpers.ts, anything in a testing-support or bench folder. */
export function isTestFile(rel) {
  const parts = rel.split(/[\\/]/);
  return /\.spec\.ts$|\.test-helpers\.ts$/.test(rel) || parts.includes('testing-support') || parts.includes('bench');
}

/** After this (comment-free) text, does a `/` start a regular expression literal rather than divide? */
function startsRegex(before) {
  const tail = before.replace(/\s+$/, '');
  return tail === '' || /[(,=:[!&|?{};+\-*%<>~^]$/.test(tail) || /\b(?:return|typeof|case|in|of)$/.test(tail);
}

/** The text with comments replaced by spaces (newlines kept), for TS/JS, CSS/SCSS or HTML. */
export function blankComments(text, file) {
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  if (/\.html$/.test(file)) return text.replace(/<!--[\s\S]*?-->/g, blank);
  if (/\.css$/.test(file)) return text.replace(/\/\*[\s\S]*?\*\//g, blank);
  // TS/JS/SCSS: a small scanner that knows strings and template literals, so `'https://x'` is not a comment.
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c && (c === '`' || text[j] !== '\n')) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && startsRegex(out)) {
      // A regular expression literal: copy it whole (it may contain quotes or slashes).
      let j = i + 1;
      let inClass = false;
      while (j < text.length && text[j] !== '\n' && (inClass || text[j] !== '/')) {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        j++;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Every source file of the library (relative paths, sorted), with its text and comment-free text. */
export function librarySources(library = LIBRARY) {
  const files = [];
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.name === 'node_modules' || d.name.startsWith('.')) continue;
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (SOURCE.test(d.name)) files.push(full);
    }
  };
  if (existsSync(library)) walk(library);
  return files.sort().map((full) => {
    const text = readFileSync(full, 'utf8');
    const rel = relative(library, full).split(sep).join('/');
    return { rel, text, code: blankComments(text, rel) };
  });
}

function lineOf(text, index) {
  let line = 1;
  for (let k = 0; k < index; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}

function* matches(code, regex) {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g');
  for (let m = global.exec(code); m; m = global.exec(code)) {
    yield m;
    if (m[0] === '') global.lastIndex++;
  }
}

// A character class with digits and hex letters, repeated 8 times: the first group of a GUID, however spelled
// (`[0-9a-f]{8}`, `[a-fA-F0-9]{8}`, `[\da-f]{8}`, `[0-9A-F]{8}-`).
const GUID_PATTERN = /\[(?=[^\]\n]*(?:0-9|\\d))(?=[^\]\n]*(?:a-f|A-F))[^\]\n]*\]\{8\}/;
// Exponential growth with a variable exponent: `2 ** (retry - 1)`, `2 ** attempt`, `Math.pow(2, n)`, `1 << tries`,
// `delay *= 2` / `backoff * 2`. Constant exponents (`2 ** 31 - 1`, `x << 13`) are not backoff.
const BACKOFF_PATTERNS = [
  /\b2\s*\*\*\s*[(A-Za-z_$]/,
  /\bMath\.pow\(\s*2\s*,\s*[^\d\s)]/,
  /<<\s*\(?\s*[A-Za-z_$]/,
  /\b[\w$]*(?:delay|backoff|wait)[\w$]*\s*(?:\*=|\*)\s*2\b(?!\s*\*)/i,
];
const ERROR_BASES =
  /\bextends\s+(?:globalThis\.)?(Error|TypeError|RangeError|SyntaxError|ReferenceError|EvalError|URIError|AggregateError|DOMException)\b/;
const INJECTION_TOKEN = /\bconst\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*new\s+InjectionToken\s*<([^;]*?)>\s*\(/;
const VISUALLY_HIDDEN_SELECTOR = /(^|[\s,>+~}])\.[\w-]*visually-hidden[\w-]*(?=[^{};]*\{)/m;
const VISUALLY_HIDDEN_BODY = /\bclip\s*:\s*rect\(\s*0/;
const SIZE_REASON = /^\s*(?:\/\/+|\/\*+|\*|<!--)\s*Size:\s*\S/;

/**
 * Runs every check over `sources` (from librarySources()) and returns the failures, each
 * `{ rule, file, line, message }` with `file` relative to projects/panopto-ng; [] when all hold.
 */
export function checkBoundaries(sources = librarySources()) {
  const failures = [];
  const fail = (rule, file, line, message) => failures.push({ rule, file, line, message });
  const code = (s) => !/\.(html|css|scss)$/.test(s.rel);

  // The clock token's home is wherever PANOPTO_CLOCK is declared (there must be exactly one).
  const clockTokens = [];

  for (const s of sources) {
    const spec = /\.spec\.ts$/.test(s.rel);
    const test = isTestFile(s.rel);

    if (code(s) && !spec && !s.rel.startsWith('core/src/')) {
      for (const m of matches(s.code, GUID_PATTERN))
        fail(
          'one-guid-pattern',
          s.rel,
          lineOf(s.code, m.index),
          `a copy of the GUID pattern (${m[0]}); use isGuid/assertGuid/GUID_PATTERN_SOURCE from 'panopto-ng/core' ` +
            `(home: projects/panopto-ng/${HOMES.guid})`,
        );
    }

    if (code(s) && !spec && s.rel !== HOMES.retry) {
      const seen = new Set();
      for (const pattern of BACKOFF_PATTERNS)
        for (const m of matches(s.code, pattern)) {
          const line = lineOf(s.code, m.index);
          if (seen.has(line)) continue;
          seen.add(line);
          fail(
            'one-backoff-formula',
            s.rel,
            line,
            `a backoff formula (${m[0].trim()}…); use backoffDelay/retryDelay from 'panopto-ng/core' ` +
              `(home: projects/panopto-ng/${HOMES.retry})`,
          );
        }
    }

    if (code(s) && !test && s.rel !== HOMES.error) {
      for (const m of matches(s.code, ERROR_BASES))
        fail(
          'one-error-base',
          s.rel,
          lineOf(s.code, m.index),
          `extends ${m[1]} directly; every library error extends PanoptoError (or a subclass) with a stable code ` +
            `(home: projects/panopto-ng/${HOMES.error})`,
        );
    }

    if (code(s) && !spec) {
      for (const m of matches(s.code, INJECTION_TOKEN)) {
        const [, name, type] = m;
        if (!/Clock/.test(type) && !/CLOCK/.test(name)) continue;
        const line = lineOf(s.code, m.index);
        // A deprecated alias kept for one minor version (its TSDoc says @deprecated) is not a second clock.
        if (isDeprecatedDeclaration(s.text, line)) continue;
        clockTokens.push({ name, file: s.rel, line, type: type.trim() });
      }
    }

    if (!spec && !s.rel.startsWith('shared-styles/')) {
      const reported = [];
      for (const m of matches(s.code, VISUALLY_HIDDEN_SELECTOR)) {
        const line = lineOf(s.code, m.index + m[1].length);
        reported.push(line);
        fail(
          'one-visually-hidden',
          s.rel,
          line,
          `a visually-hidden rule (${m[0].trim()}); add projects/panopto-ng/${HOMES.visuallyHidden} to styleUrls ` +
            `and the class panopto-visually-hidden instead (home: projects/panopto-ng/${HOMES.visuallyHidden})`,
        );
      }
      for (const m of matches(s.code, VISUALLY_HIDDEN_BODY)) {
        const line = lineOf(s.code, m.index);
        if (reported.some((at) => line >= at && line - at <= 12)) continue; // the body of a rule named above
        fail(
          'one-visually-hidden',
          s.rel,
          line,
          `a copy of the visually-hidden rule's body (${m[0].trim()}…) under another class name; use the class ` +
            `panopto-visually-hidden (home: projects/panopto-ng/${HOMES.visuallyHidden})`,
        );
      }
    }

    if (!test && !s.rel.startsWith('schematics/')) {
      const lines = s.text.split('\n');
      const count = lines.length - (s.text.endsWith('\n') ? 1 : 0);
      if (count > MAX_LINES && !lines.slice(0, 15).some((l) => SIZE_REASON.test(l)))
        fail(
          'max-file-size',
          s.rel,
          MAX_LINES + 1,
          `${count} lines (over ${MAX_LINES}) without a measured reason; split it along its concerns, or write a ` +
            `comment starting "Size:" with the measured reason in its first 15 lines ` +
            `(home: scripts/lib/boundaries.mjs, MAX_LINES)`,
        );
    }
  }

  const official = clockTokens.filter((t) => t.name === 'PANOPTO_CLOCK');
  const home = official[0] ? `${official[0].file}` : 'src/lib/clock (PANOPTO_CLOCK)';
  for (const t of clockTokens) {
    if (t.name === 'PANOPTO_CLOCK' && t === official[0]) continue;
    fail(
      'one-clock-token',
      t.file,
      t.line,
      t.name === 'PANOPTO_CLOCK'
        ? `a second PANOPTO_CLOCK token; there is one (home: projects/panopto-ng/${home})`
        : `clock token ${t.name} (InjectionToken<${t.type}>); inject PANOPTO_CLOCK, the only clock token ` +
            `(home: projects/panopto-ng/${home})`,
    );
  }
  if (official.length === 0)
    fail('one-clock-token', 'src', 1, 'no PANOPTO_CLOCK token declared; the library needs its one clock token');

  return failures.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
}

/** One line per failure: `projects/panopto-ng/<file>:<line>: [rule] message`. */
export function formatFailure(f) {
  return `projects/panopto-ng/${f.file}:${f.line}: [${f.rule}] ${f.message}`;
}

/** True when the TSDoc block right above line `line` (1-based) of `text` carries `@deprecated`. */
function isDeprecatedDeclaration(text, line) {
  const lines = text.split('\n');
  let i = line - 2;
  if (i < 0 || !lines[i].trim().endsWith('*/')) return false;
  for (; i >= 0; i--) {
    if (lines[i].includes('@deprecated')) return true;
    if (lines[i].trim().startsWith('/**')) return false;
  }
  return false;
}
