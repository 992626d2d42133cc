import { ChangeDetectionStrategy, Component, EventEmitter, Output, ViewEncapsulation } from '@angular/core';
import { PanoptoFolderBrowserComponent, PanoptoFolderChange, PanoptoFolderSelection } from 'panopto-ng/folders';
import { PanoptoElementWrapper, WrappedComponent } from '../element-wrapper';

const INPUTS = [
  'rootFolderId',
  'selectedFolderId',
  'hideManagement',
  'hideSearch',
  'canManage',
  'canCreateAtRoot',
  'ariaLabel',
  'rowHeight',
] as const;

const FOLDER_BROWSER: WrappedComponent<PanoptoFolderBrowserComponent, (typeof INPUTS)[number]> = {
  component: PanoptoFolderBrowserComponent,
  inputs: {
    rootFolderId: 'string',
    selectedFolderId: 'string',
    hideManagement: 'boolean',
    hideSearch: 'boolean',
    canManage: 'boolean-or-auto',
    canCreateAtRoot: 'boolean',
    ariaLabel: 'string',
    rowHeight: 'number',
  },
  outputs: ['folderSelected', 'folderActivated', 'folderChanged'],
};

/** `<panopto-wc-folder-browser>`: the lazy, virtualised folder tree as a custom element. */
@Component({
  selector: 'panopto-wc-folder-browser',
  standalone: true,
  template: '<ng-container #outlet></ng-container>',
  inputs: ['serverUrl', ...INPUTS],
  styles: [':host { display: block; }'],
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoFolderBrowserElementComponent extends PanoptoElementWrapper<PanoptoFolderBrowserComponent> {
  protected readonly wrapped = FOLDER_BROWSER;

  /** `detail`: `{ id, name, parentId }` of the folder selected (click, Enter, Space, search result). */
  @Output('folder-selected') readonly folderSelected = new EventEmitter<PanoptoFolderSelection>();
  /** `detail`: `{ id, name, parentId }` on Enter or double click. */
  @Output('folder-activated') readonly folderActivated = new EventEmitter<PanoptoFolderSelection>();
  /** `detail`: `{ kind: 'created' | 'renamed' | 'moved' | 'deleted', id, name, … }` after Panopto accepted it. */
  @Output('folder-changed') readonly folderChanged = new EventEmitter<PanoptoFolderChange>();
}
