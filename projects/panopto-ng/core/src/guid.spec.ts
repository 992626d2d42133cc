import { ROOT_FOLDER_ID, assertGuid, isGuid } from './guid';

describe('isGuid / assertGuid', () => {
  it('accepts Panopto ids in any case, including the root pseudo-id', () => {
    expect(isGuid(ROOT_FOLDER_ID)).toBeTrue();
    expect(isGuid('6F1C2A3B-4D5E-4F60-8A7B-9C0D1E2F3A4B')).toBeTrue();
  });

  it('rejects anything that could change a URL', () => {
    for (const bad of [
      '',
      '../users/me',
      `${ROOT_FOLDER_ID}/x`,
      `{${ROOT_FOLDER_ID}}`,
      ' ' + ROOT_FOLDER_ID,
      null,
      42,
    ]) {
      expect(isGuid(bad)).withContext(String(bad)).toBeFalse();
    }
  });

  it('assertGuid names the parameter and shows the value', () => {
    expect(() => assertGuid('abc', 'folderId')).toThrowError(TypeError, /`folderId` must be a Panopto id .*got 'abc'/);
    expect(assertGuid(ROOT_FOLDER_ID)).toBe(ROOT_FOLDER_ID);
  });
});
