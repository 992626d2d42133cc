import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import {
  PanoptoApiError,
  PanoptoAuthError,
  PanoptoError,
  PanoptoNetworkError,
  PanoptoRateLimitError,
  PanoptoUploadError,
  parseRetryAfter,
  readApiError,
} from 'panopto-ng/core';
import { FailedRequestInfo, PanoptoRequestTimeout, toPanoptoError } from './map-http-error';
import { API, ID, setupRestCore } from '../testing/rest-core.test-helpers';

const REQ: FailedRequestInfo = {
  method: 'GET',
  url: `https://demo.hosted.panopto.com/Panopto/api/v1/folders/${ID}/children`,
  endpoint: 'GET /folders/{id}/children',
  resource: `folder ${ID}`,
  attempts: 1,
  timeoutMs: 30000,
};
const response = (status: number, error: unknown = null) =>
  new HttpErrorResponse({ status, statusText: 'x', error, url: REQ.url, headers: new HttpHeaders() });
const API_ERROR = {
  Error: {
    ErrorCode: 'InvalidParameter',
    Message: 'sortField Relevance is not valid',
    Success: false,
    ErrorSource: 'FoldersController',
  },
};

describe('toPanoptoError', () => {
  it('reads the APIError body into ErrorCode, Message and ErrorSource', () => {
    const error = toPanoptoError(response(400, API_ERROR), REQ) as PanoptoApiError;
    expect(error).toEqual(jasmine.any(PanoptoApiError));
    expect(error.status).toBe(400);
    expect(error.errorCode).toBe('InvalidParameter');
    expect(error.serverMessage).toBe('sortField Relevance is not valid');
    expect(error.errorSource).toBe('FoldersController');
    expect(error.apiError?.Success).toBeFalse();
    expect(error.method).toBe('GET');
    expect(error.url).toBe(REQ.url);
    expect(error.message).toContain('sortField Relevance is not valid');
    expect(error.message).toContain('ErrorCode InvalidParameter');
  });

  it('reads an APIError body that arrived as text', () => {
    expect(readApiError(JSON.stringify(API_ERROR))?.ErrorCode).toBe('InvalidParameter');
    expect(readApiError('<html>')).toBeNull();
    expect(readApiError({ Error: null })).toBeNull();
  });

  it('401 → PanoptoAuthError telling the developer to sign in', () => {
    const error = toPanoptoError(response(401), REQ) as PanoptoAuthError;
    expect(error).toEqual(jasmine.any(PanoptoAuthError));
    expect(error).toEqual(jasmine.any(PanoptoApiError));
    expect(error.isUnauthenticated).toBeTrue();
    expect(error.message).toContain('not signed in');
    expect(error.message).toMatch(/^GET \/folders\/\{id\}\/children was refused/);
    expect(error.message).toContain('panopto-ng/auth');
  });

  it('403 → PanoptoAuthError naming the resource the user lacks permission on', () => {
    const error = toPanoptoError(response(403), REQ) as PanoptoAuthError;
    expect(error).toEqual(jasmine.any(PanoptoAuthError));
    expect(error.isUnauthenticated).toBeFalse();
    expect(error.message).toContain(`lacks permission on folder ${ID}`);
  });

  it('404 → PanoptoApiError saying what was not found and to check the id', () => {
    const error = toPanoptoError(response(404), REQ);
    expect(error.constructor).toBe(PanoptoApiError);
    expect(error.message).toContain(`Folder ${ID} was not found`);
    expect(error.message).toContain('Check the id');
  });

  it('429 → PanoptoRateLimitError with the Retry-After delay', () => {
    const error = toPanoptoError(response(429), { ...REQ, attempts: 4 }, 5000) as PanoptoRateLimitError;
    expect(error).toEqual(jasmine.any(PanoptoRateLimitError));
    expect(error.retryAfterMs).toBe(5000);
    expect(error.message).toContain('after 4 attempts');
  });

  it('500 → PanoptoApiError calling it a server-side problem', () => {
    const error = toPanoptoError(response(500, API_ERROR), REQ) as PanoptoApiError;
    expect(error.constructor).toBe(PanoptoApiError);
    expect(error.message).toContain('server-side problem');
    expect(error.errorCode).toBe('InvalidParameter');
  });

  it('status 0 → PanoptoNetworkError pointing at network, serverUrl and CORS', () => {
    const error = toPanoptoError(response(0), REQ) as PanoptoNetworkError;
    expect(error).toEqual(jasmine.any(PanoptoNetworkError));
    expect(error.status).toBe(0);
    expect(error.message).toContain('CORS');
  });

  it('timeout → PanoptoNetworkError with timedOut', () => {
    const error = toPanoptoError(new PanoptoRequestTimeout(), REQ) as PanoptoNetworkError;
    expect(error.timedOut).toBeTrue();
    expect(error.message).toContain('30000 ms');
  });

  it('a 200 whose body is not JSON says to check serverUrl', () => {
    expect(toPanoptoError(response(200, { error: new SyntaxError('x'), text: '<html>' }), REQ).message).toContain(
      'not the JSON',
    );
  });

  it('every error is a PanoptoError, including the upload base class', () => {
    expect(new PanoptoUploadError('part 3 failed', 'part')).toEqual(jasmine.any(PanoptoError));
    expect(new PanoptoUploadError('x', 'part').stage).toBe('part');
    expect(toPanoptoError(response(0), REQ)).toEqual(jasmine.any(PanoptoError));
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it('reads seconds', () => expect(parseRetryAfter('2', now)).toBe(2000));
  it('reads an HTTP date', () => expect(parseRetryAfter('Thu, 01 Jan 2026 12:00:07 GMT', now)).toBe(7000));
  it('treats a past date as 0', () => expect(parseRetryAfter('Thu, 01 Jan 2026 11:00:00 GMT', now)).toBe(0));
  it('ignores garbage and absence', () => {
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('error mapping through PanoptoApi', () => {
  for (const [status, type] of [
    [401, PanoptoAuthError],
    [403, PanoptoAuthError],
    [404, PanoptoApiError],
    [400, PanoptoApiError],
  ] as const) {
    it(`${status} from Panopto reaches the subscriber as ${type.name} with method and url`, () => {
      const { api, http, observe } = setupRestCore();
      const result = observe(api.folders.children(ID, { pageNumber: 1 }));
      http.expectOne(() => true).flush(API_ERROR, { status, statusText: 'x' });
      const error = result.error as PanoptoApiError;
      expect(error).toEqual(jasmine.any(type));
      expect(error.status).toBe(status);
      expect(error.method).toBe('GET');
      expect(error.url).toBe(`${API}/folders/${ID}/children?pageNumber=1`);
      expect(error.endpoint).toBe('GET /folders/{id}/children');
      expect(error.errorSource).toBe('FoldersController');
    });
  }
});
