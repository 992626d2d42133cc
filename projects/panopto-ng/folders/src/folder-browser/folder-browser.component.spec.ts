import { LiveAnnouncer } from '@angular/cdk/a11y';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpBackend, provideHttpClient } from '@angular/common/http';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import * as axe from 'axe-core';
import { providePanopto } from 'panopto-ng';
import {
  InMemoryPanoptoFolders,
  InMemoryPanoptoOptions,
  PanoptoFolderBrowserHarness,
  courseTreeFixture,
  fakeGuid,
  hugeFolderFixture,
} from 'panopto-ng/folders/testing';
import { FolderTreeStore } from '../folder-tree-store';
import { PANOPTO_ROOT_FOLDER_ID } from '../panopto-models';
import { PanoptoFolderBrowserComponent, PanoptoFolderChange, PanoptoFolderSelection } from './folder-browser.component';

@Component({
  standalone: true,
  imports: [PanoptoFolderBrowserComponent],
  template: `<div style="width: 480px; --panopto-folder-browser-height: 360px">
    <panopto-folder-browser
      [rootFolderId]="root"
      [canManage]="canManage"
      [hideManagement]="hideManagement"
      [selectedFolderId]="selected"
      (folderSelected)="selections.push($event)"
      (folderActivated)="activations.push($event)"
      (folderChanged)="changes.push($event)"
    ></panopto-folder-browser>
  </div>`,
})
class HostComponent {
  root = PANOPTO_ROOT_FOLDER_ID;
  canManage: boolean | 'auto' = 'auto';
  hideManagement = false;
  selected: string | null = null;
  selections: PanoptoFolderSelection[] = [];
  activations: PanoptoFolderSelection[] = [];
  changes: PanoptoFolderChange[] = [];
}

@Component({
  standalone: true,
  imports: [PanoptoFolderBrowserComponent],
  template: `<panopto-folder-browser></panopto-folder-browser>`,
})
class BareHostComponent {}

/** Waits for the virtual scroller (it renders on animation frames, outside Angular's zone). */
async function settle(fixture: ComponentFixture<unknown>, frames = 3): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    fixture.detectChanges();
    await fixture.whenStable();
  }
}

function activeText(): string {
  return (
    document.activeElement?.querySelector('.pfb-name')?.textContent ??
    document.activeElement?.textContent ??
    ''
  ).trim();
}

describe('PanoptoFolderBrowserComponent', () => {
  let panopto: InMemoryPanoptoFolders;
  let fixture: ComponentFixture<HostComponent>;
  let host: HostComponent;
  let loader: HarnessLoader;
  let browser: PanoptoFolderBrowserHarness;
  let announce: jasmine.Spy;

  let data: InMemoryPanoptoOptions;
  /** Id of the first fixture folder with that name. */
  const idOf = (name: string) => data.folders!.find((f) => f.Name === name)!.Id;

  async function setup(
    options: InMemoryPanoptoOptions = courseTreeFixture(),
    configure?: (h: HostComponent) => void,
  ): Promise<void> {
    data = options;
    panopto = new InMemoryPanoptoFolders(options);
    TestBed.configureTestingModule({
      imports: [HostComponent],
      providers: [
        provideHttpClient(),
        { provide: HttpBackend, useValue: panopto },
        providePanopto({ serverUrl: 'https://panopto.test', retry: { maxRetries: 0 }, rateLimit: { enabled: false } }),
      ],
    });
    announce = spyOn(TestBed.inject(LiveAnnouncer), 'announce').and.returnValue(Promise.resolve());
    fixture = TestBed.createComponent(HostComponent);
    host = fixture.componentInstance;
    configure?.(host);
    loader = TestbedHarnessEnvironment.loader(fixture);
    browser = await loader.getHarness(PanoptoFolderBrowserHarness);
    await settle(fixture);
  }

  const childRequests = (id: string) =>
    panopto.requestsTo(new RegExp(`^/folders/${id}/children$`)).filter((r) => r.params['canCreate'] !== 'true');

  afterEach(() => fixture?.destroy());

  describe('loading', () => {
    it('shows a loading state, then the top level with tree semantics', async () => {
      panopto = new InMemoryPanoptoFolders(courseTreeFixture());
      panopto.hold = true;
      TestBed.configureTestingModule({
        imports: [HostComponent],
        providers: [
          provideHttpClient(),
          { provide: HttpBackend, useValue: panopto },
          providePanopto({
            serverUrl: 'https://panopto.test',
            retry: { maxRetries: 0 },
            rateLimit: { enabled: false },
          }),
        ],
      });
      fixture = TestBed.createComponent(HostComponent);
      fixture.detectChanges();
      browser = await TestbedHarnessEnvironment.loader(fixture).getHarness(PanoptoFolderBrowserHarness);
      expect(await browser.getStateText()).toContain('Loading folders');
      expect(await browser.hasTree()).toBeFalse();
      panopto.release();
      await settle(fixture);
      expect(await browser.getRowNames()).toEqual(['Arts', 'Engineering', 'Medicine', 'Science']);
      expect(await browser.getTreeAttribute('role')).toBe('tree');
      const arts = await browser.getRow({ name: 'Arts' });
      expect([
        await arts.getLevel(),
        await arts.getSetSize(),
        await arts.getPosInSet(),
        await arts.isExpanded(),
      ]).toEqual([1, 4, 1, false]);
      expect(await arts.isActive()).toBeTrue();
    });

    it('shows the empty state when there are no folders', async () => {
      await setup({ folders: [] });
      expect(await browser.getStateText()).toContain('No folders here yet');
      expect(announce).toHaveBeenCalledWith('No folders.', 'polite');
    });

    it('loads children lazily on expand and announces them; expand, collapse, expand makes one request', async () => {
      await setup();
      const artsId = fakeGuid(1);
      expect(childRequests(artsId).length).toBe(0);
      const arts = await browser.getRow({ name: 'Arts' });
      await arts.toggle();
      await settle(fixture);
      expect(await browser.getRowNames()).toEqual([
        'Arts',
        'Arts Department A',
        'Arts Department B',
        'Engineering',
        'Medicine',
        'Science',
      ]);
      expect(announce).toHaveBeenCalledWith('Arts: 2 folders loaded.', 'polite');
      await arts.toggle();
      await arts.toggle();
      await settle(fixture);
      // One page with the folders plus the empty page that ends the listing: one load.
      expect(childRequests(artsId).map((r) => r.params['pageNumber'])).toEqual(['0', '1']);
      const dept = await browser.getRow({ name: 'Arts Department A' });
      expect([await dept.getLevel(), await dept.getSetSize(), await dept.getPosInSet()]).toEqual([2, 2, 1]);
    });

    it('de-duplicates a quick expand, collapse, expand while the request is in flight', async () => {
      await setup();
      panopto.hold = true;
      const arts = await browser.getRow({ name: 'Arts' });
      await arts.toggle();
      expect(await arts.isBusy()).toBeTrue();
      expect(await browser.getLoadingRowCount()).toBe(1);
      await arts.toggle();
      await arts.toggle();
      panopto.release();
      await settle(fixture);
      expect(childRequests(fakeGuid(1)).map((r) => r.params['pageNumber'])).toEqual(['0', '1']);
    });

    it('shows a retry row when a load fails, announces the error, and Enter on it retries', async () => {
      await setup();
      panopto.fail({
        path: new RegExp(`^/folders/${fakeGuid(1)}/children$`),
        status: 500,
        message: 'Database unavailable.',
      });
      await browser.pressKey('ArrowRight');
      await settle(fixture);
      const errors = await browser.getErrorRows();
      expect(errors.length).toBe(1);
      expect(await errors[0].getName()).toContain('Database unavailable.');
      expect(announce).toHaveBeenCalledWith('Could not load subfolders of Arts: Database unavailable.', 'assertive');
      await browser.pressKey('ArrowDown');
      expect(activeText()).toContain('Retry');
      await browser.pressKey('Enter');
      await settle(fixture);
      expect(await browser.getErrorRows()).toEqual([]);
      expect(await browser.getRowNames()).toContain('Arts Department A');
    });

    it('refuses a rootFolderId that is not a GUID with a readable message', async () => {
      await setup(courseTreeFixture(), (h) => (h.root = 'not-a-guid'));
      expect(await browser.getErrorBanner()).toContain("rootFolderId 'not-a-guid' is not a Panopto folder id");
    });

    it('starts at the top level with no input bound at all', async () => {
      panopto = new InMemoryPanoptoFolders(courseTreeFixture());
      TestBed.configureTestingModule({
        imports: [BareHostComponent],
        providers: [
          provideHttpClient(),
          { provide: HttpBackend, useValue: panopto },
          providePanopto({ serverUrl: 'https://panopto.test' }),
        ],
      });
      const bare = TestBed.createComponent(BareHostComponent);
      const tree = await TestbedHarnessEnvironment.loader(bare).getHarness(PanoptoFolderBrowserHarness);
      await bare.whenStable();
      expect(await tree.getRowNames()).toEqual(['Arts', 'Engineering', 'Medicine', 'Science']);
      bare.destroy();
    });

    it('starts from a given rootFolderId', async () => {
      await setup(courseTreeFixture(), (h) => (h.root = fakeGuid(1)));
      expect(await browser.getRowNames()).toEqual(['Arts Department A', 'Arts Department B']);
    });
  });

  describe('keyboard (WAI-ARIA tree)', () => {
    beforeEach(async () => {
      await setup(courseTreeFixture(), (h) => (h.hideManagement = true));
      (await browser.getRow({ name: 'Arts' })).focus();
    });

    it('Down/Up move focus with a roving tabindex', async () => {
      await browser.pressKey('ArrowDown');
      await settle(fixture);
      expect(activeText()).toBe('Engineering');
      expect(await (await browser.getRow({ name: 'Engineering' })).isActive()).toBeTrue();
      expect(await (await browser.getRow({ name: 'Arts' })).isActive()).toBeFalse();
      await browser.pressKey('ArrowUp');
      await settle(fixture);
      expect(activeText()).toBe('Arts');
    });

    it('Right expands, Right again enters the first child, Left goes to the parent, Left collapses', async () => {
      await browser.pressKey('ArrowRight');
      await settle(fixture);
      expect(await (await browser.getRow({ name: 'Arts' })).isExpanded()).toBeTrue();
      expect(activeText()).toBe('Arts');
      await browser.pressKey('ArrowRight');
      await settle(fixture);
      expect(activeText()).toBe('Arts Department A');
      await browser.pressKey('ArrowLeft');
      await settle(fixture);
      expect(activeText()).toBe('Arts');
      await browser.pressKey('ArrowLeft');
      await settle(fixture);
      expect(await (await browser.getRow({ name: 'Arts' })).isExpanded()).toBeFalse();
      expect(await browser.getRowNames()).toEqual(['Arts', 'Engineering', 'Medicine', 'Science']);
    });

    describe('right to left (dir="rtl" on an ancestor)', () => {
      beforeEach(() => (fixture.nativeElement as HTMLElement).setAttribute('dir', 'rtl'));

      it('Left expands and enters, Right goes to the parent and collapses', async () => {
        await browser.pressKey('ArrowLeft');
        await settle(fixture);
        expect(await (await browser.getRow({ name: 'Arts' })).isExpanded()).toBeTrue();
        await browser.pressKey('ArrowLeft');
        await settle(fixture);
        expect(activeText()).toBe('Arts Department A');
        await browser.pressKey('ArrowRight');
        await settle(fixture);
        expect(activeText()).toBe('Arts');
        await browser.pressKey('ArrowRight');
        await settle(fixture);
        expect(await (await browser.getRow({ name: 'Arts' })).isExpanded()).toBeFalse();
      });

      it('mirrors the closed chevron so it points along the reading direction', async () => {
        const twisty = () => document.activeElement!.querySelector('.pfb-twisty')!;
        await new Promise((resolve) => setTimeout(resolve, 200)); // the 120 ms transition since dir changed
        const closed = new DOMMatrix(getComputedStyle(twisty()).transform);
        expect(closed.a).toBe(-1); // scaleX(-1): points left, into the line
        await browser.pressKey('ArrowLeft');
        await settle(fixture);
        await new Promise((resolve) => setTimeout(resolve, 200)); // the 120 ms rotation
        const open = new DOMMatrix(getComputedStyle(twisty()).transform);
        expect(Math.round(open.b)).toBe(1); // rotated a quarter turn: points down
        (fixture.nativeElement as HTMLElement).setAttribute('dir', 'ltr');
        await browser.pressKey('ArrowLeft');
        await settle(fixture);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(getComputedStyle(twisty()).transform).toBe('none'); // back to left to right, closed
      });
    });

    it('Home and End jump to the first and last rows', async () => {
      await browser.pressKey('End');
      await settle(fixture);
      expect(activeText()).toBe('Science');
      await browser.pressKey('Home');
      await settle(fixture);
      expect(activeText()).toBe('Arts');
    });

    it('type-ahead focuses the next folder starting with the typed letters', async () => {
      await browser.pressKey('m');
      await settle(fixture);
      expect(activeText()).toBe('Medicine');
      await new Promise((r) => setTimeout(r, 600)); // a pause starts a new prefix
      await browser.pressKey('e');
      await browser.pressKey('n');
      await settle(fixture);
      expect(activeText()).toBe('Engineering');
    });

    it('Enter selects and activates, Space selects', async () => {
      await browser.pressKey('ArrowDown');
      await browser.pressKey('Enter');
      await settle(fixture);
      expect(host.selections.map((s) => s.name)).toEqual(['Engineering']);
      expect(host.activations.map((s) => s.name)).toEqual(['Engineering']);
      expect(await (await browser.getRow({ name: 'Engineering' })).isSelected()).toBeTrue();
      await browser.pressKey('ArrowDown');
      await browser.pressKey(' ');
      await settle(fixture);
      expect(host.selections.map((s) => s.name)).toEqual(['Engineering', 'Medicine']);
      expect(host.activations.length).toBe(1);
      expect(await (await browser.getRow({ name: 'Engineering' })).isSelected()).toBeFalse();
    });

    it('* expands every sibling of the active folder', async () => {
      await browser.pressKey('*');
      await settle(fixture);
      expect(await (await browser.getRow({ name: 'Arts' })).isExpanded()).toBeTrue();
      // The others may be scrolled out of the virtual viewport: check that each was expanded (and loaded).
      for (const name of ['Arts', 'Engineering', 'Medicine', 'Science']) {
        expect(childRequests(idOf(name)).length)
          .withContext(name)
          .toBeGreaterThan(0);
      }
      expect(await browser.getRowNames()).toContain('Arts Department A');
    });

    it('has no axe-core violations with folders expanded, selected and an error row', async () => {
      await browser.pressKey('ArrowDown');
      await browser.pressKey('Enter');
      await browser.pressKey('ArrowRight');
      await settle(fixture);
      panopto.fail({ path: new RegExp(`^/folders/${fakeGuid(1)}/children$`), status: 500 });
      await browser.pressKey('Home');
      await browser.pressKey('ArrowRight');
      await settle(fixture);
      expect((await browser.getErrorRows()).length).toBe(1);
      const result = await axe.run(fixture.nativeElement as HTMLElement, { resultTypes: ['violations'] });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    });
  });

  describe('large folders (virtual scrolling)', () => {
    it('keeps fewer than 80 rows in the DOM for 3,000 children, and End reaches the last one', async () => {
      const huge = hugeFolderFixture(3000);
      await setup({ folders: huge.folders, pageSize: 500 }, (h) => (h.hideManagement = true));
      await browser.pressKey('ArrowRight');
      await settle(fixture);
      expect(await browser.countDomRows()).toBeLessThan(80);
      const first = await browser.getRow({ name: 'Child 00000' });
      expect([await first.getLevel(), await first.getSetSize(), await first.getPosInSet()]).toEqual([2, 3000, 1]);
      await browser.pressKey('End');
      await settle(fixture, 6);
      expect(activeText()).toBe('Child 02999');
      expect(await browser.countDomRows()).toBeLessThan(80);
      await browser.pressKey('Home');
      await settle(fixture, 6);
      expect(activeText()).toBe('Huge');
    });

    it('renders fewer than 60 rows for 10,000 visible nodes and keyboard navigation still reaches the last node', async () => {
      const huge = hugeFolderFixture(10000);
      await setup({ folders: huge.folders, pageSize: 2500 }, (h) => (h.hideManagement = true));
      await browser.pressKey('ArrowRight');
      await settle(fixture);
      expect(await browser.countDomRows()).toBeLessThan(60);
      await browser.pressKey('End');
      await settle(fixture, 6);
      expect(activeText()).toBe('Child 09999');
      await browser.pressKey('ArrowUp');
      await settle(fixture, 4);
      expect(activeText()).toBe('Child 09998');
      expect(await browser.countDomRows()).toBeLessThan(60);
    });

    it('makes the tree itself tabbable while the active row is scrolled out, and focusing it brings the row back', async () => {
      const huge = hugeFolderFixture(3000);
      await setup({ folders: huge.folders, pageSize: 1000 }, (h) => (h.hideManagement = true));
      await browser.pressKey('ArrowRight');
      await settle(fixture);
      const viewport = fixture.nativeElement.querySelector('[role=tree]') as HTMLElement;
      expect(viewport.getAttribute('tabindex')).toBe('-1');
      viewport.scrollTop = 50000;
      viewport.dispatchEvent(new Event('scroll'));
      await settle(fixture, 4);
      expect(viewport.getAttribute('tabindex')).toBe('0');
      viewport.focus();
      await settle(fixture, 6);
      expect(activeText()).toBe('Huge');
    });
  });

  describe('search', () => {
    it('debounces, shows results, and choosing one reveals the folder in the tree', async () => {
      await setup(courseTreeFixture(), (h) => (h.hideManagement = true));
      await browser.search('ENG 2');
      await settle(fixture);
      await new Promise((r) => setTimeout(r, 350));
      await settle(fixture);
      expect(panopto.requestsTo(/^\/folders\/search$/).map((r) => r.params['searchQuery'])).toEqual(['ENG 2']);
      expect(await browser.getSearchResultNames()).toEqual(['ENG 202', 'ENG 202']);
      expect(announce).toHaveBeenCalledWith('2 folders found for ENG 2.', 'polite');
      await browser.chooseSearchResult('ENG 202');
      await settle(fixture, 6);
      const selected = await browser.getSelectedRow();
      expect(selected).not.toBeNull();
      expect(await selected!.getName()).toBe('ENG 202');
      expect(await selected!.getLevel()).toBe(3);
      expect(await (await browser.getRow({ name: 'Engineering' })).isExpanded()).toBeTrue();
      expect(host.selections.map((s) => s.name)).toEqual(['ENG 202']);
    });

    it('cancels a search in flight when the query changes (switchMap) and reports failures in words', async () => {
      await setup(courseTreeFixture(), (h) => (h.hideManagement = true));
      panopto.latencyMs = 200;
      await browser.search('Arts');
      await new Promise((r) => setTimeout(r, 320)); // debounce passed, request in flight
      await browser.search('Medicine');
      await new Promise((r) => setTimeout(r, 700));
      await settle(fixture);
      expect(await browser.getSearchResultNames()).toEqual([
        'Medicine',
        'Medicine Department A',
        'Medicine Department B',
      ]);
      panopto.fail({ path: /^\/folders\/search$/, status: 503, message: 'Search is resting.' });
      await browser.search('Science');
      await new Promise((r) => setTimeout(r, 700));
      await settle(fixture);
      expect(await browser.getSearchStatus()).toContain('Search is resting.');
    });

    it('preselects selectedFolderId by walking ParentFolder and expanding the chain', async () => {
      const data = courseTreeFixture();
      const week = data.folders.find(
        (f) => f.Name === 'Week 2' && data.folders.find((p) => p.Id === f.Parent)?.Name === 'Autumn term',
      )!;
      await setup(data, (h) => {
        h.hideManagement = true;
        h.selected = week.Id;
      });
      await settle(fixture, 6);
      const selected = await browser.getSelectedRow();
      expect(await selected!.getName()).toBe('Week 2');
      expect(await selected!.getLevel()).toBe(5);
      expect(panopto.requestsTo(/^\/folders\/[^/]+$/).length).toBe(5);
    });
  });

  describe('management', () => {
    async function selectRow(name: string): Promise<void> {
      await (await browser.getRow({ name })).click();
      await settle(fixture);
    }

    it('offers create, rename, move and delete for a folder the user may manage', async () => {
      await setup();
      await selectRow('Arts');
      expect(await browser.getActions()).toEqual([
        'New folder',
        'Rename',
        'Move to…',
        'Delete',
        'Captions…',
        'Refresh',
      ]);
      expect(panopto.requestsTo(/children$/).some((r) => r.params['canCreate'] === 'true')).toBeTrue();
      expect(await (await browser.getRow({ name: 'Arts' })).isDraggable()).toBeTrue();
    });

    it('offers no management action to a viewer (canCreate lists nothing)', async () => {
      await setup({ ...courseTreeFixture(), creatableFolderIds: [] });
      await selectRow('Arts');
      expect(await browser.getActions()).toEqual(['Refresh']);
      expect(await (await browser.getRow({ name: 'Arts' })).isDraggable()).toBeFalse();
    });

    it('hideManagement removes the toolbar', async () => {
      await setup(courseTreeFixture(), (h) => (h.hideManagement = true));
      await selectRow('Arts');
      expect(await browser.getActions()).toEqual([]);
    });

    it('creates a folder inside the selected one', async () => {
      await setup();
      await selectRow('Arts');
      await browser.clickAction('New folder');
      expect(await browser.getOpenDialogTitle()).toBe('New folder');
      await browser.setDialogName('Arts Department C');
      await browser.submitDialog();
      await settle(fixture);
      expect(await browser.getOpenDialogTitle()).toBeNull();
      expect(await browser.getRowNames()).toEqual([
        'Arts',
        'Arts Department A',
        'Arts Department B',
        'Arts Department C',
        'Engineering',
        'Medicine',
        'Science',
      ]);
      expect(host.changes[0]).toEqual(
        jasmine.objectContaining({ kind: 'created', name: 'Arts Department C', parentId: idOf('Arts') }),
      );
      expect(announce).toHaveBeenCalledWith('Folder Arts Department C created.', 'polite');
    });

    it('renames, and shows Panopto’s refusal in words while keeping the old name', async () => {
      await setup();
      await selectRow('Medicine');
      panopto.fail({
        method: 'PUT',
        path: /^\/folders\/[^/]+$/,
        status: 403,
        message: 'You need creator access to rename this folder.',
      });
      await browser.clickAction('Rename');
      await browser.setDialogName('Health');
      await browser.submitDialog();
      await settle(fixture);
      expect(await browser.getDialogError()).toBe('You need creator access to rename this folder.');
      expect(await browser.getRowNames()).toContain('Medicine');
      expect(await browser.getRowNames()).not.toContain('Health');
      await browser.submitDialog();
      await settle(fixture);
      expect(await browser.getRowNames()).toContain('Health');
      expect(panopto.folder(idOf('Medicine'))?.Name).toBe('Health');
    });

    it('moves with the keyboard "Move to…" dialog and with drag and drop through the same store call', async () => {
      await setup();
      const store = fixture.debugElement.children[0].children[0].injector.get(FolderTreeStore);
      const move = spyOn(store, 'move').and.callThrough();
      await selectRow('Medicine');
      await browser.clickAction('Move to…');
      expect(await browser.getOpenDialogTitle()).toBe('Move Medicine to…');
      expect(await browser.getMoveTargets()).not.toContain('Medicine');
      await browser.chooseMoveTarget('Science');
      await browser.submitDialog();
      await settle(fixture);
      expect(move).toHaveBeenCalledWith(idOf('Medicine'), idOf('Science'));
      expect(await browser.getRowNames()).toEqual(['Arts', 'Engineering', 'Science']);
      expect(panopto.folder(idOf('Medicine'))?.Parent).toBe(idOf('Science'));
      expect(announce).toHaveBeenCalledWith('Moved Medicine to Science.', 'polite');

      // Drag Engineering onto Arts.
      await selectRow('Engineering');
      const rows = fixture.nativeElement.querySelectorAll('[role=treeitem]') as NodeListOf<HTMLElement>;
      const engineering = Array.from(rows).find((r) => r.textContent?.includes('Engineering'))!;
      const arts = Array.from(rows).find((r) => r.textContent?.trim() === 'Arts')!;
      const data = new DataTransfer();
      engineering.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
      arts.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      arts.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      await settle(fixture);
      expect(move).toHaveBeenCalledWith(idOf('Engineering'), idOf('Arts'));
      expect(panopto.folder(idOf('Engineering'))?.Parent).toBe(idOf('Arts'));
    });

    it('rolls a refused move back and says why', async () => {
      await setup();
      await selectRow('Medicine');
      panopto.fail({
        method: 'PUT',
        path: /^\/folders\/[^/]+$/,
        status: 403,
        message: 'You do not have creator access to the destination folder.',
      });
      await browser.clickAction('Move to…');
      await browser.chooseMoveTarget('Science');
      await browser.submitDialog();
      await settle(fixture);
      expect(await browser.getDialogError()).toBe('You do not have creator access to the destination folder.');
      await browser.cancelDialog();
      await settle(fixture);
      expect(await browser.getRowNames()).toEqual(['Arts', 'Engineering', 'Medicine', 'Science']);
    });

    it('deletes after confirmation, and keeps the folder when Panopto refuses', async () => {
      await setup();
      await selectRow('Science');
      panopto.fail({
        method: 'DELETE',
        path: /^\/folders\/[^/]+$/,
        status: 500,
        message: 'Retention policy blocks deletion.',
      });
      await browser.clickAction('Delete');
      expect(await browser.getOpenDialogTitle()).toBe('Delete folder?');
      await browser.submitDialog();
      await settle(fixture);
      expect(await browser.getDialogError()).toBe('Retention policy blocks deletion.');
      expect(await browser.getRowNames()).toContain('Science');
      await browser.submitDialog();
      await settle(fixture);
      expect(await browser.getRowNames()).toEqual(['Arts', 'Engineering', 'Medicine']);
      expect(panopto.folder(idOf('Science'))).toBeUndefined();
      expect(announce).toHaveBeenCalledWith('Folder Science deleted.', 'polite');
    });

    it('F2 opens rename and Delete opens the confirmation from the keyboard', async () => {
      await setup();
      await selectRow('Arts');
      await browser.pressKey('F2');
      await settle(fixture);
      expect(await browser.getOpenDialogTitle()).toBe('Rename folder');
      await browser.cancelDialog();
      await settle(fixture);
      await browser.pressKey('Delete');
      await settle(fixture);
      expect(await browser.getOpenDialogTitle()).toBe('Delete folder?');
    });
  });
});
