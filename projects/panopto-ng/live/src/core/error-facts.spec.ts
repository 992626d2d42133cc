import { HttpErrorResponse } from '@angular/common/http';
import { PanoptoApiError } from 'panopto-ng/core';
import { describeError, errorFacts } from './error-facts';

describe('errorFacts', () => {
  const body = { Error: { ErrorCode: 'FolderNotFound', Message: 'No such folder', Success: false } };

  it('reads Panopto’s APIError from the core error, an HttpErrorResponse body, or JSON text', () => {
    const core = new PanoptoApiError('Not found', { status: 404, apiError: body.Error, body });
    const http = new HttpErrorResponse({ status: 404, error: body });
    const text = new HttpErrorResponse({ status: 404, error: JSON.stringify(body) });
    for (const error of [core, http, text]) {
      const facts = errorFacts(error);
      expect(facts.status).toBe(404);
      expect(facts.errorCode).toBe('FolderNotFound');
      expect(facts.serverMessage).toBe('No such folder');
    }
  });

  it('knows nothing about a body that is not an APIError', () => {
    const facts = errorFacts(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }));
    expect(facts).toEqual({
      status: 502,
      errorCode: undefined,
      serverMessage: undefined,
      body: '<html>Bad gateway</html>',
    });
    expect(errorFacts(undefined).status).toBeUndefined();
  });

  it('describes an error in words', () => {
    expect(describeError(new Error('Offline'))).toBe('Offline');
    expect(describeError(new HttpErrorResponse({ status: 400, error: { Error: { Message: 'Bad name' } } }))).toBe(
      'Bad name',
    );
    expect(describeError(new HttpErrorResponse({ status: 503 }))).toBe('Panopto answered with HTTP 503.');
    expect(describeError({})).toBe('The request failed.');
  });
});
