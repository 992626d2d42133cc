/** A language the demo's header offers: its BCP 47 code, its name in itself, and its writing direction. */
export interface DemoLanguage {
  readonly code: string;
  readonly label: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * The demo's languages: English (the library's defaults) and the two translations panopto-ng ships. The header's
 * `<select data-testid="language-switch">` lists exactly these, in this order.
 */
export const DEMO_LANGUAGES: readonly DemoLanguage[] = [
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'fr', label: 'Français', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
];
