import { User } from './user';

/** `Tag`: one entry of the site's shared tag vocabulary. */
export interface Tag {
  Id?: string;
  Content?: string;
  /** Number of sessions carrying the tag. */
  UsageCount: number;
  /** ISO date-time. */
  CreateDate: string;
  /** ISO date-time. */
  MostRecentUseDate?: string | null;
  CreatedBy?: User | null;
}

/** `TagCreate`: body of `POST /tags`. */
export interface TagCreate {
  Content: string;
}

/** `TagUpdate`: body of `PUT /tags/{id}` (renames the tag on every session). */
export type TagUpdate = TagCreate;

/** `TagMerge`: body of `POST /tags/{id}/merge`; the merged tags are deleted. */
export interface TagMerge {
  TagIdsToMerge: string[];
}

/** `SessionTagUpdate`: body of `PUT /sessions/{id}/tags`, the session's complete set of tags. */
export interface SessionTagUpdate {
  Tags: string[];
}

/** `TagSortFields` */
export type TagSortField = 'CreateDate' | 'UsageCount' | 'Content' | 'Creator' | 'MostRecentUseDate';
