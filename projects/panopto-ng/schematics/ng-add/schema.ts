/** Options of `ng add panopto-ng`, as declared in `schema.json`. */
export interface NgAddOptions {
  /** The Panopto site's origin; required unless `skipProvider`. */
  serverUrl?: string;
  /** The Panopto API client's id; when given, sign-in with Panopto is added too. */
  clientId?: string;
  /** The callback route for sign-in, relative to the app's base href. Default `/panopto/callback`. */
  redirectPath?: string;
  /** Also set the app up for the local emulator (panopto-ng-emulator), used in dev mode. */
  emulator?: boolean;
  /** The emulator's port. Default 4300, the emulator's own default. */
  emulatorPort?: number;
  /** Install only: change no source file. */
  skipProvider?: boolean;
  /** The application to set up. */
  project?: string;
}
