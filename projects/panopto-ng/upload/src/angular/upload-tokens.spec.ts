import { TestBed } from '@angular/core/testing';
import { PANOPTO_CLOCK } from 'panopto-ng';
import { FakePanoptoClock } from 'panopto-ng/testing';
import * as upload from '../../public-api';
import { PANOPTO_UPLOAD_CLOCK, PANOPTO_UPLOAD_OPTIONS, withPanoptoUpload } from './upload-tokens';
import * as feature from 'panopto-ng/upload/feature';

describe('upload tokens', () => {
  it('deprecated PANOPTO_UPLOAD_CLOCK is mapped onto PANOPTO_CLOCK: providing it provides the one clock', () => {
    expect(PANOPTO_UPLOAD_CLOCK).toBe(PANOPTO_CLOCK);
    const clock = new FakePanoptoClock(123);
    TestBed.configureTestingModule({ providers: [{ provide: PANOPTO_UPLOAD_CLOCK, useValue: clock }] });
    expect(TestBed.inject(PANOPTO_CLOCK)).toBe(clock);
  });

  it('panopto-ng/upload re-exports the registration of panopto-ng/upload/feature (the same objects)', () => {
    expect(upload.withPanoptoUpload).toBe(feature.withPanoptoUpload);
    expect(upload.PANOPTO_UPLOAD_OPTIONS).toBe(feature.PANOPTO_UPLOAD_OPTIONS);
    expect(withPanoptoUpload).toBe(feature.withPanoptoUpload);
    expect(PANOPTO_UPLOAD_OPTIONS).toBe(feature.PANOPTO_UPLOAD_OPTIONS);
  });
});
