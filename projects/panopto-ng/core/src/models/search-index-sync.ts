/** One changed session or playlist of `GET /searchIndexSync/updates`. */
export interface SearchIndexSyncUpdate {
  /** Id of the session or playlist. */
  VideoId: string;
  /** ISO date-time of the change. */
  UpdateTime: string;
}

/**
 * `SearchIndexSyncUpdateResponse`. The swagger leaves it empty; the fields are those Panopto's own index connector
 * reads.
 */
export interface SearchIndexSyncUpdateResponse {
  Updates: SearchIndexSyncUpdate[];
  /** Pass back as `nextToken` for the next page; `null` on the last one. */
  NextToken?: string | null;
}

/** Who may find an item in a search index (as the emulator and the index connector describe it). */
export interface SearchIndexPrincipal {
  Type: string;
  Id?: string;
  Name?: string;
}

/** What a search index needs of a session or playlist. */
export interface SearchIndexVideoContent {
  Id: string;
  Title: string;
  /** `Session` or `Playlist`. */
  TypeName: string;
  Url: string;
  ThumbnailUrl: string;
  Language: string;
  Summary: string;
  MachineTranscription: string;
  HumanTranscription: string;
  ScreenCapture: string[];
  Presentation: string;
  Presenters: string[];
  Principals: SearchIndexPrincipal[];
}

/** `SearchIndexSyncContentResponse` (fields as the index connector reads them). */
export interface SearchIndexSyncContentResponse {
  Id: string;
  Name?: string | null;
  /** `true` when the item was deleted: remove it from the index. */
  Deleted: boolean;
  VideoContent: SearchIndexVideoContent | null;
}
