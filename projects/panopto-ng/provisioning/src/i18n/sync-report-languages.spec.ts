import { GrantOp } from '../sync-model';
import { DEFAULT_PANOPTO_PROVISIONING_TEXTS } from './provisioning-texts';
import { PANOPTO_PROVISIONING_AR } from './provisioning-ar';
import { PANOPTO_PROVISIONING_FR } from './provisioning-fr';

// The translations as data. Rendering <panopto-sync-report> with a translation registered throws in dev mode
// (injectPanoptoTexts' destroy hook freezes the template's cleanup list before its listeners register: a mechanism
// bug, reported with this change), so the component is covered in English by its own spec.
const grant: GrantOp = {
  id: 'grant:1',
  kind: 'grant',
  folder: { id: 'f' },
  principal: { id: 'u1', type: 'User', label: 'user1' },
  role: 'Viewer',
  dependsOn: [],
  reason: 'English reason of the planner',
  externalId: 'BIO101',
};

describe('panopto-ng/provisioning texts in French and Arabic', () => {
  it('word reasons from the operation, not from the planner’s English', () => {
    expect(DEFAULT_PANOPTO_PROVISIONING_TEXTS.reason(grant)).toBe(
      'user1 is enrolled in BIO101 as Viewer but has no such role on its folder.',
    );
    expect(PANOPTO_PROVISIONING_FR.texts.reason(grant)).toBe(
      "user1 est inscrit à BIO101 comme Viewer mais n'a pas ce rôle sur son dossier.",
    );
    expect(PANOPTO_PROVISIONING_AR.texts.reason(grant)).toContain('user1');
  });

  it('use the plural forms of each language', () => {
    expect(DEFAULT_PANOPTO_PROVISIONING_TEXTS.tableCaption('Plan', 1, 1)).toBe('Plan — showing 1 of 1 operation');
    expect(PANOPTO_PROVISIONING_FR.texts.tableCaption('Plan', 2, 2)).toBe('Plan — 2 sur 2 opérations affichées');
    expect(PANOPTO_PROVISIONING_FR.texts.syncFinished(1, 2, 0)).toBe(
      'Synchronisation terminée : 1 faite, 2 ignorées, 0 en échec.',
    );
    expect(PANOPTO_PROVISIONING_AR.texts.tableCaption('خطة', 2, 2)).toContain('عمليتين');
    expect(PANOPTO_PROVISIONING_AR.texts.tableCaption('خطة', 3, 3)).toContain('عمليات');
  });
});
