import { HttpErrorResponse } from '@angular/common/http';
import { PanoptoApiError, PanoptoAuthError } from 'panopto-ng/core';
import { describeFolderError, isSignInRequired } from './describe-error';
import { FolderTreeError } from './folder-tree-error';

const apiBody = (message: string) => ({
  Error: { ErrorCode: 'Forbidden', Message: message, Success: false, ErrorSource: 'Folders' },
});

describe('describeFolderError', () => {
  it("prefers Panopto's own message of a PanoptoApiError", () => {
    const error = new PanoptoApiError('Updating the folder failed (HTTP 403).', {
      status: 403,
      apiError: apiBody('  You need creator access.  ').Error,
    });
    expect(describeFolderError(error)).toBe('You need creator access.');
    // Without Panopto's reason the status says it: the error's own message is English for developers.
    expect(describeFolderError(new PanoptoApiError('Updating the folder failed.', { status: 500 }))).toBe(
      'Panopto had a problem (HTTP 500). Try again in a moment.',
    );
  });

  it("reads Panopto's APIError body of a raw HttpErrorResponse (object or JSON text)", () => {
    const object = new HttpErrorResponse({ status: 403, error: apiBody('No access to that folder.') });
    const text = new HttpErrorResponse({ status: 403, error: JSON.stringify(apiBody('No access (text).')) });
    expect(describeFolderError(object)).toBe('No access to that folder.');
    expect(describeFolderError(text)).toBe('No access (text).');
  });

  it("a 401 says to sign in, not Panopto's developer text; a 403 keeps Panopto's reason", () => {
    const unauthenticated = new PanoptoAuthError('GET /folders/{id}/children was refused (401 Unauthorized).', {
      status: 401,
      apiError: apiBody('Authorization is required: send "Authorization: Bearer <access token>".').Error,
    });
    const raw = new HttpErrorResponse({ status: 401, error: apiBody('Authorization is required.') });
    const forbidden = new PanoptoAuthError('Forbidden.', { status: 403, apiError: apiBody('No access.').Error });
    expect(isSignInRequired(unauthenticated)).toBeTrue();
    expect(isSignInRequired(raw)).toBeTrue();
    expect(isSignInRequired(forbidden)).toBeFalse();
    expect(describeFolderError(unauthenticated)).toBe(
      'You are not signed in to Panopto, or your session ended. Sign in and try again.',
    );
    expect(describeFolderError(raw)).toBe(describeFolderError(unauthenticated));
    expect(describeFolderError(forbidden)).toBe('No access.');
  });

  it('falls back to what the status means when the body says nothing', () => {
    const status = (s: number, error: unknown = null) =>
      describeFolderError(new HttpErrorResponse({ status: s, error }));
    expect(status(0)).toContain('could not be reached');
    expect(status(401)).toContain('not signed in');
    expect(status(403, 'not json')).toBe('You do not have permission to do that in Panopto.');
    expect(status(404, { Error: { Message: '   ' } })).toBe('That folder no longer exists in Panopto.');
    expect(status(429)).toContain('too many requests');
    expect(status(503)).toBe('Panopto had a problem (HTTP 503). Try again in a moment.');
    expect(status(400)).toBe('Panopto refused the request (HTTP 400).');
  });

  it('uses the message of any other error, a string, or a generic sentence', () => {
    expect(describeFolderError(new FolderTreeError('Give the folder a name.', 'folder-name-required'))).toBe(
      'Give the folder a name.',
    );
    expect(describeFolderError('Offline.')).toBe('Offline.');
    expect(describeFolderError(undefined)).toBe('Something went wrong talking to Panopto. Try again.');
  });
});
