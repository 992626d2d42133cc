import { ModelBaseOfGuid } from './common';

/** `User` as Panopto's REST API returns it. */
export interface User {
  Id: string;
  Username?: string;
}

/** `Group` (`{Id, Name}`). */
export type Group = ModelBaseOfGuid;
