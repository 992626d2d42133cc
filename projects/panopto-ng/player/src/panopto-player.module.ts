import { NgModule } from '@angular/core';
import { PanoptoPlayerComponent } from './panopto-player.component';

/**
 * `<panopto-player>` for NgModule apps. Standalone apps import `PanoptoPlayerComponent` directly.
 *
 * @example
 * ```ts
 * @NgModule({ imports: [PanoptoPlayerModule], declarations: [LectureComponent] })
 * export class LectureModule {}
 * ```
 */
@NgModule({
  imports: [PanoptoPlayerComponent],
  exports: [PanoptoPlayerComponent],
})
export class PanoptoPlayerModule {}
