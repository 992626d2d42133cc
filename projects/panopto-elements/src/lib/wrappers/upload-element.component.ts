import { ChangeDetectionStrategy, Component, EventEmitter, Output, ViewEncapsulation } from '@angular/core';
import { PanoptoUploadComponent, PanoptoUploadError, PanoptoUploadedEvent } from 'panopto-ng/upload';
import { PanoptoElementWrapper, WrappedComponent } from '../element-wrapper';

const INPUTS = ['folderId', 'multiple', 'autoStart'] as const;

const UPLOAD: WrappedComponent<PanoptoUploadComponent, (typeof INPUTS)[number]> = {
  component: PanoptoUploadComponent,
  inputs: { folderId: 'string', multiple: 'boolean', autoStart: 'boolean' },
  outputs: ['uploaded', 'uploadError'],
};

/** `<panopto-wc-upload folder-id="…">`: `<panopto-upload>` (drop zone, queue, progress) as a custom element. */
@Component({
  selector: 'panopto-wc-upload',
  standalone: true,
  template: '<ng-container #outlet></ng-container>',
  inputs: ['serverUrl', ...INPUTS],
  styles: [':host { display: block; }'],
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoUploadElementComponent extends PanoptoElementWrapper<PanoptoUploadComponent> {
  protected readonly wrapped = UPLOAD;

  /** `detail`: `{ sessionId, folderId, title }` once Panopto finished processing the file. */
  @Output('uploaded') readonly uploaded = new EventEmitter<PanoptoUploadedEvent>();
  /** `detail`: the `PanoptoUploadError` (`code`, `stage`, `message`). */
  @Output('upload-error') readonly uploadError = new EventEmitter<PanoptoUploadError>();
}
