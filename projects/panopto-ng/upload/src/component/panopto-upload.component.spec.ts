import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { providePanopto } from 'panopto-ng';
import { MIB } from '../core/part-plan';
import { MemoryResumeStore } from '../core/resume-store';
import {
  PANOPTO_UPLOAD_OPTIONS,
  PANOPTO_UPLOAD_RESUME_STORE,
  PANOPTO_UPLOAD_TRANSPORT,
} from '../angular/upload-tokens';
import { FakeUploadServer, FOLDER_ID, until } from '../testing-support/fake-upload-server';
import { PanoptoUploadComponent, PanoptoUploadedEvent } from './panopto-upload.component';
import { PanoptoUploadModule } from './panopto-upload.module';

@Component({
  standalone: true,
  imports: [PanoptoUploadModule],
  template: `<panopto-upload [folderId]="folderId" (uploaded)="events.push($event)"></panopto-upload>`,
})
class HostComponent {
  folderId: string | null = FOLDER_ID;
  events: PanoptoUploadedEvent[] = [];
}

describe('<panopto-upload>', () => {
  let server: FakeUploadServer;
  let fixture: ComponentFixture<HostComponent>;
  let announce: jasmine.Spy;
  let el: HTMLElement;

  beforeEach(() => {
    server = new FakeUploadServer();
    TestBed.configureTestingModule({
      imports: [HostComponent],
      providers: [
        providePanopto({ serverUrl: 'https://tenant.example' }),
        { provide: PANOPTO_UPLOAD_TRANSPORT, useValue: server },
        { provide: PANOPTO_UPLOAD_RESUME_STORE, useValue: new MemoryResumeStore() },
        { provide: PANOPTO_UPLOAD_OPTIONS, useValue: { pollIntervalMs: 1, progressIntervalMs: 0, partSize: 5 * MIB } },
      ],
    });
    announce = spyOn(TestBed.inject(LiveAnnouncer), 'announce').and.resolveTo();
    fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    el = fixture.nativeElement;
  });

  const component = () => fixture.debugElement.children[0].componentInstance as PanoptoUploadComponent;
  const video = (name = 'lecture.mp4', size = 12 * MIB) =>
    new File([new Uint8Array(size)], name, { type: 'video/mp4', lastModified: 5 });
  const buttons = () => Array.from(el.querySelectorAll('button')).map((b) => b.textContent?.trim());

  it('offers a keyboard-reachable picker button that opens the file input', () => {
    const button = el.querySelector('button') as HTMLButtonElement;
    expect(button.textContent).toContain('Choose files');
    expect(button.getAttribute('aria-describedby')).toBe(el.querySelector('.panopto-upload__hint')?.id as string);
    const input = el.querySelector('input[type=file]') as HTMLInputElement;
    const click = spyOn(input, 'click');
    button.click();
    expect(click).toHaveBeenCalled();
    expect(input.accept).toContain('video/*');
  });

  it('rejects a file Panopto cannot take with a clear, announced message and no request', () => {
    component().addFiles([
      new File(['%PDF'], 'notes.pdf', { type: 'application/pdf' }),
      new File([], 'empty.mp4', { type: 'video/mp4' }),
    ]);
    fixture.detectChanges();
    const alert = el.querySelector('[role=alert]') as HTMLElement;
    expect(alert.textContent).toContain('"notes.pdf" (application/pdf) is not a video or audio file');
    expect(alert.textContent).toContain('"empty.mp4" is empty');
    expect(announce).toHaveBeenCalledWith(jasmine.stringContaining('notes.pdf'), 'assertive');
    expect(server.log.length).toBe(0);
  });

  it('accepts a dropped file as a draft with an editable title, then uploads it with title and description', async () => {
    const data = new DataTransfer();
    data.items.add(video('Week 3 lecture.mp4', 40 * MIB));
    const zone = el.querySelector('.panopto-upload__drop') as HTMLElement;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
    fixture.detectChanges();
    expect(zone.classList).toContain('panopto-upload__drop--active');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    fixture.detectChanges();
    const title = el.querySelector('input[name=title]') as HTMLInputElement;
    expect(title.value).toBe('Week 3 lecture');
    title.value = 'Genetics & you';
    title.dispatchEvent(new Event('input'));
    const description = el.querySelector('textarea[name=description]') as HTMLTextAreaElement;
    description.value = 'Recorded live';
    description.dispatchEvent(new Event('input'));
    (el.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    fixture.detectChanges();

    const bar = el.querySelector('[role=progressbar]') as HTMLElement;
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(bar.getAttribute('aria-label')).toBe('Upload of Genetics & you');
    await until(() => fixture.componentInstance.events.length === 1, 'the uploaded event');
    fixture.detectChanges();
    expect(fixture.componentInstance.events[0]).toEqual({
      sessionId: 'f0000000-0000-4000-8000-000000000001',
      folderId: FOLDER_ID,
      title: 'Genetics & you',
    });
    expect(bar.getAttribute('aria-valuenow')).toBe('100');
    const link = el.querySelector('.panopto-upload__done a') as HTMLAnchorElement;
    expect(link.href).toBe('https://tenant.example/Panopto/Pages/Embed.aspx?id=f0000000-0000-4000-8000-000000000001');
    expect(server.manifests[0]).toContain('<Title>Genetics &amp; you</Title>');
    expect(server.manifests[0]).toContain('<Description>Recorded live</Description>');
    const messages = announce.calls.allArgs().map((a) => a[0]);
    for (const m of ['25% uploaded', '50% uploaded', '75% uploaded', '100% uploaded', 'ready to play']) {
      expect(messages.some((x) => String(x).includes(m)))
        .withContext(m)
        .toBeTrue();
    }
  });

  it('shows pause, resume, cancel and retry for the right phases and wires them to the upload', async () => {
    let hang = true;
    server.intercept = (req) => (req.kind === 'part' && hang ? 'hang' : undefined);
    component().addFiles([video()]);
    component().startAll();
    fixture.detectChanges();
    await until(() => server.inFlightParts > 0, 'a part in flight');
    fixture.detectChanges();
    expect(buttons()).toContain('Pause lecture');
    (
      Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Pause')) as HTMLButtonElement
    ).click();
    fixture.detectChanges();
    expect(el.querySelector('.panopto-upload__phase')?.textContent).toBe('Paused');
    hang = false;
    server.intercept = (req) => (req.kind === 'part' ? { status: 400 } : undefined);
    (
      Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Resume')) as HTMLButtonElement
    ).click();
    await until(
      () =>
        el.querySelector('.panopto-upload__item')?.getAttribute('data-phase') === 'error' ||
        (fixture.detectChanges(), false),
      'error',
    );
    fixture.detectChanges();
    expect(el.querySelector('.panopto-upload__error')?.textContent).toContain('HTTP 400');
    expect(announce).toHaveBeenCalledWith(jasmine.stringContaining('failed'), 'assertive');
    server.intercept = () => undefined;
    (
      Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Retry')) as HTMLButtonElement
    ).click();
    await until(() => fixture.componentInstance.events.length === 1, 'completion after retry');
    fixture.detectChanges();
    expect(buttons().some((b) => b?.startsWith('Dismiss'))).toBeTrue();
  });

  it('cancel removes the upload on the server side', async () => {
    server.intercept = (req) => (req.kind === 'part' ? 'hang' : undefined);
    component().addFiles([video()]);
    component().startAll();
    await until(() => server.inFlightParts > 0, 'a part in flight');
    fixture.detectChanges();
    (
      Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Cancel')) as HTMLButtonElement
    ).click();
    await until(() => server.count('delete') === 1, 'DELETE sessionUpload');
    fixture.detectChanges();
    expect(server.count('abort')).toBe(1);
    expect(el.querySelector('.panopto-upload__phase')?.textContent).toBe('Cancelled');
  });

  it('does not start without a folder and says why', () => {
    fixture.componentInstance.folderId = null;
    fixture.detectChanges();
    expect(el.textContent).toContain('Pick a folder before starting an upload.');
    component().addFiles([video()]);
    fixture.detectChanges();
    expect((el.querySelector('form button[type=submit]') as HTMLButtonElement).disabled).toBeTrue();
    expect(server.log.length).toBe(0);
  });
});
