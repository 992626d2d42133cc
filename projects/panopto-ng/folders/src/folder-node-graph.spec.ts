import { FolderNodeGraph } from './folder-node-graph';
import { PANOPTO_ROOT_FOLDER_ID as ROOT } from './panopto-models';
import { f, id } from './testing-support/scripted-folder-backend';

/** Root > Arts (> Art 101 > Week 1), Science. */
function tree(): FolderNodeGraph {
  const graph = new FolderNodeGraph(ROOT);
  const root = graph.get(ROOT)!;
  root.childIds = [graph.upsert(f(1, 'Arts'), ROOT).id, graph.upsert(f(2, 'Science'), ROOT).id];
  graph.get(id(1))!.childIds = [graph.upsert(f(11, 'Art 101'), id(1)).id];
  graph.get(id(11))!.childIds = [graph.upsert(f(111, 'Week 1'), id(11)).id];
  return graph;
}

describe('FolderNodeGraph', () => {
  it('starts with an unloaded, expanded root and nothing else', () => {
    const graph = new FolderNodeGraph(ROOT);
    expect(graph.rootId).toBe(ROOT);
    expect(graph.get(ROOT)).toEqual(
      jasmine.objectContaining({ parentId: null, childIds: null, loadState: 'idle', expanded: true }),
    );
    expect(graph.getChildren(ROOT)).toEqual([]);
  });

  it('answers level, children, ancestors and descent from the parent links', () => {
    const graph = tree();
    expect([graph.getLevel(ROOT), graph.getLevel(id(1)), graph.getLevel(id(111)), graph.getLevel(id(9))]).toEqual([
      0, 1, 3, -1,
    ]);
    expect(graph.getChildren(ROOT).map((n) => n.name)).toEqual(['Arts', 'Science']);
    expect(graph.getAncestors(id(111)).map((n) => n.name)).toEqual(['Arts', 'Art 101']);
    expect(graph.isSelfOrDescendant(id(111), id(1))).toBeTrue();
    expect(graph.isSelfOrDescendant(id(1), id(1))).toBeTrue();
    expect(graph.isSelfOrDescendant(id(2), id(1))).toBeFalse();
    expect(graph.lookup(id(2))?.name).toBe('Science');
  });

  it('upsert updates a known folder and re-parents it out of its old parent', () => {
    const graph = tree();
    const moved = graph.upsert({ ...f(11, 'Art 102') }, id(2));
    expect(moved).toBe(graph.get(id(11))!);
    expect(moved.name).toBe('Art 102');
    expect(moved.parentId).toBe(id(2));
    expect(graph.get(id(1))!.childIds).toEqual([]);
  });

  it('insertSorted puts a folder where the name order (case-insensitive) puts it, once', () => {
    const graph = tree();
    const root = graph.get(ROOT)!;
    graph.insertSorted(root, graph.upsert(f(3, 'medicine'), ROOT).id);
    graph.insertSorted(root, graph.upsert(f(4, 'Zoology'), ROOT).id);
    graph.insertSorted(root, id(3));
    expect(graph.getChildren(ROOT).map((n) => n.name)).toEqual(['Arts', 'medicine', 'Science', 'Zoology']);
  });

  it('detach takes a folder out of its parent; forgetSubtree forgets it and everything below, reporting each id', () => {
    const graph = tree();
    graph.detach(graph.get(id(2))!);
    expect(graph.get(ROOT)!.childIds).toEqual([id(1)]);
    expect(graph.get(id(2))).toBeDefined();
    const forgotten: string[] = [];
    graph.forgetSubtree(id(1), (x) => forgotten.push(x));
    expect(forgotten).toEqual([id(111), id(11), id(1)]);
    expect(graph.get(id(11))).toBeUndefined();
  });

  it('forgetChildren makes a folder unloaded again; reset starts over from a new root', () => {
    const graph = tree();
    const arts = graph.get(id(1))!;
    Object.assign(arts, { loadState: 'loaded', nextPage: 2, error: 'x' });
    const forgotten: string[] = [];
    graph.forgetChildren(arts, (x) => forgotten.push(x));
    expect(forgotten).toEqual([id(111), id(11), id(1)]);
    expect(arts).toEqual(jasmine.objectContaining({ childIds: null, nextPage: 0, loadState: 'idle', error: null }));
    expect(graph.get(id(1))).toBe(arts);
    graph.reset(id(1));
    expect(graph.rootId).toBe(id(1));
    expect(graph.get(id(2))).toBeUndefined();
    expect(graph.get(id(1))).not.toBe(arts);
  });
});
