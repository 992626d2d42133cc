import { PanoptoApiError, PanoptoError } from 'panopto-ng/core';
import { snapshot } from './apply-plan';
import { SyncTemplateError, renderFolderPath } from './folder-template';
import { describeSyncError } from './panopto-api-sync-backend';
import { SyncOp } from './sync-model';

describe('provisioning errors and deprecated names', () => {
  it('a template error is a PanoptoError with the code invalid-folder-template', () => {
    let error: unknown;
    try {
      renderFolderPath('{faculty}/{name}', { externalId: 'C1', name: 'Bio', period: 'S1', members: [] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SyncTemplateError);
    expect(error).toBeInstanceOf(PanoptoError);
    expect((error as SyncTemplateError).code).toBe('invalid-folder-template');
    expect((error as Error).name).toBe('SyncTemplateError');
  });

  it('a REST failure of the PanoptoApi backend puts Panopto’s message first and keeps the code', () => {
    const cause = new PanoptoApiError('Folder not found', {
      status: 404,
      apiError: { ErrorCode: 'FolderNotFound', Message: 'No such folder', Success: false },
    });
    const error = describeSyncError(cause);
    expect(error).toBeInstanceOf(PanoptoError);
    expect(error.message).toBe('No such folder (HTTP 404, FolderNotFound)');
    expect((error as PanoptoError).code).toBe('api-error');
    expect((error as unknown as { cause: unknown }).cause).toBe(cause);
    const plain = new Error('offline');
    expect(describeSyncError(plain)).toBe(plain);
  });

  it('snapshot (deprecated) still counts results per status', () => {
    const op = { id: 'a', kind: 'rename', folderId: 'f', from: 'x', to: 'y', dependsOn: [], reason: 'r' } as SyncOp;
    const report = snapshot('p1', false, [
      { op, status: 'done' },
      { op: { ...op, id: 'b' }, status: 'failed' },
    ]);
    expect(report.counts).toEqual({ done: 1, skipped: 0, failed: 1, 'dry-run': 0, pending: 0 });
    expect(report.finished).toBeTrue();
    expect(report.planId).toBe('p1');
  });
});
