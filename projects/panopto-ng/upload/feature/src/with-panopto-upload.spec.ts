import { TestBed } from '@angular/core/testing';
import { providePanopto } from 'panopto-ng';
import { PanoptoConfigError } from 'panopto-ng/core';
import { DEFAULT_UPLOAD_OPTIONS } from 'panopto-ng/upload/options';
import { PANOPTO_UPLOAD_OPTIONS, withPanoptoUpload } from './with-panopto-upload';

describe('withPanoptoUpload', () => {
  it('is an upload feature that provides the validated options, defaults filled in', () => {
    const feature = withPanoptoUpload({ concurrency: 6 });
    expect(feature.kind).toBe('upload');
    TestBed.configureTestingModule({ providers: [providePanopto({ serverUrl: 'https://tenant.example' }, feature)] });
    expect(TestBed.inject(PANOPTO_UPLOAD_OPTIONS)).toEqual({ ...DEFAULT_UPLOAD_OPTIONS, concurrency: 6 });
  });

  it('checks the options at startup: a typo throws a PanoptoConfigError naming upload.<field>', () => {
    expect(() => withPanoptoUpload({ concurency: 6 } as never)).toThrowMatching(
      (e) => e instanceof PanoptoConfigError && e.field === 'upload.concurency' && /concurrency/.test(e.message),
    );
    expect(() => withPanoptoUpload({ retry: { maxRetries: -1 } })).toThrowError(PanoptoConfigError);
  });

  it('may be registered once', () => {
    expect(() => providePanopto({ serverUrl: 'https://tenant.example' }, withPanoptoUpload(), withPanoptoUpload())).toThrowError(
      PanoptoConfigError,
    );
  });
});
