import { NgFor, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, EventEmitter, Input, OnDestroy, Output, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Subscription } from 'rxjs';
import { PanoptoApi } from 'panopto-ng';
import { BasicFolder } from 'panopto-ng/core';
import { describeFolderError } from '../describe-error';

let nextId = 0;

/** Finds a folder the user may add recordings to (`/folders/search?canCreate=true`) and lets them pick one. */
@Component({
  selector: 'panopto-folder-picker',
  standalone: true,
  imports: [NgIf, NgFor, FormsModule],
  template: `
    <form class="pfp-search" role="search" (ngSubmit)="search()">
      <label [attr.for]="inputId">{{ label }}</label>
      <input [id]="inputId" name="q" type="search" [(ngModel)]="query" autocomplete="off" />
      <button type="submit" class="psd-button" [disabled]="!query.trim() || busy">Search</button>
    </form>
    <p *ngIf="busy" role="status">Searching folders…</p>
    <p *ngIf="message" role="status">{{ message }}</p>
    <fieldset *ngIf="results.length" class="pfp-results">
      <legend class="panopto-visually-hidden">{{ label }}: results</legend>
      <label *ngFor="let folder of results" class="pfp-option">
        <input type="radio" [name]="inputId + '-pick'" [value]="folder.Id" (change)="picked.emit(folder)" />
        {{ folder.Name }}
      </label>
    </fieldset>
  `,
  styleUrls: ['../../../shared-styles/visually-hidden.css', './recording-controls.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoFolderPickerComponent implements OnDestroy {
  /** Visible label of the search field. */
  @Input() label = 'Find a folder';
  /** The folder the user picked. */
  @Output() readonly picked = new EventEmitter<BasicFolder>();

  private readonly api = inject(PanoptoApi);
  private readonly cdr = inject(ChangeDetectorRef);
  private request?: Subscription;
  readonly inputId = `pfp-${nextId++}`;
  query = '';
  busy = false;
  message = '';
  results: BasicFolder[] = [];

  search(): void {
    const q = this.query.trim();
    if (!q) return;
    this.request?.unsubscribe();
    this.busy = true;
    this.message = '';
    this.request = this.api.folders.search(q, { canCreate: true, sortField: 'Name' }).subscribe({
      next: (page) => {
        this.results = page.Results.map((f) => ({ Id: f.Id, Name: f.Name }));
        this.message = this.results.length ? `${this.results.length} folders found.` : `No folder you can add to matches “${q}”.`;
        this.busy = false;
        this.cdr.markForCheck();
      },
      error: (error: unknown) => {
        this.results = [];
        this.message = `Could not search folders. ${describeFolderError(error)}`;
        this.busy = false;
        this.cdr.markForCheck();
      },
    });
  }

  ngOnDestroy(): void {
    this.request?.unsubscribe();
  }
}
