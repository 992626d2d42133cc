/**
 * `SessionCopyType`. `Reference`: a light copy that plays the original's streams (and follows them when they
 * change). `Full`: an independent copy of every stream. `Destructive` is in the enum, but Panopto documents only
 * `Full` and `Reference` as allowed.
 */
export enum SessionCopyType {
  Reference = 'Reference',
  Full = 'Full',
  Destructive = 'Destructive',
}

/** `SessionCopyCreate`: body of `POST /sessions/{id}/sessioncopy`. */
export interface SessionCopyCreate {
  CopyType: SessionCopyType | 'Reference' | 'Full';
  /** The folder the copy goes into. */
  FolderId: string;
  /** The copy's name. */
  Name: string;
}

/** `SessionCopyResponse` */
export interface SessionCopyResponse {
  NewDeliveryId?: string;
  NewSessionId?: string;
}

/** `SessionScormManifestType`: the launch page of a SCORM package plays in the full viewer or the embed player. */
export type SessionScormManifestType = 'Interactive' | 'Embed';
