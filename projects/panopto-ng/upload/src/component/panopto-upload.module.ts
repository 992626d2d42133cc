import { NgModule } from '@angular/core';
import { PanoptoUploadComponent } from './panopto-upload.component';

/**
 * NgModule form of `<panopto-upload>` for apps that do not use standalone components.
 *
 * @example
 * ```ts
 * @NgModule({ imports: [PanoptoUploadModule] })
 * export class CoursesModule {}
 * ```
 */
@NgModule({
  imports: [PanoptoUploadComponent],
  exports: [PanoptoUploadComponent],
})
export class PanoptoUploadModule {}
