import { Observable, of, toArray } from 'rxjs';
import { PanoptoError, PanoptoListResponse } from 'panopto-ng/core';
import { allPages } from './paging';

interface Item {
  Id: string;
}
const page = (...ids: string[]): PanoptoListResponse<Item> => ({ Results: ids.map((Id) => ({ Id })) });

function run(fetchPage: (n: number) => Observable<PanoptoListResponse<Item>>, options?: { maxPages?: number }) {
  const out = { values: [] as Item[][], error: null as unknown, requested: [] as number[] };
  allPages((n) => {
    out.requested.push(n);
    return fetchPage(n);
  }, options)
    .pipe(toArray())
    .subscribe({ next: (v) => out.values.push(v), error: (e) => (out.error = e) });
  return out;
}

describe('allPages guards against servers that ignore pageNumber', () => {
  it('stops with an error naming the repeated page when a page comes back identical to the previous one', () => {
    const out = run(() => of(page('a', 'b')));
    expect(out.requested).toEqual([0, 1]);
    expect(out.error).toEqual(jasmine.any(PanoptoError));
    expect((out.error as PanoptoError).code).toBe('paging-repeated-page');
    expect((out.error as Error).message).toMatch(/page 1 .*same.* page 0.*ignores `pageNumber`/);
  });

  it('stops at the page cap with an error that says so', () => {
    const out = run((n) => of(page(`item-${n}`)), { maxPages: 5 });
    expect(out.requested).toEqual([0, 1, 2, 3, 4]);
    expect((out.error as PanoptoError).code).toBe('paging-limit');
    expect((out.error as Error).message).toMatch(/5 pages/);
  });

  it('still completes normally at the first empty page', () => {
    const out = run((n) => of(n < 3 ? page(`item-${n}`) : page()));
    expect(out.error).toBeNull();
    expect(out.values[0].map((i) => i.Id)).toEqual(['item-0', 'item-1', 'item-2']);
  });

  it('refuses a cap that is not a positive whole number', () => {
    expect(() => allPages(() => of(page()), { maxPages: 0 })).toThrowError(/maxPages/);
  });
});
