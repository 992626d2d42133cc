/** `XfpUserRole` */
export type XfpUserRole = 'Viewer' | 'PortalManager';

/** `XfpUserProfile`: a user profile of a portal. */
export interface XfpUserProfile {
  Id?: string;
  Name?: string;
  UserId: string;
  FirstName?: string;
  LastName?: string;
  EmailAddress?: string;
  PortalPublicId: string;
  XfpRole?: string;
  /** ISO date-time. */
  CreatedDate: string;
}

/** `XfpUserProfileCreate` */
export interface XfpUserProfileCreate {
  XfpRole: XfpUserRole;
  FirstName?: string;
  LastName?: string;
  EmailAddress?: string;
  TemporaryPassword?: string;
}

/** `XfpUserProfileUpdate` */
export interface XfpUserProfileUpdate {
  XfpRole?: XfpUserRole;
  FirstName?: string;
  LastName?: string;
}
