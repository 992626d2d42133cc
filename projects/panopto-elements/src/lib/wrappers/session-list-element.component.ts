import { ChangeDetectionStrategy, Component, EventEmitter, Output, ViewEncapsulation } from '@angular/core';
import {
  PanoptoSessionListComponent,
  PanoptoSessionListItem,
  PanoptoSortOrder,
  SessionListSortField,
} from 'panopto-ng/folders';
import { PanoptoElementWrapper, WrappedComponent } from '../element-wrapper';

const INPUTS = ['folderId', 'sortField', 'sortOrder', 'heading'] as const;

const SESSION_LIST: WrappedComponent<PanoptoSessionListComponent, (typeof INPUTS)[number]> = {
  component: PanoptoSessionListComponent,
  inputs: { folderId: 'string', sortField: 'string', sortOrder: 'string', heading: 'string' },
  outputs: ['sessionSelected', 'sortChange'],
};

/** `<panopto-wc-session-list folder-id="…">`: the sessions of one folder as a custom element. */
@Component({
  selector: 'panopto-wc-session-list',
  standalone: true,
  template: '<ng-container #outlet></ng-container>',
  inputs: ['serverUrl', ...INPUTS],
  styles: [':host { display: block; }'],
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoSessionListElementComponent extends PanoptoElementWrapper<PanoptoSessionListComponent> {
  protected readonly wrapped = SESSION_LIST;

  /** `detail`: `{ id, name, duration, date, thumbnailUrl, session }`. */
  @Output('session-selected') readonly sessionSelected = new EventEmitter<PanoptoSessionListItem>();
  /** `detail`: `{ sortField, sortOrder }`. */
  @Output('sort-change') readonly sortChange = new EventEmitter<{
    sortField: SessionListSortField;
    sortOrder: PanoptoSortOrder;
  }>();
}
