import { ChangeDetectionStrategy, Component } from '@angular/core';
import {
  RecordingsEmptyStateComponent,
  RecordingsErrorStateComponent,
  RecordingsForbiddenStateComponent,
  RecordingsLoadedStateComponent,
  RecordingsLoadingStateComponent,
} from './recordings-states';

/** Every state of `<panopto-session-details>` and `<panopto-continue-watching>`, each on its own in-memory Panopto. */
@Component({
  selector: 'demo-recordings-states-page',
  standalone: true,
  imports: [
    RecordingsLoadingStateComponent,
    RecordingsEmptyStateComponent,
    RecordingsForbiddenStateComponent,
    RecordingsErrorStateComponent,
    RecordingsLoadedStateComponent,
  ],
  templateUrl: './recordings-states-page.component.html',
  styleUrls: ['../folders/folders-gallery-page.component.scss', './recordings-states-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordingsStatesPageComponent {}
