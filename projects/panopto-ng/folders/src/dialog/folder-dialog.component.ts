import { A11yModule } from '@angular/cdk/a11y';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  EventEmitter,
  Input,
  Output,
  ViewChild,
  inject,
} from '@angular/core';

let nextDialogId = 0;

/**
 * A small modal dialog on the native `<dialog>` element (modal, Escape closes, the page behind is inert),
 * with a CDK focus trap and focus returned to whatever opened it. Used for the folder management forms.
 */
@Component({
  selector: 'panopto-folder-dialog',
  standalone: true,
  imports: [A11yModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<dialog
    #dialog
    class="pfd"
    [attr.aria-labelledby]="titleId"
    (cancel)="onCancel($event)"
    (close)="onClosed()"
  >
    <div class="pfd-body" cdkTrapFocus [cdkTrapFocusAutoCapture]="false">
      <h2 class="pfd-title" [id]="titleId">{{ heading }}</h2>
      <ng-content></ng-content>
    </div>
  </dialog>`,
  styles: [
    `
      .pfd {
        border: 1px solid var(--panopto-color-border, #d8dee4);
        border-radius: var(--panopto-radius, 8px);
        background: var(--panopto-color-surface, #fff);
        color: var(--panopto-color-text, #1b1f24);
        font-family: var(--panopto-font-family, inherit);
        padding: 1rem 1.25rem;
        width: min(28rem, calc(100vw - 2rem));
        max-height: calc(100vh - 2rem);
      }
      .pfd::backdrop {
        background: rgba(0, 0, 0, 0.45);
      }
      .pfd-title {
        font-size: 1.1rem;
        margin: 0 0 0.75rem;
      }
    `,
  ],
})
export class PanoptoFolderDialogComponent {
  /** The dialog's title (also its accessible name). */
  @Input() heading = '';
  /** Emits when the dialog closes for any reason. */
  @Output() readonly closed = new EventEmitter<void>();
  @ViewChild('dialog', { static: true }) private readonly dialog!: ElementRef<HTMLDialogElement>;
  readonly titleId = `panopto-folder-dialog-${nextDialogId++}`;
  private readonly document = inject(DOCUMENT);
  private returnFocusTo: HTMLElement | null = null;

  /** True while open. */
  get isOpen(): boolean {
    return !!this.dialog.nativeElement.open;
  }

  /** Opens modally and focuses `focusFirst` (or the first field). */
  open(focusFirst?: HTMLElement | null): void {
    const el = this.dialog.nativeElement;
    if (el.open) return;
    this.returnFocusTo = this.document.activeElement as HTMLElement | null;
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
    const target = focusFirst ?? el.querySelector<HTMLElement>('input, select, button');
    target?.focus();
  }

  /** Closes and gives focus back to the element that had it before. */
  close(): void {
    const el = this.dialog.nativeElement;
    if (!el.open) return;
    if (typeof el.close === 'function') el.close();
    else {
      el.removeAttribute('open');
      this.onClosed();
    }
  }

  onCancel(event: Event): void {
    // Let Escape close it, through our close() so focus is restored the same way.
    event.preventDefault();
    this.close();
  }

  onClosed(): void {
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (target && this.document.contains(target)) target.focus();
    this.closed.emit();
  }
}
