import { ComponentHarness } from '@angular/cdk/testing';

/** Test harness for `<panopto-session-list>`. */
export class PanoptoSessionListHarness extends ComponentHarness {
  static hostSelector = 'panopto-session-list';

  async getSessionNames(): Promise<string[]> {
    const names = await this.locatorForAll('.psl-name')();
    return Promise.all(names.map((n) => n.text()));
  }
  /** Thumbnail `src` per session (null when the session shows the placeholder). */
  async getThumbnailUrls(): Promise<Array<string | null>> {
    const out: Array<string | null> = [];
    // Read each item's markup: harness locators cannot scope to one list item without a child harness.
    for (const card of await this.locatorForAll('.psl-item')()) {
      const html = await card.getProperty<string>('innerHTML');
      const match = /<img[^>]*src="([^"]*)"/.exec(html);
      out.push(match ? match[1].replace(/&amp;/g, '&') : null);
    }
    return out;
  }
  async getDurations(): Promise<string[]> {
    const els = await this.locatorForAll('.psl-duration')();
    return Promise.all(els.map((e) => e.text()));
  }
  async isLoading(): Promise<boolean> {
    return !!(await this.locatorForOptional('.psl-skeleton')());
  }
  async getEmptyText(): Promise<string> {
    const el = await this.locatorForOptional('.psl-state')();
    return el ? (await el.text()).trim() : '';
  }
  async getErrorText(): Promise<string> {
    const el = await this.locatorForOptional('.psl-error p')();
    return el ? (await el.text()).trim() : '';
  }
  async retry(): Promise<void> {
    return (await this.locatorFor('.psl-error button')()).click();
  }
  async hasMore(): Promise<boolean> {
    return !!(await this.locatorForOptional('.psl-more')());
  }
  async showMore(): Promise<void> {
    return (await this.locatorFor('.psl-more')()).click();
  }
  /** Clicks a sort button: `'Name'` or `'Date'`. */
  async sortBy(label: 'Name' | 'Date'): Promise<void> {
    for (const button of await this.locatorForAll('.psl-sort-button')()) {
      if ((await button.text()).trim().startsWith(label)) return button.click();
    }
    throw new Error(`PanoptoSessionListHarness: no sort button '${label}'.`);
  }
  async chooseSession(name: string): Promise<void> {
    for (const card of await this.locatorForAll('.psl-card')()) {
      if ((await card.text()).includes(name)) return card.click();
    }
    throw new Error(`PanoptoSessionListHarness: no session '${name}'.`);
  }
}
