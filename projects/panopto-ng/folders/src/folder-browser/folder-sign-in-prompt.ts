import { EventEmitter } from '@angular/core';
import type { PanoptoSignInLauncher } from 'panopto-ng';
import { FolderNode } from '../folder-node-graph';
import type { PanoptoFoldersTexts } from '../i18n/folders-texts';

export interface FolderSignInPromptDeps {
  /** `panopto-ng/auth`'s `login()`, when sign-in is configured (the folders entry point does not import auth). */
  readonly launcher: PanoptoSignInLauncher;
  readonly document: Document;
  /** The browser's `signInRequested` output: the app starts sign-in itself when auth is not configured. */
  readonly requested: EventEmitter<void>;
  readonly root: () => FolderNode | undefined;
  readonly changed: () => void;
  /** Words the failure to start (the browser's texts, in the current language). */
  readonly texts: Pick<PanoptoFoldersTexts, 'signInFailed'>;
}

/**
 * The folder browser's signed-out state: instead of Panopto's 401 text ("send Authorization: Bearer …") and a
 * Retry that cannot help, a sign-in prompt whose button starts sign-in through `panopto-ng/auth` when it is
 * configured, else emits `signInRequested` for the app. Headless; the browser's template renders it.
 */
export class FolderSignInPrompt {
  /** Why the last sign-in could not start (Panopto unreachable for discovery, …), or null. */
  failure: string | null = null;

  constructor(private readonly deps: FolderSignInPromptDeps) {}

  /** The top-level folders could not load because nobody is signed in (or the session ended). */
  get visible(): boolean {
    const root = this.deps.root();
    return !!root && root.loadState === 'error' && root.signInRequired && !root.childIds?.length;
  }

  /** A button only when something will happen on click: auth is configured, or the app listens. */
  get canStart(): boolean {
    return this.deps.launcher.available || this.deps.requested.observed;
  }

  async start(): Promise<void> {
    this.failure = null;
    if (!this.deps.launcher.available) {
      this.deps.requested.emit();
      return;
    }
    try {
      await this.deps.launcher.start(appRelativeUrl(this.deps.document));
    } catch (error) {
      this.failure = this.deps.texts.signInFailed(error instanceof Error ? error.message : String(error));
      this.deps.changed();
    }
  }
}

/** The page's URL relative to the app's base href (what the router navigates to after the callback). */
export function appRelativeUrl(document: Document): string {
  const here = new URL(document.location.href);
  const basePath = new URL(document.baseURI).pathname.replace(/\/$/, '');
  const path =
    basePath && here.pathname.startsWith(`${basePath}/`) ? here.pathname.slice(basePath.length) : here.pathname;
  return `${path}${here.search}${here.hash}`;
}
