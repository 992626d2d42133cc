import { Observable, Subject, takeUntil } from 'rxjs';
import { PanoptoClock } from 'panopto-ng/core';
import { PanoptoFolderBackend } from '../folder-backend';
import { FolderErrorTexts } from '../describe-error';
import { FolderSearchState, searchFolders } from '../folder-search';

/**
 * The search box above the tree: what is typed, and the state of the debounced Panopto search for it
 * (`searchFolders` on the clock). `changed` sees every new state (to announce it and re-render).
 */
export class FolderSearchBox {
  /** The text in the box. */
  text = '';
  /** Idle, searching, the results, or the failure in words. */
  state: FolderSearchState = { status: 'idle', query: '', results: [] };
  private readonly queries = new Subject<string>();

  constructor(
    private readonly backend: PanoptoFolderBackend,
    private readonly clock: PanoptoClock,
    private readonly until: Observable<void>,
    /** Words a failed search (the browser's texts, in the current language). */
    private readonly texts: FolderErrorTexts,
    private readonly changed: (state: FolderSearchState) => void,
  ) {}

  /** Starts answering what is typed (until `until` fires). */
  connect(): void {
    searchFolders(this.queries, this.backend, 300, this.clock, this.texts)
      .pipe(takeUntil(this.until))
      .subscribe((state) => {
        this.state = state;
        this.changed(state);
      });
  }

  /** The user typed. */
  input(value: string): void {
    this.text = value;
    this.queries.next(value);
  }

  /** Escape: empties the box and the results. */
  clear(): void {
    this.text = '';
    this.queries.next('');
  }
}
