import { Folder, PanoptoApiError, PanoptoAuthError, PanoptoError, PanoptoNetworkError, Session } from 'panopto-ng';

/** What the results card shows. */
export type RestResultView =
  | { kind: 'idle' }
  | { kind: 'loading'; label: string }
  | { kind: 'folders'; label: string; items: Folder[] }
  | { kind: 'sessions'; label: string; items: Session[] }
  | { kind: 'empty'; label: string; message: string }
  | { kind: 'error'; label: string; error: ErrorView };

/** A failed call, reduced to what the page displays. */
export interface ErrorView {
  /** The class of the error: `PanoptoAuthError`, `PanoptoApiError`, … */
  type: string;
  status: number | null;
  errorCode: string | null;
  message: string;
  /** What a developer or user can do next. */
  hint: string;
}

/** Describes an error from `PanoptoApi` for the page, using the error classes rather than string matching. */
export function toErrorView(error: unknown): ErrorView {
  if (error instanceof PanoptoAuthError) {
    return {
      type: 'PanoptoAuthError',
      status: error.status,
      errorCode: error.errorCode ?? null,
      message: error.message,
      hint: error.isUnauthenticated
        ? 'The emulator wants a bearer token. Sign in first; once panopto-ng/auth has a token, these calls succeed.'
        : 'Signed in, but this user may not see that item. Try another account or folder.',
    };
  }
  if (error instanceof PanoptoNetworkError) {
    return {
      type: 'PanoptoNetworkError',
      status: 0,
      errorCode: null,
      message: error.message,
      hint: error.timedOut
        ? 'The emulator took too long. Is it paused by an injected fault?'
        : 'Is the emulator running? Start everything with `npm start` (it listens on http://localhost:4300).',
    };
  }
  if (error instanceof PanoptoApiError) {
    return {
      type: error.name,
      status: error.status,
      errorCode: error.errorCode ?? null,
      message: error.message,
      hint: error.status === 404 ? 'Expected for the "missing folder" call: the id is valid but unknown.' : '',
    };
  }
  if (error instanceof PanoptoError) {
    return { type: error.name, status: null, errorCode: null, message: error.message, hint: '' };
  }
  return { type: 'Error', status: null, errorCode: null, message: String(error), hint: '' };
}
