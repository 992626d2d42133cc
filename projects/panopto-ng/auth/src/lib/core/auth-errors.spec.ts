import { PanoptoAuthError, PanoptoError } from 'panopto-ng/core';
import { PanoptoAuthErrorCode, PanoptoSignInError, PanoptoSignInErrorCode } from './auth-errors';

describe('PanoptoSignInError', () => {
  it('is a PanoptoError whose stable code is the sign-in code', () => {
    const cause = new Error('HTTP 400');
    const e = new PanoptoSignInError('invalid_grant', 'The sign-in has expired.', 400, { cause, retryAfterMs: 2000 });
    expect(e).toBeInstanceOf(PanoptoError);
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(PanoptoAuthError);
    expect(e.name).toBe('PanoptoSignInError');
    expect(e.code).toBe('invalid_grant');
    expect(e.status).toBe(400);
    expect(e.retryAfterMs).toBe(2000);
    expect((e as { cause?: unknown }).cause).toBe(cause);
    expect(new PanoptoSignInError('missing_code', 'x').retryAfterMs).toBeNull();
  });

  it('the deprecated PanoptoAuthErrorCode still names the same codes', () => {
    const old: PanoptoAuthErrorCode = 'state_replayed';
    const current: PanoptoSignInErrorCode = old;
    const back: PanoptoAuthErrorCode = current;
    expect(new PanoptoSignInError(back, 'replayed').code).toBe('state_replayed');
  });
});
