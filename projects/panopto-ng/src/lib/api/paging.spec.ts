import { Observable, take, toArray } from 'rxjs';
import { PanoptoApiError } from 'panopto-ng/core';
import { API, ID, setupRestCore } from '../testing/rest-core.test-helpers';

const folders = (...names: string[]) => ({ Results: names.map((Name, i) => ({ Id: ID, Name: `${Name}${i}` })) });
const childrenUrl = `${API}/folders/${ID}/children`;

describe('all…() paging streams', () => {
  it('fetches page after page from 0 and completes at the first empty page', () => {
    const { api, http, observe } = setupRestCore();
    const result = observe(api.folders.allChildren(ID, { sortOrder: 'Desc' }).pipe(toArray()));
    const page0 = http.expectOne((r) => r.url === childrenUrl);
    expect(page0.request.params.get('pageNumber')).toBe('0');
    expect(page0.request.params.get('sortOrder')).toBe('Desc');
    page0.flush(folders('a', 'b'));
    const page1 = http.expectOne((r) => r.url === childrenUrl);
    expect(page1.request.params.get('pageNumber')).toBe('1');
    page1.flush(folders('c'));
    const page2 = http.expectOne((r) => r.url === childrenUrl);
    expect(page2.request.params.get('pageNumber')).toBe('2');
    expect(result.completed).toBeFalse();
    page2.flush({ Results: [] });
    expect(result.values[0].map((f) => f.Name)).toEqual(['a0', 'b1', 'c0']);
    expect(result.completed).toBeTrue();
    http.verify();
  });

  it('asks for one page at a time: the next only after the previous arrived', () => {
    const { api, http, observe } = setupRestCore();
    observe(api.sessions.allSearch('cell'));
    expect(http.match(() => true).length).toBe(1);
    http.verify();
  });

  it('stops requesting when the consumer has enough (take) before the next page is needed', () => {
    const { api, http, observe } = setupRestCore();
    const result = observe(api.folders.allChildren(ID).pipe(take(2)));
    http.expectOne((r) => r.url === childrenUrl).flush(folders('a', 'b', 'c'));
    expect(result.values.length).toBe(2);
    expect(result.completed).toBeTrue();
    http.verify();
  });

  it('cancels the page in flight and requests no more after unsubscribe', () => {
    const { api, http, observe } = setupRestCore();
    const result = observe(api.folders.allSessions(ID));
    http.expectOne(() => true).flush({ Results: [{ Id: ID, Name: 's', Folder: ID }] });
    const page1 = http.expectOne(() => true);
    result.subscription.unsubscribe();
    expect(page1.cancelled).toBeTrue();
    http.verify();
  });

  it('passes a page error on and stops', () => {
    const { api, http, observe } = setupRestCore();
    const result = observe(api.folders.allCreator());
    http.expectOne(() => true).flush(folders('a'));
    http.expectOne(() => true).flush(null, { status: 404, statusText: 'Not Found' });
    expect(result.values.length).toBe(1);
    expect(result.error).toEqual(jasmine.any(PanoptoApiError));
    http.verify();
  });

  it('treats a page without Results as the end', () => {
    const { api, http, observe } = setupRestCore();
    const result = observe(api.users.allViewedSessions({ includeCompleted: true }));
    const req = http.expectOne(() => true);
    expect(req.request.params.get('includeCompleted')).toBe('true');
    req.flush({});
    expect(result.completed).toBeTrue();
    http.verify();
  });

  it('is provided for every paged list', () => {
    const { api, http, observe } = setupRestCore();
    const streams: Observable<unknown>[] = [
      api.folders.allSearch('x'),
      api.folders.allPlaylists(ID),
      api.folders.allPermissions(ID),
      api.sessions.allViewers(ID),
      api.sessions.allInProgressWebcasts(),
      api.sessions.allInProgressRecordings(),
      api.playlists.allSearch('x'),
      api.playlists.allSessions(ID),
      api.remoteRecorders.allSearch('x'),
    ];
    const results = streams.map((s) => observe(s));
    for (const req of http.match(() => true)) {
      expect(req.request.params.get('pageNumber')).toBe('0');
      req.flush({ Results: [] });
    }
    expect(results.every((r) => r.completed)).toBeTrue();
  });
});
