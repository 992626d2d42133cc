import { LiveAnnouncer } from '@angular/cdk/a11y';
import { registerLocaleData } from '@angular/common';
import { HttpBackend, provideHttpClient } from '@angular/common/http';
import localeAr from '@angular/common/locales/ar';
import localeFr from '@angular/common/locales/fr';
import { Component, LOCALE_ID } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PanoptoLanguage, providePanopto, providePanoptoLanguages } from 'panopto-ng';
import { InMemoryPanoptoFolders, courseTreeFixture } from 'panopto-ng/folders/testing';
import { PanoptoFolderBrowserComponent } from '../folder-browser/folder-browser.component';
import { FolderTreeErrorCode } from '../folder-tree-error';
import { everyMember, TextSamples, translatedTextProblems } from '../../../testing-support/translation-texts';
import { PanoptoSessionListComponent } from '../session-list/session-list.component';
import { PANOPTO_FOLDERS_AR } from './folders-ar';
import { PANOPTO_FOLDERS_FR } from './folders-fr';
import { DEFAULT_PANOPTO_FOLDERS_TEXTS, PanoptoFoldersTexts } from './folders-texts';

@Component({
  standalone: true,
  imports: [PanoptoFolderBrowserComponent, PanoptoSessionListComponent],
  template: `<div style="width: 480px; --panopto-folder-browser-height: 360px">
    <panopto-folder-browser></panopto-folder-browser>
    <panopto-session-list [folderId]="folderId"></panopto-session-list>
  </div>`,
})
class HostComponent {
  folderId: string | null = null;
}

/** What an element shows, whitespace collapsed (the templates wrap their texts on several lines). */
const shown = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for the virtual scroller (it renders on animation frames, outside Angular's zone). */
async function settle(fixture: ComponentFixture<unknown>, frames = 3): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    fixture.detectChanges();
    await fixture.whenStable();
  }
}

const CODES = everyMember<FolderTreeErrorCode>({
  'folder-name-required': true,
  'folder-not-in-tree': true,
  'folder-move-into-itself': true,
  'folder-outside-root': true,
  'folder-not-listed': true,
  'folder-load-failed': true,
  'folder-chain-too-deep': true,
  'folder-tree-error': true,
});
/** Readable values a translation must show where the English does (a folder's name, a search, a message). */
const NAME = 'Chemistry 101';
const OTHER = 'Faculty of Science';

/** Every text function with each kind of value it takes (null and undefined where the text has a form for them). */
const CALLS: TextSamples<PanoptoFoldersTexts> = {
  searchFailed: [[NAME]],
  noSearchMatch: [[NAME]],
  searchResultsLabel: [[NAME]],
  resultParent: [[NAME]],
  signInFailed: [[NAME]],
  loadFailed: [
    [NAME, true],
    [NAME, false],
  ],
  createInside: [[NAME], [null]],
  moveHeading: [[NAME], [undefined]],
  moveTargetIn: [[NAME, OTHER]],
  deleteWarning: [[NAME]],
  invalidFolderId: [[NAME]],
  invalidRootFolderId: [[NAME]],
  openFailed: [[NAME]],
  announceSelected: [[NAME]],
  announceCreated: [[NAME]],
  announceRenamed: [[NAME]],
  announceMoved: [
    [NAME, OTHER],
    [NAME, null],
    [NAME, undefined],
  ],
  announceDeleted: [[NAME], [undefined]],
  announceLoaded: [
    [NAME, 3],
    [null, 3],
    [NAME, 0],
    [null, 0],
  ],
  announceLoadFailed: [
    [NAME, OTHER],
    [null, OTHER],
  ],
  announceSearchDone: [
    [NAME, 2],
    [NAME, 0],
  ],
  sorted: [
    [NAME, true],
    [NAME, false],
  ],
  sessionDuration: [['1:02']],
  sessionsFailed: [[NAME]],
  announceSessions: [[4], [0]],
  httpFailure: [[0], [401], [403], [404], [429], [503], [400]],
  treeFailure: CODES.map((code) => [code]),
};

describe('the folder browser and the session list in French and Arabic', () => {
  beforeAll(() => {
    registerLocaleData(localeFr);
    registerLocaleData(localeAr);
  });

  let panopto: InMemoryPanoptoFolders;
  let announce: jasmine.Spy;

  function render(locale: string): { fixture: ComponentFixture<HostComponent>; el: HTMLElement } {
    panopto = new InMemoryPanoptoFolders(courseTreeFixture());
    TestBed.configureTestingModule({
      imports: [HostComponent],
      providers: [
        { provide: LOCALE_ID, useValue: locale },
        provideHttpClient(),
        { provide: HttpBackend, useValue: panopto },
        providePanopto({ serverUrl: 'https://panopto.test', retry: { maxRetries: 0 }, rateLimit: { enabled: false } }),
        providePanoptoLanguages(PANOPTO_FOLDERS_FR, PANOPTO_FOLDERS_AR),
      ],
    });
    announce = spyOn(TestBed.inject(LiveAnnouncer), 'announce').and.resolveTo();
    const fixture = TestBed.createComponent(HostComponent);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it("follows LOCALE_ID 'fr', then switches to Arabic at run time", async () => {
    const { fixture, el } = render('fr');
    await settle(fixture);
    expect(shown(el.querySelector('.pfb-search .pfb-label'))).toBe('Rechercher des dossiers');
    expect(el.querySelector('[role=tree]')?.getAttribute('aria-label')).toBe('Dossiers Panopto');
    expect(shown(el.querySelector('.psl-state'))).toBe('Choisissez un dossier pour voir ses sessions.');
    expect(announce).toHaveBeenCalledWith('Dossiers : 4 dossiers chargés.', 'polite');

    TestBed.inject(PanoptoLanguage).use('ar');
    await settle(fixture, 1);
    expect(shown(el.querySelector('.pfb-search .pfb-label'))).toBe('البحث في المجلدات');
    expect(el.querySelector('[role=tree]')?.getAttribute('aria-label')).toBe('مجلدات Panopto');
    expect(shown(el.querySelector('.psl-heading'))).toBe('الجلسات');
    fixture.destroy();
  });

  it("follows LOCALE_ID 'ar' in the session list: Arabic texts and the date in Arabic", async () => {
    const { fixture, el } = render('ar');
    fixture.componentInstance.folderId = courseTreeFixture().sessions[0].Folder;
    await settle(fixture);
    const format = TestBed.inject(PanoptoLanguage).format;
    const time = el.querySelector('.psl-meta time');
    expect(shown(time)).toBe(format.date(time!.getAttribute('datetime')!));
    expect(shown(el.querySelector('.psl-sort-button'))).toBe('الاسم ↑');
    expect(shown(el.querySelector('.psl-heading'))).toBe('الجلسات');
    fixture.destroy();
  });

  // The shared rules of every translation spec (testing-support/translation-texts.ts): in the language, no value
  // dropped, plural forms by Intl.PluralRules.
  for (const translation of [PANOPTO_FOLDERS_FR, PANOPTO_FOLDERS_AR])
    it(`${translation.language}: every text function gives a text in the language`, () => {
      expect(
        translatedTextProblems(DEFAULT_PANOPTO_FOLDERS_TEXTS, translation, CALLS, { codesNotCounts: ['httpFailure'] }),
      ).toEqual([]);
    });

  it('chooses the plural form by Intl.PluralRules, with every Arabic category', () => {
    const ar = PANOPTO_FOLDERS_AR.texts;
    const fr = PANOPTO_FOLDERS_FR.texts;
    expect(ar.announceLoaded('العلوم', 1)).toBe('العلوم: تم تحميل مجلد واحد.');
    expect(ar.announceLoaded('العلوم', 2)).toBe('العلوم: تم تحميل مجلدان.');
    const digits = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(ar.announceSessions(3)).toBe(`يتم عرض ${digits(3)} جلسات.`);
    expect(ar.announceSessions(11)).toBe(`يتم عرض ${digits(11)} جلسةً.`);
    expect(ar.announceSearchDone('ENG', 100)).toBe(`تم العثور على ${digits(100)} مجلد لـ ENG.`);
    expect(fr.announceSearchDone('ENG', 1)).toBe('1 dossier trouvé pour ENG.');
    expect(fr.announceSessions(2)).toBe('2 sessions affichées.');
    expect(DEFAULT_PANOPTO_FOLDERS_TEXTS.announceSearchDone('ENG', 1)).toBe('1 folder found for ENG.');
  });
});
