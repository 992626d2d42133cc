import { FakePanoptoClock } from 'panopto-ng/testing';
import { FolderTreeRow } from './flatten-folder-tree';
import { folderRow as folder } from './testing-support/folder-rows';
import { TreeTypeahead, treeKeyAction } from './tree-keyboard';

describe('treeKeyAction (WAI-ARIA tree keyboard model)', () => {
  // Arts (open) > [Art 101, Loading], Biology (closed), Chemistry (leaf)
  const rows: FolderTreeRow[] = [
    folder('Arts', 1, { expanded: true }),
    folder('Art 101', 2),
    { kind: 'loading', key: 'loading:Arts', parentId: 'Arts', level: 2 },
    folder('Biology', 1),
    folder('Chemistry', 1, { expandable: false }),
  ];

  it('Down and Up move between focusable rows and skip loading rows', () => {
    expect(treeKeyAction(rows, 0, 'ArrowDown')).toEqual({ kind: 'focus', index: 1 });
    expect(treeKeyAction(rows, 1, 'ArrowDown')).toEqual({ kind: 'focus', index: 3 });
    expect(treeKeyAction(rows, 3, 'ArrowUp')).toEqual({ kind: 'focus', index: 1 });
    expect(treeKeyAction(rows, 4, 'ArrowDown')).toEqual({ kind: 'none' });
    expect(treeKeyAction(rows, 0, 'ArrowUp')).toEqual({ kind: 'none' });
  });

  it('Home and End go to the first and last rows', () => {
    expect(treeKeyAction(rows, 3, 'Home')).toEqual({ kind: 'focus', index: 0 });
    expect(treeKeyAction(rows, 0, 'End')).toEqual({ kind: 'focus', index: 4 });
  });

  it('Right expands a closed folder, enters an open one, and does nothing on a leaf', () => {
    expect(treeKeyAction(rows, 3, 'ArrowRight')).toEqual({ kind: 'expand', index: 3 });
    expect(treeKeyAction(rows, 0, 'ArrowRight')).toEqual({ kind: 'focus', index: 1 });
    expect(treeKeyAction(rows, 4, 'ArrowRight')).toEqual({ kind: 'none' });
  });

  it('Left collapses an open folder, else moves to the parent, and does nothing at the top level', () => {
    expect(treeKeyAction(rows, 0, 'ArrowLeft')).toEqual({ kind: 'collapse', index: 0 });
    expect(treeKeyAction(rows, 1, 'ArrowLeft')).toEqual({ kind: 'focus', index: 0 });
    expect(treeKeyAction(rows, 3, 'ArrowLeft')).toEqual({ kind: 'none' });
  });

  it('is left-to-right when no direction is given', () => {
    for (const key of ['ArrowLeft', 'ArrowRight'])
      for (let i = 0; i < rows.length; i++)
        expect(treeKeyAction(rows, i, key)).toEqual(treeKeyAction(rows, i, key, 'ltr'));
  });

  describe('right to left (the horizontal arrows follow the reading direction)', () => {
    it('Left expands a closed folder, enters an open one, and does nothing on a leaf', () => {
      expect(treeKeyAction(rows, 3, 'ArrowLeft', 'rtl')).toEqual({ kind: 'expand', index: 3 });
      expect(treeKeyAction(rows, 0, 'ArrowLeft', 'rtl')).toEqual({ kind: 'focus', index: 1 });
      expect(treeKeyAction(rows, 4, 'ArrowLeft', 'rtl')).toEqual({ kind: 'none' });
    });

    it('Right collapses an open folder, else moves to the parent, and does nothing at the top level', () => {
      expect(treeKeyAction(rows, 0, 'ArrowRight', 'rtl')).toEqual({ kind: 'collapse', index: 0 });
      expect(treeKeyAction(rows, 1, 'ArrowRight', 'rtl')).toEqual({ kind: 'focus', index: 0 });
      expect(treeKeyAction(rows, 3, 'ArrowRight', 'rtl')).toEqual({ kind: 'none' });
    });

    it('leaves the vertical, Home/End, activation and * keys as they are', () => {
      for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End', 'Enter', ' ', '*', 'Tab'])
        for (let i = 0; i < rows.length; i++)
          expect(treeKeyAction(rows, i, key, 'rtl')).toEqual(treeKeyAction(rows, i, key, 'ltr'));
    });
  });

  it('Enter and Space activate; * expands siblings; other keys do nothing', () => {
    expect(treeKeyAction(rows, 3, 'Enter')).toEqual({ kind: 'activate', index: 3 });
    expect(treeKeyAction(rows, 3, ' ')).toEqual({ kind: 'activate', index: 3 });
    expect(treeKeyAction(rows, 3, '*')).toEqual({ kind: 'expandSiblings', index: 3 });
    expect(treeKeyAction(rows, 3, 'Tab')).toEqual({ kind: 'none' });
  });
});

describe('TreeTypeahead', () => {
  const rows: FolderTreeRow[] = ['Alpha', 'Beta', 'Bravo', 'Charlie', 'Bingo'].map((n) => folder(n, 1));

  it('jumps to the next name starting with the typed letters, wrapping, and resets after a pause', () => {
    const clock = new FakePanoptoClock();
    const typeahead = new TreeTypeahead(500, clock);
    expect(typeahead.next(rows, 0, 'b')).toBe(1);
    clock.tick(100);
    expect(typeahead.next(rows, 1, 'r')).toBe(2); // "br" → Bravo
    clock.tick(1000);
    expect(typeahead.next(rows, 2, 'b')).toBe(4); // fresh "b" after Bravo → Bingo
    clock.tick(1000);
    expect(typeahead.next(rows, 4, 'b')).toBe(1); // wraps round to Beta
    clock.tick(1000);
    expect(typeahead.next(rows, 0, 'z')).toBe(-1);
  });

  it('repeating one letter cycles through the matches', () => {
    const clock = new FakePanoptoClock();
    const typeahead = new TreeTypeahead(500, clock);
    expect(typeahead.next(rows, 0, 'b')).toBe(1);
    clock.tick(50);
    expect(typeahead.next(rows, 1, 'b')).toBe(2);
    clock.tick(50);
    expect(typeahead.next(rows, 2, 'b')).toBe(4);
  });

  it('still takes a bare now() function instead of a clock', () => {
    const clock = new FakePanoptoClock();
    const typeahead = new TreeTypeahead(500, () => clock.now());
    expect(typeahead.next(rows, 0, 'b')).toBe(1);
    clock.tick(600);
    expect(typeahead.next(rows, 1, 'c')).toBe(3); // a pause: "c", not "bc"
  });

  it('accepts printable characters only', () => {
    expect(TreeTypeahead.accepts({ key: 'a', ctrlKey: false, metaKey: false, altKey: false })).toBeTrue();
    expect(TreeTypeahead.accepts({ key: 'a', ctrlKey: true, metaKey: false, altKey: false })).toBeFalse();
    expect(TreeTypeahead.accepts({ key: 'ArrowDown', ctrlKey: false, metaKey: false, altKey: false })).toBeFalse();
    expect(TreeTypeahead.accepts({ key: ' ', ctrlKey: false, metaKey: false, altKey: false })).toBeFalse();
  });
});

describe('TreeTypeahead at scale', () => {
  // The budget CI holds; `npm run bench:folders` measures whole keystrokes in the browser (a few ms). Best of
  // five, so a loaded machine slows a run without failing it.
  it('searches 10,000 loaded rows in well under a frame per keystroke, even when nothing matches', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => folder(`Child ${String(i).padStart(5, '0')}`, 1));
    const clock = new FakePanoptoClock();
    const timings: number[] = [];
    let found = -2;
    for (let run = 0; run < 5; run++) {
      const typeahead = new TreeTypeahead(500, clock);
      clock.tick(1000);
      const started = performance.now();
      for (const key of 'child 0999') found = typeahead.next(rows, 0, key);
      for (const key of 'xyz') typeahead.next(rows, 0, key); // no match: every row is looked at
      timings.push((performance.now() - started) / 13);
    }
    expect(rows[found].name).toBe('Child 09990');
    expect(Math.min(...timings)).toBeLessThan(16);
  });
});
