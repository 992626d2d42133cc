import { Subject, of } from 'rxjs';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { FolderSearchState } from '../folder-search';
import { ScriptedBackend, f } from '../testing-support/scripted-folder-backend';
import { DEFAULT_PANOPTO_FOLDERS_TEXTS } from '../i18n/folders-texts';
import { FolderSearchBox } from './folder-search-box';

describe('FolderSearchBox', () => {
  it('keeps the typed text and the search state, debounced on the clock, until `until` fires', () => {
    const clock = new FakePanoptoClock();
    const backend = new ScriptedBackend();
    const search = spyOn(backend, 'searchFolders').and.returnValue(of([f(1, 'ENG 101')]));
    const until = new Subject<void>();
    const seen: FolderSearchState[] = [];
    const box = new FolderSearchBox(backend, clock, until, DEFAULT_PANOPTO_FOLDERS_TEXTS, (s) => seen.push(s));
    box.connect();
    box.input('ENG');
    expect(box.text).toBe('ENG');
    clock.tick(299);
    expect(search).not.toHaveBeenCalled();
    clock.tick(1);
    expect(box.state).toEqual({ status: 'done', query: 'ENG', results: [f(1, 'ENG 101')] });
    expect(seen.map((s) => s.status)).toEqual(['searching', 'done']);
    box.clear();
    clock.tick(300);
    expect([box.text, box.state.status]).toEqual(['', 'idle']);
    until.next();
    box.input('Arts');
    clock.tick(300);
    expect(search).toHaveBeenCalledTimes(1);
  });
});
