import { NgModule } from '@angular/core';
import { PanoptoContinueWatchingComponent } from './continue-watching/continue-watching.component';
import { PanoptoSessionDetailsComponent } from './session-details/session-details.component';

/**
 * For NgModule apps: `<panopto-session-details>` and `<panopto-continue-watching>`.
 *
 * @example
 * ```ts
 * @NgModule({ imports: [PanoptoRecordingsModule] })
 * export class CourseModule {}
 * ```
 */
@NgModule({
  imports: [PanoptoSessionDetailsComponent, PanoptoContinueWatchingComponent],
  exports: [PanoptoSessionDetailsComponent, PanoptoContinueWatchingComponent],
})
export class PanoptoRecordingsModule {}
