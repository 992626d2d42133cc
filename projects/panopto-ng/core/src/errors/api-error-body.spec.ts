import { describeApiError, readApiError } from './api-error-body';
import { PanoptoConfigError } from './panopto-config-error';
import { PanoptoApiError, PanoptoAuthError, PanoptoError, PanoptoNetworkError, PanoptoUploadError } from './panopto-error';

describe("Panopto's APIError body", () => {
  const body = { Error: { ErrorCode: 'InvalidParameter', Message: 'Name is required', Success: false, ErrorSource: 'Folders' } };

  it('is read from an object or JSON text, and nothing else', () => {
    expect(readApiError(body)?.ErrorCode).toBe('InvalidParameter');
    expect(readApiError(JSON.stringify(body))?.ErrorSource).toBe('Folders');
    expect(readApiError('<html>')).toBeNull();
    expect(readApiError({ Error: 'x' })).toBeNull();
    expect(readApiError({ Message: 'No HTTP resource was found' })).toEqual({ Message: 'No HTTP resource was found', Success: false });
    expect(readApiError({ Message: 3 })).toBeNull();
    expect(readApiError(null)).toBeNull();
  });

  it('is described as one sentence, or not at all', () => {
    expect(describeApiError(readApiError(body))).toBe(
      ' Panopto says: "Name is required" (ErrorCode InvalidParameter, ErrorSource Folders).',
    );
    expect(describeApiError({ Success: false })).toBe('');
    expect(describeApiError(null)).toBe('');
  });
});

describe('the error family', () => {
  it('gives every error a stable code and keeps instanceof working', () => {
    const cases: Array<[PanoptoError, string]> = [
      [new PanoptoError('x'), 'panopto-error'],
      [new PanoptoApiError('x', { status: 404 }), 'api-error'],
      [new PanoptoAuthError('x', { status: 401 }), 'unauthenticated'],
      [new PanoptoAuthError('x', { status: 403 }), 'forbidden'],
      [new PanoptoNetworkError('x', { timedOut: true }), 'timeout'],
      [new PanoptoNetworkError('x', {}), 'network'],
      [new PanoptoUploadError('x', 'part'), 'upload-failed'],
      [new PanoptoUploadError('x', 'part', { code: 'upload-part-failed' }), 'upload-part-failed'],
      [new PanoptoConfigError('serverUrl', 'is wrong.'), 'invalid-config'],
    ];
    for (const [error, code] of cases) {
      expect(error.code).withContext(error.name).toBe(code);
      expect(error).toBeInstanceOf(PanoptoError);
      expect(error).toBeInstanceOf(Error);
    }
    const cause = new Error('inner');
    expect(new PanoptoError('x', { cause }).cause).toBe(cause);
  });
});
