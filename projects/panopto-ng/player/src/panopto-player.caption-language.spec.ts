import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PANOPTO_SITE, validatePanoptoSite } from 'panopto-ng';
import { FakeEmbedApi, installFakeEmbedApi } from 'panopto-ng/testing';
import { PanoptoPlayerComponent } from './panopto-player.component';
import { providePanoptoPlayer } from './player-config';

@Component({
  standalone: true,
  imports: [PanoptoPlayerComponent],
  template: `<panopto-player [sessionId]="id" [captionLanguage]="language"></panopto-player>`,
})
class CaptionHostComponent {
  id = '11111111-2222-4333-8444-555555555555';
  language: string | null = 'French';
}

describe('PanoptoPlayerComponent captionLanguage', () => {
  let fake: FakeEmbedApi;

  beforeEach(() => {
    fake = installFakeEmbedApi({ captionTracks: ['English', 'French'] });
    TestBed.configureTestingModule({
      providers: [
        { provide: PANOPTO_SITE, useValue: validatePanoptoSite({ serverUrl: 'https://myuni.hosted.panopto.com' }) },
        providePanoptoPlayer(),
      ],
    });
  });
  afterEach(() => fake.uninstall());

  it('shows the named track once the video is ready, switches live, and turns captions off for an unknown one', async () => {
    const fixture = TestBed.createComponent(CaptionHostComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(fake.last.count('enableCaptions')).toBe(0); // nothing before the tracks are known
    fake.last.fireIframeReady();
    fake.last.fireReady();
    expect(fake.last.calls.filter((c) => /Captions$/.test(c.method))).toEqual([
      { method: 'enableCaptions', args: ['1'] },
    ]);

    fixture.componentInstance.language = 'English';
    fixture.detectChanges();
    expect(fake.last.calls.filter((c) => c.method === 'enableCaptions').pop()?.args).toEqual(['0']);
    expect(fake.last.count('loadVideo')).toBe(1); // switched without reloading

    fixture.componentInstance.language = '';
    fixture.detectChanges();
    expect(fake.last.count('disableCaptions')).toBe(1);
    fixture.destroy();
  });
});
