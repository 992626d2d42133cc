/** `BasicFolder`: a folder reference inside other models (`Session.FolderDetails`, `Folder.ParentFolder`). */
export interface BasicFolder {
  Id: string;
  Name?: string;
}

/** `ModelBaseOfGuid`: the `{Id, Name}` base of several Panopto models. */
export interface ModelBaseOfGuid {
  Id?: string;
  Name?: string;
}

/** `SortOrder` of every list endpoint. Panopto's default is `Asc`. */
export type SortOrder = 'Asc' | 'Desc';

/**
 * `ListResponseOf…`: Panopto's list wrapper. There is no total count and no page size parameter; a page with
 * zero `Results` means there are no more pages.
 */
export interface PanoptoListResponse<T> {
  Results: T[];
}

/** `APIErrorInternal`: the `Error` object of Panopto's error body. */
export interface APIErrorInternal {
  /** Panopto's internal error code. */
  ErrorCode?: string;
  Message?: string;
  /** `true` means the call succeeded with a partial failure or warning. */
  Success: boolean;
  /** Unique identifier of what caused the error. */
  ErrorSource?: string;
}

/** `APIError`: the body Panopto sends with 400 and some 404 responses. */
export interface APIError {
  Error?: APIErrorInternal | null;
}
