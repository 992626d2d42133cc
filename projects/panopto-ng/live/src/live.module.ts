import { NgModule } from '@angular/core';
import { PanoptoLiveNowComponent } from './live-now/live-now.component';
import { PanoptoLivePlayerComponent } from './live-player/live-player.component';
import { PanoptoScheduleBroadcastComponent } from './schedule-broadcast/schedule-broadcast.component';

const COMPONENTS = [PanoptoLiveNowComponent, PanoptoScheduleBroadcastComponent, PanoptoLivePlayerComponent];

/**
 * The live components for NgModule apps (they are standalone; this only bundles them).
 *
 * @example
 * ```ts
 * @NgModule({ imports: [PanoptoLiveModule], declarations: [AppComponent] })
 * export class AppModule {}
 * ```
 */
@NgModule({ imports: COMPONENTS, exports: COMPONENTS })
export class PanoptoLiveModule {}
