import { webcast } from '../testing-support/fake-live-backend';
import { diffById, uniqueById } from './webcast-diff';

describe('diffById', () => {
  it('reports additions and removals by Id, ignoring order and id case', () => {
    const a = webcast(1);
    const b = webcast(2);
    const c = webcast(3);
    const diff = diffById([a, b], [{ ...c }, { ...b, Id: b.Id.toUpperCase() }]);
    expect(diff.added.map((s) => s.Name)).toEqual(['Webcast 3']);
    expect(diff.removed.map((s) => s.Name)).toEqual(['Webcast 1']);
    expect(diff.changed).toEqual([]);
  });

  it('reports a session whose content changed without calling it added', () => {
    const a = webcast(1);
    const diff = diffById([a], [{ ...a, Name: 'Renamed' }]);
    expect(diff.added).toEqual([]);
    expect(diff.changed.map((s) => s.Name)).toEqual(['Renamed']);
  });

  it('finds nothing between equal lists', () => {
    const list = [webcast(1), webcast(2)];
    expect(diffById(list, [...list].reverse())).toEqual({ added: [], removed: [], changed: [] });
  });

  it('drops ids repeated across pages', () => {
    expect(uniqueById([webcast(1), webcast(2), webcast(1)]).length).toBe(2);
  });
});
