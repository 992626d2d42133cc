import { NgFor, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, EventEmitter, OnDestroy, Output, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Observable, Subscription, map } from 'rxjs';
import { PanoptoApi } from 'panopto-ng';
import { PrincipalType } from 'panopto-ng/core';
import { describeFolderError } from '../describe-error';

/** A user or group found by the picker. */
export interface PickedPrincipal {
  Id: string;
  Name: string;
  Type: PrincipalType;
}

let nextId = 0;

/** Finds people (`/users/search`) or groups (`/groups/search`) and offers each to add as a viewer. */
@Component({
  selector: 'panopto-principal-picker',
  standalone: true,
  imports: [NgIf, NgFor, FormsModule],
  template: `
    <form class="ppp-search" role="search" (ngSubmit)="search()">
      <label [attr.for]="inputId">Add a viewer</label>
      <select [attr.aria-label]="'Search for'" name="type" [(ngModel)]="type">
        <option [ngValue]="User">People</option>
        <option [ngValue]="Group">Groups</option>
      </select>
      <input [id]="inputId" name="q" type="search" [(ngModel)]="query" autocomplete="off" placeholder="Name or username" />
      <button type="submit" class="psd-button" [disabled]="!query.trim() || busy">Search</button>
    </form>
    <p *ngIf="busy" role="status">Searching…</p>
    <p *ngIf="message" role="status">{{ message }}</p>
    <ul *ngIf="results.length" class="ppp-results" aria-label="Search results">
      <li *ngFor="let p of results">
        <span>{{ p.Name }}</span>
        <button type="button" class="psd-button" (click)="picked.emit(p)" [attr.aria-label]="'Add ' + p.Name + ' as a viewer'">
          Add
        </button>
      </li>
    </ul>
  `,
  styleUrls: ['./recording-controls.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoPrincipalPickerComponent implements OnDestroy {
  /** The user or group to add. */
  @Output() readonly picked = new EventEmitter<PickedPrincipal>();

  private readonly api = inject(PanoptoApi);
  private readonly cdr = inject(ChangeDetectorRef);
  private request?: Subscription;
  readonly User = PrincipalType.User;
  readonly Group = PrincipalType.Group;
  readonly inputId = `ppp-${nextId++}`;
  type: PrincipalType = PrincipalType.User;
  query = '';
  busy = false;
  message = '';
  results: PickedPrincipal[] = [];

  search(): void {
    const q = this.query.trim();
    if (!q) return;
    this.request?.unsubscribe();
    this.busy = true;
    this.message = '';
    const type = this.type;
    const found$: Observable<PickedPrincipal[]> =
      type === PrincipalType.User
        ? this.api.users.search(q).pipe(map((p) => p.Results.map((u) => ({ Id: u.Id, Name: u.Username ?? u.Id, Type: type }))))
        : this.api.groups.search(q).pipe(map((p) => p.Results.map((g) => ({ Id: g.Id ?? '', Name: g.Name ?? '', Type: type }))));
    this.request = found$.subscribe({
      next: (results) => {
        this.results = results;
        this.message = results.length ? `${results.length} found.` : `Nobody matches “${q}”.`;
        this.busy = false;
        this.cdr.markForCheck();
      },
      error: (error: unknown) => {
        this.results = [];
        this.message = `Could not search. ${describeFolderError(error)}`;
        this.busy = false;
        this.cdr.markForCheck();
      },
    });
  }

  ngOnDestroy(): void {
    this.request?.unsubscribe();
  }
}
