import { BaseHarnessFilters, ComponentHarness, HarnessPredicate, TestKey } from '@angular/cdk/testing';

/** Filters for {@link PanoptoFolderTreeItemHarness}. */
export interface PanoptoFolderTreeItemHarnessFilters extends BaseHarnessFilters {
  /** Folder name (exact string or pattern). */
  name?: string | RegExp;
}

/** One row (`role=treeitem`) of `<panopto-folder-browser>`: a folder or an error row. */
export class PanoptoFolderTreeItemHarness extends ComponentHarness {
  static hostSelector = '[role=treeitem]';

  static with(options: PanoptoFolderTreeItemHarnessFilters = {}): HarnessPredicate<PanoptoFolderTreeItemHarness> {
    return new HarnessPredicate(PanoptoFolderTreeItemHarness, options).addOption('name', options.name, (h, name) =>
      HarnessPredicate.stringMatches(h.getName(), name),
    );
  }

  private readonly nameEl = this.locatorForOptional('.pfb-name');

  /** The folder name (or the error text for an error row). */
  async getName(): Promise<string> {
    const name = await this.nameEl();
    return (name ? await name.text() : await (await this.host()).text()).trim();
  }
  async getLevel(): Promise<number> {
    return Number(await (await this.host()).getAttribute('aria-level'));
  }
  async getSetSize(): Promise<number> {
    return Number(await (await this.host()).getAttribute('aria-setsize'));
  }
  async getPosInSet(): Promise<number> {
    return Number(await (await this.host()).getAttribute('aria-posinset'));
  }
  /** `null` when the folder has no children (or this is an error row). */
  async isExpanded(): Promise<boolean | null> {
    const value = await (await this.host()).getAttribute('aria-expanded');
    return value === null ? null : value === 'true';
  }
  async isSelected(): Promise<boolean> {
    return (await (await this.host()).getAttribute('aria-selected')) === 'true';
  }
  async isBusy(): Promise<boolean> {
    return (await (await this.host()).getAttribute('aria-busy')) === 'true';
  }
  /** The roving-tabindex row (tabindex 0). */
  async isActive(): Promise<boolean> {
    return (await (await this.host()).getAttribute('tabindex')) === '0';
  }
  async isFocused(): Promise<boolean> {
    return (await this.host()).isFocused();
  }
  async isErrorRow(): Promise<boolean> {
    return (await this.host()).hasClass('pfb-row--error');
  }
  async isDraggable(): Promise<boolean> {
    return (await (await this.host()).getAttribute('draggable')) === 'true';
  }
  /** Clicks the row (selects a folder, retries an error row). */
  async click(): Promise<void> {
    return (await this.host()).click();
  }
  /** Clicks the expand/collapse arrow. */
  async toggle(): Promise<void> {
    const twisty = await this.locatorFor('.pfb-twisty')();
    return twisty.click();
  }
  async focus(): Promise<void> {
    return (await this.host()).focus();
  }
}

/** Test harness for `<panopto-folder-browser>`. */
export class PanoptoFolderBrowserHarness extends ComponentHarness {
  static hostSelector = 'panopto-folder-browser';

  private readonly tree = this.locatorForOptional('[role=tree]');
  private readonly searchInput = this.locatorFor('input[type=search]');

  /** Rows currently in the DOM (the virtual scroller renders only those near the viewport). */
  async getRows(filters: PanoptoFolderTreeItemHarnessFilters = {}): Promise<PanoptoFolderTreeItemHarness[]> {
    return this.locatorForAll(PanoptoFolderTreeItemHarness.with(filters))();
  }
  async getRow(filters: PanoptoFolderTreeItemHarnessFilters): Promise<PanoptoFolderTreeItemHarness> {
    return this.locatorFor(PanoptoFolderTreeItemHarness.with(filters))();
  }
  async getRowNames(): Promise<string[]> {
    return Promise.all((await this.getRows()).map((r) => r.getName()));
  }
  /** Every row element in the DOM, loading rows included (for virtualisation bounds). */
  async countDomRows(): Promise<number> {
    return (await this.locatorForAll('.pfb-row')()).length;
  }
  async getErrorRows(): Promise<PanoptoFolderTreeItemHarness[]> {
    const rows = await this.getRows();
    const flags = await Promise.all(rows.map((r) => r.isErrorRow()));
    return rows.filter((_, i) => flags[i]);
  }
  async getLoadingRowCount(): Promise<number> {
    return (await this.locatorForAll('.pfb-row--loading')()).length;
  }
  /** The roving-tabindex row. */
  async getActiveRow(): Promise<PanoptoFolderTreeItemHarness | null> {
    for (const row of await this.getRows()) if (await row.isActive()) return row;
    return null;
  }
  async getSelectedRow(): Promise<PanoptoFolderTreeItemHarness | null> {
    for (const row of await this.getRows()) if (await row.isSelected()) return row;
    return null;
  }
  async hasTree(): Promise<boolean> {
    return !!(await this.tree());
  }
  async getTreeAttribute(name: string): Promise<string | null> {
    const tree = await this.tree();
    return tree ? tree.getAttribute(name) : null;
  }
  /** Presses a key on the active row (`'ArrowDown'`, `'Home'`, `'Enter'`, `' '`, `'*'`, a letter…). */
  async pressKey(key: string): Promise<void> {
    const row = await this.getActiveRow();
    if (!row) throw new Error('PanoptoFolderBrowserHarness: no active row to send keys to.');
    const host = await row.host();
    const named: Record<string, TestKey> = {
      ArrowDown: TestKey.DOWN_ARROW,
      ArrowUp: TestKey.UP_ARROW,
      ArrowLeft: TestKey.LEFT_ARROW,
      ArrowRight: TestKey.RIGHT_ARROW,
      Home: TestKey.HOME,
      End: TestKey.END,
      Enter: TestKey.ENTER,
      F2: TestKey.F2,
      Delete: TestKey.DELETE,
    };
    if (named[key] !== undefined) await host.sendKeys(named[key]);
    else await host.sendKeys(key);
  }
  /** Status messages outside the tree (loading, empty). */
  async getStateText(): Promise<string> {
    const states = await this.locatorForAll('.pfb-state')();
    return (await Promise.all(states.map((s) => s.text()))).join(' ').trim();
  }
  /** The error banner above the tree ('' when none). */
  async getErrorBanner(): Promise<string> {
    const banners = await this.locatorForAll('.pfb-banner')();
    return (await Promise.all(banners.map((b) => b.text()))).join(' ').trim();
  }

  // ---- search ----
  async search(text: string): Promise<void> {
    const input = await this.searchInput();
    await input.clear();
    if (text) await input.sendKeys(text);
  }
  async getSearchResultNames(): Promise<string[]> {
    const names = await this.locatorForAll('.pfb-result-name')();
    return Promise.all(names.map((n) => n.text()));
  }
  async getSearchStatus(): Promise<string> {
    const status = await this.locatorForAll('.pfb-results .pfb-status')();
    return (await Promise.all(status.map((s) => s.text()))).join(' ').trim();
  }
  async chooseSearchResult(name: string): Promise<void> {
    for (const button of await this.locatorForAll('.pfb-result')()) {
      if ((await (await button.text()).trim()).startsWith(name)) return button.click();
    }
    throw new Error(`PanoptoFolderBrowserHarness: no search result named '${name}'.`);
  }

  // ---- management ----
  /** Labels of the management toolbar's buttons. */
  async getActions(): Promise<string[]> {
    const buttons = await this.locatorForAll('.pfb-toolbar button')();
    return Promise.all(buttons.map(async (b) => (await b.text()).trim()));
  }
  async clickAction(label: string): Promise<void> {
    for (const button of await this.locatorForAll('.pfb-toolbar button')()) {
      if ((await button.text()).trim() === label) return button.click();
    }
    throw new Error(`PanoptoFolderBrowserHarness: no action '${label}'.`);
  }
  /** The open dialog's title, or null. */
  async getOpenDialogTitle(): Promise<string | null> {
    for (const dialog of await this.locatorForAll('dialog')()) {
      if ((await dialog.getProperty<boolean>('open')) === true)
        return (await (await this.locatorFor('dialog[open] .pfd-title')()).text()).trim();
    }
    return null;
  }
  async setDialogName(name: string): Promise<void> {
    const input = await this.locatorFor('dialog[open] input:not([type=search]):not([type=radio])')();
    await input.clear();
    await input.sendKeys(name);
  }
  async chooseMoveTarget(label: string | RegExp): Promise<void> {
    for (const target of await this.locatorForAll('dialog[open] .pfb-target')()) {
      if (await HarnessPredicate.stringMatches((await target.text()).trim(), label)) {
        return target.click();
      }
    }
    throw new Error(`PanoptoFolderBrowserHarness: no move destination '${label}'.`);
  }
  async filterMoveTargets(text: string): Promise<void> {
    const input = await this.locatorFor('dialog[open] input[type=search]')();
    await input.clear();
    if (text) await input.sendKeys(text);
  }
  async getMoveTargets(): Promise<string[]> {
    const targets = await this.locatorForAll('dialog[open] .pfb-target')();
    return Promise.all(targets.map(async (t) => (await t.text()).trim()));
  }
  /** Clicks the open dialog's submit button (Create, Rename, Move, Delete). */
  async submitDialog(): Promise<void> {
    return (await this.locatorFor('dialog[open] button[type=submit]')()).click();
  }
  async cancelDialog(): Promise<void> {
    return (await this.locatorFor('dialog[open] button[type=button]')()).click();
  }
  async getDialogError(): Promise<string> {
    const el = await this.locatorForOptional('dialog[open] .pfb-error')();
    return el ? (await el.text()).trim() : '';
  }
}
