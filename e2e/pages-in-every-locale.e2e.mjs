// Every demo page (the overview and each route of app.routes.ts), signed in, in both themes, both directions
// and every language of the demo's language list (demo-languages.ts, when it and the header's language
// select exist; English only otherwise): axe-core with the WCAG 2.2 AA rule tags must find nothing (at 1280 px),
// and a DOM check at 1280 and 390 px must find no layout breakage (sideways page scroll, text wider than its box,
// clipped controls, elements cut off at the viewport edge). Screenshots of each go to
// test-results/screenshots/. Also: the folder tree's arrows follow the reading direction in the real app.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchBrowser, newPage, requireServers, screenshot } from './support/browser.mjs';
import { ACCOUNTS, gotoSignedIn, signInThroughDemo } from './support/login.mjs';

const root = new URL('..', import.meta.url).pathname;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, 390];
const THEMES = ['light', 'dark'];
const DIRECTIONS = ['ltr', 'rtl'];

/** The overview plus every demo page's path, read from app.routes.ts (the DEMO_PAGES list). */
function demoPaths() {
  const source = readFileSync(`${root}projects/demo-app/src/app/app.routes.ts`, 'utf8');
  const pages = source.slice(source.indexOf('DEMO_PAGES'), source.indexOf('APP_ROUTES'));
  const paths = [...pages.matchAll(/^\s*path: '([^']+)'/gm)].map((m) => `/${m[1]}`);
  assert.ok(paths.length > 5, 'app.routes.ts: expected the DEMO_PAGES list of paths');
  return ['/', ...paths];
}

/** The demo's languages from demo-languages.ts (an exported array of { code, label, dir }), or null. */
async function demoLanguages() {
  const file = `${root}projects/demo-app/src/app/shell/demo-languages.ts`;
  if (!existsSync(file)) return null;
  const { tsImport } = await import('tsx/esm/api');
  const module = await tsImport(file, import.meta.url);
  const list = Object.values(module).find((v) => Array.isArray(v) && v.every((l) => typeof l?.code === 'string'));
  assert.ok(list?.length, `${file}: expected an exported array of { code, label, dir }`);
  return list;
}

/** Runs axe with the WCAG 2.2 AA tags; returns one readable line per failing node. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(
    (tags) =>
      window.axe
        // iframes: false: the only frames are the emulator's cross-origin player pages, where axe is not
        // injected, so axe would only wait for their answer to time out.
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false })
        .then((r) =>
          r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })),
        ),
    WCAG_TAGS,
  );
  return violations.flatMap((v) => v.nodes.map((target) => `${v.id} (${v.help}): ${target}`));
}

/**
 * Layout breakage in the page as laid out now, one readable line each. Runs in the page; the rules:
 * - the page scrolls sideways;
 * - an element's own text is wider than its box (unless it scrolls, or truncates on purpose with an ellipsis);
 * - a visible control (button, link, field) is clipped by an ancestor that hides overflow, or its label is
 *   wider than it;
 * - a visible element is cut off by the viewport's left or right edge, or by its top edge while the page is
 *   scrolled to the top (off-screen ones, like a skip link waiting for focus, are hidden on purpose and not
 *   counted).
 */
function layoutBreakage() {
  const problems = [];
  const describe = (el) => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/)[0]}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.localName}${id}${cls}> “${text}”`;
  };
  const doc = document.documentElement;
  const width = doc.clientWidth;
  if (doc.scrollWidth > width + 1)
    problems.push(`the page scrolls sideways: ${doc.scrollWidth}px content in ${width}px`);
  const shown = (el) =>
    el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
    el.getBoundingClientRect().width > 1 &&
    el.getBoundingClientRect().height > 1 &&
    !el.closest('[aria-hidden=true], .visually-hidden, .panopto-visually-hidden, .cdk-visually-hidden');
  const scrolls = (style) => /auto|scroll/.test(style.overflowX);
  const controls = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=tab], summary';
  // Whether an element is, or is inside, a sideways scroll container; memoised, as pages have 10,000 rows.
  const scrollerMemo = new Map();
  const insideScroller = (el) => {
    if (!el || el === document.body) return false;
    if (!scrollerMemo.has(el)) scrollerMemo.set(el, scrolls(getComputedStyle(el)) || insideScroller(el.parentElement));
    return scrollerMemo.get(el);
  };
  for (const el of document.body.querySelectorAll('*')) {
    if (!shown(el)) continue;
    const style = getComputedStyle(el);
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    if (ownText && style.display !== 'inline' && !scrolls(style) && style.textOverflow !== 'ellipsis') {
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        problems.push(`text wider than its box (${el.scrollWidth}px in ${el.clientWidth}px): ${describe(el)}`);
    }
    const rect = el.getBoundingClientRect();
    if (el.matches(controls)) {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (scrolls(s) || /auto|scroll/.test(s.overflowY)) break; // a scroll container: reachable by scrolling
        if (!/hidden|clip/.test(s.overflowX + s.overflowY)) continue;
        const box = a.getBoundingClientRect();
        if (
          rect.left < box.left - 1 ||
          rect.right > box.right + 1 ||
          rect.top < box.top - 1 ||
          rect.bottom > box.bottom + 1
        ) {
          problems.push(`control clipped by ${describe(a)}: ${describe(el)}`);
          break;
        }
      }
    }
    const inScroller = insideScroller(el.parentElement);
    // The top edge too while the page is scrolled to the top: a header row pushed up out of sight.
    const partlyOut =
      (rect.left < -1 && rect.right > 0) ||
      (rect.right > width + 1 && rect.left < width) ||
      (window.scrollY === 0 && rect.top < -1 && rect.bottom > 0);
    if (partlyOut && !inScroller && style.position !== 'fixed')
      problems.push(
        `cut off by the viewport edge (x ${Math.round(rect.left)} to ${Math.round(
          rect.right,
        )} of ${width}, y ${Math.round(rect.top)}): ${describe(el)}`,
      );
  }
  return [...new Set(problems)];
}

/** Clicks a header switch until `read` gives `want` (at most twice: another control may have changed it too). */
async function switchTo(page, testId, read, want) {
  for (let i = 0; i < 3 && (await page.evaluate(read)) !== want; i++) await page.getByTestId(testId).click();
  assert.equal(await page.evaluate(read), want, `${testId} should give ${want}`);
}
const readTheme = () => document.documentElement.getAttribute('data-theme');
const readDirection = () => getComputedStyle(document.documentElement).direction;

/** After a navigation: waits until the network is quiet (2.5 s at most: some pages poll live data). */
async function settleAfterNavigation(page) {
  await page.waitForLoadState('networkidle', { timeout: 2500 }).catch(() => undefined);
  await page.waitForTimeout(200);
}

/** After a theme, direction or width switch: two frames for layout and paint, and the 120 ms transitions. */
async function settleAfterSwitch(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(150);
}

const languages = (await demoLanguages()) ?? [{ code: 'en', label: 'English', dir: 'ltr' }];

describe('every demo page in every language, theme and direction: axe (WCAG 2.2 AA) and layout', () => {
  let browser;
  let page;

  before(async () => {
    await requireServers();
    browser = await launchBrowser();
    page = await newPage(browser);
    await signInThroughDemo(page, ACCOUNTS.instructor, '/');
  });
  after(async () => {
    await browser?.close();
  });

  it('the checks catch what they look for (breakages injected on purpose)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    // At phone width: the header must still name who is signed in (it once squeezed the name to 0 px).
    await gotoSignedIn(page, '/');
    const name = await page
      .getByTestId('auth-user-name')
      .evaluate((el) => ({ text: el.textContent.trim(), shown: el.clientWidth, needed: el.scrollWidth }));
    assert.ok(name.shown >= name.needed, `at 390 px the name “${name.text}” shows ${name.shown} of ${name.needed} px`);
    await page.evaluate(() => {
      const main = document.querySelector('main');
      main.insertAdjacentHTML(
        'beforeend',
        `<div data-injected style="width: 2000px">too wide for a phone</div>
         <div data-injected style="width: 40px; white-space: nowrap">a label far wider than its box</div>
         <div data-injected style="width: 30px; overflow: hidden"><button type="button" style="width: 120px">Clipped</button></div>
         <div data-injected style="position: absolute; top: -10px; height: 30px">cut off at the top</div>
         <p data-injected style="color: #777; background: #888">grey on grey</p>
         <iframe data-injected src="about:blank"></iframe>`,
      );
    });
    const layout = await page.evaluate(layoutBreakage);
    const axe = await axeViolations(page);
    await gotoSignedIn(page, '/'); // drop the injected elements
    for (const kind of [
      'the page scrolls sideways',
      'text wider than its box',
      'control clipped by',
      'cut off by the viewport edge',
    ])
      assert.ok(
        layout.some((p) => p.startsWith(kind)),
        `layout check should report “${kind}”, got:\n${layout.join('\n')}`,
      );
    assert.ok(
      layout.some((p) => p.includes('cut off at the top')),
      `layout check should report the element cut off at the top, got:\n${layout.join('\n')}`,
    );
    for (const rule of ['color-contrast', 'frame-title'])
      assert.ok(
        axe.some((v) => v.startsWith(rule)),
        `axe should report ${rule}, got:\n${axe.join('\n')}`,
      );
  });

  for (const language of languages) {
    it(`${language.code}: every page passes axe and shows no layout breakage`, async () => {
      const started = Date.now();
      const failures = [];
      // Where the time goes, per phase, so a slow page or check shows up in the log.
      const spent = { navigation: 0, axe: 0, layout: 0, screenshots: 0 };
      const timed = async (phase, work) => {
        const t = Date.now();
        const result = await work();
        spent[phase] += Date.now() - t;
        return result;
      };
      for (const path of demoPaths()) {
        await timed('navigation', async () => {
          await page.setViewportSize({ width: WIDTHS[0], height: 800 });
          await gotoSignedIn(page, path);
          if (await page.getByTestId('language-switch').count())
            await page.getByTestId('language-switch').selectOption(language.code);
          await settleAfterNavigation(page);
        });
        for (const theme of THEMES) {
          await switchTo(page, 'theme-toggle', readTheme, theme);
          for (const dir of DIRECTIONS) {
            await switchTo(page, 'direction-toggle', readDirection, dir);
            for (const width of WIDTHS) {
              await page.setViewportSize({ width, height: width > 600 ? 800 : 844 });
              await settleAfterSwitch(page);
              const where = `${path} ${language.code} ${theme} ${dir} ${width}px`;
              // axe in every theme, direction and language at the desktop width (its rules do not depend on
              // the width, and each run costs about a second); the layout check at both widths.
              if (width === WIDTHS[0])
                for (const v of await timed('axe', () => axeViolations(page))) failures.push(`${where}: axe ${v}`);
              for (const b of await timed('layout', () => page.evaluate(layoutBreakage)))
                failures.push(`${where}: layout: ${b}`);
              const name = `locale-${language.code}-${theme}-${dir}-${width}-${path.slice(1) || 'overview'}`;
              // What is on screen only: 256 full-page images per language would cost more than every check together.
              await timed('screenshots', () => screenshot(page, name, { fullPage: false }));
            }
          }
        }
      }
      console.log(
        `# ${language.code}: ${demoPaths().length} pages checked in ${((Date.now() - started) / 1000).toFixed(1)} s (` +
          Object.entries(spent)
            .map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)} s`)
            .join(', ') +
          ')',
      );
      assert.deepEqual(failures, [], `${failures.length} problem(s):\n${failures.join('\n')}`);
    });
  }

  it('the folder tree follows the reading direction: in RTL, Left expands and enters, Right goes back', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await gotoSignedIn(page, '/folders');
    await switchTo(page, 'direction-toggle', readDirection, 'rtl');
    // Other suites create folders in the shared emulator before this one: pick a seeded folder by its name.
    const faculty = page.locator('[role=treeitem]', {
      has: page.locator('.pfb-name', { hasText: /^Faculty of Science$/ }),
    });
    await faculty.waitFor({ timeout: 20000 });
    await faculty.click(); // selects it and makes it the tree's active row (roving tabindex)
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'treeitem');
    assert.equal(await faculty.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('ArrowRight'); // in RTL: towards the line's start, nothing to collapse
    assert.equal(await faculty.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(
      () =>
        document.activeElement?.getAttribute('aria-expanded') === 'true' &&
        document.activeElement.getAttribute('aria-busy') !== 'true',
      null,
      { timeout: 20000 },
    );
    await page.keyboard.press('ArrowLeft');
    const child = await page.evaluate(() => document.activeElement?.getAttribute('aria-level'));
    assert.equal(child, '2', 'Left on an open folder enters its first child');
    await screenshot(page, 'locale-folder-tree-rtl');
    await page.keyboard.press('ArrowRight');
    assert.equal(
      await page.evaluate(() => document.activeElement?.querySelector('.pfb-name')?.textContent?.trim()),
      'Faculty of Science',
    );
    await page.keyboard.press('ArrowRight');
    assert.equal(await faculty.getAttribute('aria-expanded'), 'false');
    await switchTo(page, 'direction-toggle', readDirection, 'ltr');
  });
});
