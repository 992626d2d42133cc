import { NgModule } from '@angular/core';
import { PanoptoFolderBrowserComponent } from './folder-browser/folder-browser.component';
import { PanoptoSessionListComponent } from './session-list/session-list.component';

/**
 * For NgModule apps: `<panopto-folder-browser>` and `<panopto-session-list>`.
 *
 * @example
 * ```ts
 * @NgModule({ imports: [PanoptoFoldersModule] })
 * export class LibraryModule {}
 * ```
 */
@NgModule({
  imports: [PanoptoFolderBrowserComponent, PanoptoSessionListComponent],
  exports: [PanoptoFolderBrowserComponent, PanoptoSessionListComponent],
})
export class PanoptoFoldersModule {}

/** For NgModule apps that only need the tree. @example `imports: [PanoptoFolderBrowserModule]` */
@NgModule({ imports: [PanoptoFolderBrowserComponent], exports: [PanoptoFolderBrowserComponent] })
export class PanoptoFolderBrowserModule {}

/** For NgModule apps that only need the session list. @example `imports: [PanoptoSessionListModule]` */
@NgModule({ imports: [PanoptoSessionListComponent], exports: [PanoptoSessionListComponent] })
export class PanoptoSessionListModule {}
