import { PanoptoError } from 'panopto-ng/core';
import { FolderTreeError } from './folder-tree-error';

describe('FolderTreeError', () => {
  it('is a PanoptoError with a stable code (default folder-tree-error)', () => {
    const plain = new FolderTreeError('Something was refused.');
    expect(plain).toBeInstanceOf(PanoptoError);
    expect(plain).toBeInstanceOf(FolderTreeError);
    expect(plain.name).toBe('FolderTreeError');
    expect(plain.code).toBe('folder-tree-error');
    expect(plain.message).toBe('Something was refused.');
    const coded = new FolderTreeError('Give the folder a name.', 'folder-name-required', { cause: 'empty' });
    expect(coded.code).toBe('folder-name-required');
    expect((coded as { cause?: unknown }).cause).toBe('empty');
  });
});
