import { InjectionToken } from '@angular/core';
import type { PanoptoTextsShape } from 'panopto-ng/core';

/**
 * The typed texts of one entry point: its name (the key translations and overrides refer to), its English
 * defaults, and the DI token whose factory gives those defaults (provide the token to replace the English texts
 * wholesale). Components read the current language's texts with `injectPanoptoTexts(set)`.
 */
export interface PanoptoTextsSet<T extends PanoptoTextsShape<T>> {
  readonly name: string;
  readonly defaults: T;
  readonly token: InjectionToken<T>;
}

/**
 * Defines the texts set of an entry point (or of an app's own components) from its English texts.
 *
 * @example
 * ```ts
 * export interface UploadTexts { heading: string; files: (count: number) => string }
 * export const UPLOAD_TEXTS = definePanoptoTexts<UploadTexts>('my-app/upload', {
 *   heading: 'Upload',
 *   files: (count) => plural('en', count, { one: '# file', other: '# files' }),
 * });
 * ```
 */
export function definePanoptoTexts<T extends PanoptoTextsShape<T>>(name: string, defaults: T): PanoptoTextsSet<T> {
  return {
    name,
    defaults,
    token: new InjectionToken<T>(`${name} texts`, { providedIn: 'root', factory: () => defaults }),
  };
}
