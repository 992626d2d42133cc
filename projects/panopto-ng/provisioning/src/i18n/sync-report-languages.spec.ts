import { LiveAnnouncer } from '@angular/cdk/a11y';
import { registerLocaleData } from '@angular/common';
import localeAr from '@angular/common/locales/ar';
import localeFr from '@angular/common/locales/fr';
import { Component, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PanoptoLanguage, providePanoptoLanguages } from 'panopto-ng';
import { GrantOp, SyncPlan, SyncReport } from '../sync-model';
import { PanoptoSyncReportComponent } from '../sync-report/sync-report.component';
import { PANOPTO_PROVISIONING_AR } from './provisioning-ar';
import { PANOPTO_PROVISIONING_FR } from './provisioning-fr';

const grant = (n: number): GrantOp => ({
  id: `grant:${n}`,
  kind: 'grant',
  folder: { id: 'f' },
  principal: { id: `u${n}`, type: 'User', label: `user${n}` },
  role: 'Viewer',
  dependsOn: [],
  reason: 'English reason of the planner',
  externalId: 'BIO101',
});
const PLAN: SyncPlan = {
  id: 'p1',
  rootId: 'root',
  ops: [grant(1), grant(2)],
  notes: [],
};
const REPORT: SyncReport = {
  planId: 'p1',
  dryRun: false,
  finished: true,
  results: [
    { op: grant(1), status: 'done' },
    {
      op: grant(2),
      status: 'skipped',
      detail: 'Already done in an earlier run of this plan.',
      resumed: true,
    },
  ],
  counts: { done: 1, skipped: 1, failed: 0, 'dry-run': 0, pending: 0 },
};

@Component({
  standalone: true,
  imports: [PanoptoSyncReportComponent],
  template: `<panopto-sync-report [plan]="plan" [report]="report"></panopto-sync-report>`,
})
class HostComponent {
  plan = PLAN;
  report: SyncReport | null = REPORT;
}

const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('<panopto-sync-report> in French and Arabic', () => {
  let announce: jasmine.Spy;
  beforeAll(() => {
    registerLocaleData(localeFr);
    registerLocaleData(localeAr);
  });

  function render(locale: string) {
    announce = jasmine.createSpy('announce').and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        { provide: LOCALE_ID, useValue: locale },
        { provide: LiveAnnouncer, useValue: { announce } },
        providePanoptoLanguages(PANOPTO_PROVISIONING_FR, PANOPTO_PROVISIONING_AR),
      ],
    });
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it("follows LOCALE_ID 'fr': caption, reasons worded from the operation, resumed detail and the announcement", () => {
    const { el } = render('fr');
    expect(plain(el.querySelector('caption')?.textContent)).toBe(
      'Plan de synchronisation — 2 sur 2 opérations affichées',
    );
    const rows = el.querySelectorAll('tbody tr');
    expect(plain(rows[0].textContent)).toContain(
      "user1 est inscrit à BIO101 comme Viewer mais n'a pas ce rôle sur son dossier.",
    );
    expect(plain(rows[1].querySelector('.psr-detail')?.textContent)).toBe(
      'Déjà fait lors d’une exécution précédente de ce plan.',
    );
    expect(announce).toHaveBeenCalledWith('Synchronisation terminée : 1 faite, 1 ignorée, 0 en échec.', 'polite');
  });

  it('switches to Arabic at run time', () => {
    const { fixture, el } = render('en-US');
    expect(plain(el.querySelector('caption')?.textContent)).toBe('Sync plan — showing 2 of 2 operations');
    TestBed.inject(PanoptoLanguage).use('ar');
    fixture.detectChanges();
    expect(plain(el.querySelector('caption')?.textContent)).toBe(
      plain(`خطة المزامنة — عرض ${TestBed.inject(PanoptoLanguage).format.number(2)} من عمليتين`),
    );
    expect(plain(el.querySelector('th')?.textContent)).toBe('رقم');
  });
});
