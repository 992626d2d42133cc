import { isGuid } from 'panopto-ng/core';
import { PANOPTO_ROOT_FOLDER_ID, isFolderGuid } from './panopto-models';

describe('panopto-models', () => {
  it('isFolderGuid (deprecated) still works, as the core isGuid', () => {
    expect(isFolderGuid).toBe(isGuid);
    expect(isFolderGuid(PANOPTO_ROOT_FOLDER_ID)).toBeTrue();
    expect(isFolderGuid('../users/me')).toBeFalse();
    expect(isFolderGuid(42)).toBeFalse();
  });
});
