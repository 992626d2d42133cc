import { LiveAnnouncer } from '@angular/cdk/a11y';
import { registerLocaleData } from '@angular/common';
import localeAr from '@angular/common/locales/ar';
import localeFr from '@angular/common/locales/fr';
import { Component, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PanoptoLanguage, providePanopto, providePanoptoLanguages } from 'panopto-ng';
import { MIB } from '../core/part-plan';
import { MemoryResumeStore } from '../core/resume-store';
import {
  PANOPTO_UPLOAD_OPTIONS,
  PANOPTO_UPLOAD_RESUME_STORE,
  PANOPTO_UPLOAD_TRANSPORT,
} from '../angular/upload-tokens';
import { PanoptoUploadComponent } from '../component/panopto-upload.component';
import { PanoptoUploadModule } from '../component/panopto-upload.module';
import { FakeUploadServer, FOLDER_ID } from '../testing-support/fake-upload-server';
import { PANOPTO_UPLOAD_AR } from './upload-ar';
import { PANOPTO_UPLOAD_FR } from './upload-fr';

@Component({
  standalone: true,
  imports: [PanoptoUploadModule],
  template: `<panopto-upload [folderId]="folderId"></panopto-upload>`,
})
class HostComponent {
  folderId = FOLDER_ID;
}

const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('<panopto-upload> in French and Arabic', () => {
  beforeAll(() => {
    registerLocaleData(localeFr);
    registerLocaleData(localeAr);
  });

  function render(locale: string) {
    TestBed.configureTestingModule({
      imports: [HostComponent],
      providers: [
        { provide: LOCALE_ID, useValue: locale },
        providePanopto({ serverUrl: 'https://tenant.example' }),
        providePanoptoLanguages(PANOPTO_UPLOAD_FR, PANOPTO_UPLOAD_AR),
        { provide: PANOPTO_UPLOAD_TRANSPORT, useValue: new FakeUploadServer() },
        { provide: PANOPTO_UPLOAD_RESUME_STORE, useValue: new MemoryResumeStore() },
        { provide: PANOPTO_UPLOAD_OPTIONS, useValue: { maxFileSize: 2 * MIB } },
      ],
    });
    const announce = spyOn(TestBed.inject(LiveAnnouncer), 'announce').and.resolveTo();
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const component = fixture.debugElement.children[0].componentInstance as PanoptoUploadComponent;
    return { fixture, component, announce, el: fixture.nativeElement as HTMLElement };
  }

  it("follows LOCALE_ID 'fr': the checker's findings with sizes in French units and separators", () => {
    const { fixture, component, el } = render('fr');
    component.addFiles([
      new File([new Uint8Array(3 * MIB + MIB / 2)], 'cours.mp4', { type: 'video/mp4' }),
      new File([new Uint8Array(MIB / 2)], 'lecture.mp4', { type: 'video/mp4' }),
    ]);
    fixture.detectChanges();
    expect(plain(el.querySelector('[role=alert]')?.textContent)).toBe(
      "« cours.mp4 » pèse 3,5 Mo, au-delà de la limite de 2 Mo. Raccourcissez-le ou compressez-le d'abord.",
    );
    expect(plain(el.querySelector('.panopto-upload__muted')?.textContent)).toBe('(512 ko)');
    expect(plain(el.querySelector('.panopto-upload__hint')?.textContent)).toBe(
      'Déposez ici des fichiers vidéo ou audio',
    );
    fixture.destroy();
  });

  it('switches to Arabic at run time, findings and announcements included', () => {
    const { fixture, component, announce, el } = render('en-US');
    TestBed.inject(PanoptoLanguage).use('ar');
    component.addFiles([new File([], 'فارغ.mp4', { type: 'video/mp4' })]);
    fixture.detectChanges();
    const alert = plain(el.querySelector('[role=alert]')?.textContent);
    expect(alert).toBe(
      plain(`الملف «فارغ.mp4» فارغ (${TestBed.inject(PanoptoLanguage).format.fileSize(0)}). اختر التسجيل نفسه.`),
    );
    expect(announce).toHaveBeenCalledWith(alert, 'assertive');
    expect(plain(el.querySelector('button')?.textContent)).toBe('اختيار ملفات…');
    fixture.destroy();
  });
});
