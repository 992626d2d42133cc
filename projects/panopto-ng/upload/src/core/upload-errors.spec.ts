import { PanoptoError, PanoptoUploadError } from 'panopto-ng/core';
import { UploadNetworkError } from './transport';
import {
  PanoptoUploadConfigError,
  PanoptoUploadHttpError,
  PanoptoUploadPermissionError,
  PanoptoUploadProcessingError,
  PanoptoUploadStepError,
  PanoptoUploadValidationError,
} from './upload-errors';

describe('upload errors', () => {
  it('all extend PanoptoUploadError (a PanoptoError) and carry a stable code', () => {
    const cases: Array<[PanoptoError, string, string]> = [
      [new PanoptoUploadStepError('x', 'upload', true), 'upload-failed', 'PanoptoUploadStepError'],
      [new PanoptoUploadValidationError('size', 'x'), 'upload-invalid', 'PanoptoUploadValidationError'],
      [new PanoptoUploadPermissionError('f'), 'upload-forbidden', 'PanoptoUploadPermissionError'],
      [new PanoptoUploadConfigError('x'), 'upload-setup', 'PanoptoUploadConfigError'],
      [new PanoptoUploadHttpError('x', 503, 'u', true), 'upload-http', 'PanoptoUploadHttpError'],
      [new PanoptoUploadProcessingError(5, null), 'upload-processing', 'PanoptoUploadProcessingError'],
    ];
    for (const [error, code, name] of cases) {
      expect(error).toEqual(jasmine.any(PanoptoUploadError));
      expect(error.code).toBe(code);
      expect(error.name).toBe(name);
    }
  });

  it('a step error keeps its cause and may be given another code', () => {
    const cause = new Error('boom');
    const error = new PanoptoUploadStepError('x', 'upload', true, { cause, code: 'upload-custom' });
    expect((error as { cause?: unknown }).cause).toBe(cause);
    expect(error.code).toBe('upload-custom');
    expect(error.stage).toBe('upload');
  });

  it('UploadNetworkError is a PanoptoError with code network', () => {
    const error = new UploadNetworkError('connection reset');
    expect(error).toEqual(jasmine.any(PanoptoError));
    expect(error.name).toBe('UploadNetworkError');
    expect(error.code).toBe('network');
  });
});
