import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgFor, NgIf } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  Input,
  OnChanges,
  OnDestroy,
  inject,
} from '@angular/core';
import { ROOT_FOLDER_ID } from 'panopto-ng/core';
import { Subscription, forkJoin, toArray } from 'rxjs';
import { PanoptoCaptionsApi } from '../api/panopto-captions-api';
import { TranscriptionProviderInstance } from '../api/caption-models';
import { injectPanoptoTexts } from 'panopto-ng';
import type { PanoptoCaptionsTexts } from '../i18n/captions-texts';
import { PANOPTO_CAPTIONS_TEXTS } from '../i18n/captions-texts-set';
import { describeCaptionError } from './describe-caption-error';

let nextId = 0;

/**
 * A folder's automatic caption provider (`FolderSettings.AutomaticCaptionProviderId`): captions are requested
 * for every new recording in the folder. Loads the site's providers and the folder's setting when shown; saves
 * on change and announces the result. The folder browser shows it from its management toolbar.
 *
 * @example
 * ```html
 * <panopto-folder-caption-provider [folderId]="folder.id"></panopto-folder-caption-provider>
 * ```
 */
@Component({
  selector: 'panopto-folder-caption-provider',
  standalone: true,
  imports: [NgFor, NgIf],
  template: `
    <div class="pfcp" [attr.aria-busy]="loading || saving">
      <label [for]="id">{{ texts.automaticProviderLabel }}</label>
      <select [id]="id" [disabled]="loading || saving || !!loadError" (change)="save($any($event.target).value)">
        <option [value]="none" [selected]="current === none">{{ texts.automaticProviderNone }}</option>
        <option *ngFor="let p of providers" [value]="p.Id" [selected]="p.Id === current">
          {{ p.DisplayName || p.Name }}
        </option>
      </select>
      <p class="pfcp__error" role="alert" *ngIf="loadError">{{ loadError }}</p>
    </div>
  `,
  styles: [
    `
      .pfcp {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
        font-family: var(--panopto-font-family, inherit);
        color: var(--panopto-color-text, #1d2433);
      }
      select {
        font: inherit;
        min-height: 2.25rem;
        border-radius: var(--panopto-radius, 8px);
        border: 1px solid var(--panopto-color-border, #c5cbd6);
        background: var(--panopto-color-surface, #fff);
        color: inherit;
      }
      select:focus-visible {
        outline: 3px solid var(--panopto-focus-ring, var(--panopto-color-accent, #2a6ff0));
        outline-offset: 2px;
      }
      .pfcp__error {
        color: var(--panopto-color-danger, #c62828);
        margin: 0;
        flex-basis: 100%;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoFolderCaptionProviderComponent implements OnChanges, OnDestroy {
  private readonly captions = inject(PanoptoCaptionsApi);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly cdr = inject(ChangeDetectorRef);
  readonly texts: PanoptoCaptionsTexts = injectPanoptoTexts(PANOPTO_CAPTIONS_TEXTS);
  readonly id = `panopto-folder-caption-provider-${nextId++}`;
  readonly none = ROOT_FOLDER_ID;

  /** The folder (a GUID). */
  @Input() folderId: string | null = null;

  providers: TranscriptionProviderInstance[] = [];
  current = ROOT_FOLDER_ID;
  loading = false;
  saving = false;
  loadError = '';
  private work: Subscription | null = null;

  ngOnChanges(): void {
    this.work?.unsubscribe();
    this.loadError = '';
    if (!this.folderId) return;
    this.loading = true;
    this.work = forkJoin([
      this.captions.allCaptionProviders().pipe(toArray()),
      this.captions.folderSettings(this.folderId),
    ]).subscribe({
      next: ([providers, settings]) => {
        this.providers = providers.filter((p) => p.Enabled);
        this.current = settings.AutomaticCaptionProviderId;
        this.loading = false;
        this.cdr.markForCheck();
      },
      error: (e: unknown) => this.fail(e),
    });
  }

  ngOnDestroy(): void {
    this.work?.unsubscribe();
  }

  save(providerId: string): void {
    if (!this.folderId) return;
    this.saving = true;
    this.work?.unsubscribe();
    this.work = this.captions
      .updateFolderSettings(this.folderId, { AutomaticCaptionProviderId: providerId })
      .subscribe({
        next: (settings) => {
          this.saving = false;
          this.current = settings.AutomaticCaptionProviderId;
          this.announcer.announce(
            this.texts.automaticProviderSaved(
              settings.AutomaticCaptionProviderName || this.texts.automaticProviderNone,
            ),
            'polite',
          );
          this.cdr.markForCheck();
        },
        error: (e: unknown) => this.fail(e),
      });
  }

  private fail(error: unknown): void {
    this.loading = false;
    this.saving = false;
    this.loadError = describeCaptionError(error, this.texts, this.texts.forbiddenEdit);
    this.announcer.announce(this.loadError, 'assertive');
    this.cdr.markForCheck();
  }
}
