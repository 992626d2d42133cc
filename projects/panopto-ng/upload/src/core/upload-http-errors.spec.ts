import { PanoptoUploadError } from 'panopto-ng/core';
import { TransportResponse } from './transport';
import { PanoptoUploadHttpError, PanoptoUploadStepError, PanoptoUploadValidationError } from './upload-errors';
import { expectOk, serverMessage, toUploadError } from './upload-http-errors';

const answer = (status: number, body = ''): TransportResponse => ({ status, body, header: () => null });

function thrown(response: TransportResponse): PanoptoUploadHttpError {
  try {
    expectOk(response, 'Part 2 of "a.mp4"', 'https://t.example/a.mp4');
  } catch (error) {
    return error as PanoptoUploadHttpError;
  }
  throw new Error('expected expectOk to throw');
}

describe('upload error mapping', () => {
  it('accepts every 2xx', () => {
    for (const status of [200, 201, 204]) expect(() => expectOk(answer(status), 'x', 'u')).not.toThrow();
  });

  it('says which step failed and what to do, and whether retry() can help', () => {
    const cases: Array<[number, string, boolean]> = [
      [0, 'could not be reached', true],
      [401, 'Sign in again', true],
      [403, '403 Forbidden', false],
      [413, 'too large (HTTP 413)', false],
      [404, 'failed with HTTP 404', false],
      [408, 'failed with HTTP 408', true],
      [429, 'failed with HTTP 429', true],
      [503, 'failed with HTTP 503', true],
    ];
    for (const [status, text, retryable] of cases) {
      const error = thrown(answer(status));
      expect(error).toEqual(jasmine.any(PanoptoUploadHttpError));
      expect(error.message).toContain('Part 2 of "a.mp4"');
      expect(error.message).toContain(text);
      expect(error.status).toBe(status);
      expect(error.url).toBe('https://t.example/a.mp4');
      expect(error.retryable).withContext(`HTTP ${status}`).toBe(retryable);
    }
  });

  it("adds what Panopto said (its APIError body) or what the S3 upload target said (<Message>)", () => {
    const panopto = '{"Error":{"ErrorCode":"Quota","Message":"Over quota","ErrorSource":"Upload"}}';
    expect(thrown(answer(400, panopto)).message).toContain('Panopto says: "Over quota" (ErrorCode Quota');
    expect(thrown(answer(400, '<Error><Message>Bad digest</Message></Error>')).message).toContain('Bad digest');
    expect(serverMessage(answer(403, panopto))).toBe('Over quota');
    expect(serverMessage(answer(400, '<Error><Message>Bad digest</Message></Error>'))).toBe('Bad digest');
    expect(serverMessage(answer(500, 'oops'))).toBeNull();
  });

  it('toUploadError() keeps the upload errors and wraps anything else as retryable', () => {
    const ours = new PanoptoUploadValidationError('size', 'too big');
    expect(toUploadError(ours)).toBe(ours);
    const cause = new TypeError('x is undefined');
    const wrapped = toUploadError(cause) as PanoptoUploadStepError;
    expect(wrapped).toEqual(jasmine.any(PanoptoUploadError));
    expect(wrapped.message).toBe('The upload failed: x is undefined');
    expect(wrapped.retryable).toBeTrue();
    expect((wrapped as { cause?: unknown }).cause).toBe(cause);
  });
});
