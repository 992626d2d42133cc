import { NgModule } from '@angular/core';
import { PanoptoPlayerComponent } from './panopto-player.component';
import { PanoptoPlayerFacadeDirective } from './panopto-player-facade.directive';

/**
 * `<panopto-player>` and its `facade` for NgModule apps. Standalone apps import `PanoptoPlayerComponent` (and
 * `PanoptoPlayerFacadeDirective` where they use `facade`) directly.
 *
 * @example
 * ```ts
 * @NgModule({ imports: [PanoptoPlayerModule], declarations: [LectureComponent] })
 * export class LectureModule {}
 * ```
 */
@NgModule({
  imports: [PanoptoPlayerComponent, PanoptoPlayerFacadeDirective],
  exports: [PanoptoPlayerComponent, PanoptoPlayerFacadeDirective],
})
export class PanoptoPlayerModule {}
