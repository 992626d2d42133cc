import { ChangeDetectionStrategy, Component } from '@angular/core';
import {
  FoldersCourseStateComponent,
  FoldersEmptyStateComponent,
  FoldersErrorStateComponent,
  FoldersHugeStateComponent,
  FoldersLoadingStateComponent,
  FoldersSignedOutStateComponent,
} from './gallery-states';

/** Every state of the folder components side by side, each on its own in-memory Panopto. */
@Component({
  selector: 'demo-folders-gallery-page',
  standalone: true,
  imports: [
    FoldersLoadingStateComponent,
    FoldersEmptyStateComponent,
    FoldersErrorStateComponent,
    FoldersSignedOutStateComponent,
    FoldersHugeStateComponent,
    FoldersCourseStateComponent,
  ],
  templateUrl: './folders-gallery-page.component.html',
  styleUrls: ['./folders-gallery-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FoldersGalleryPageComponent {}
