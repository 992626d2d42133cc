/** `AccessLevel` */
export enum AccessLevel {
  Restricted = 'Restricted',
  OrganizationUnlisted = 'OrganizationUnlisted',
  Organization = 'Organization',
  PublicUnlisted = 'PublicUnlisted',
  Public = 'Public',
}

/** `AccessSettings` of a folder or session. */
export interface AccessSettings {
  IsInherited: boolean;
  Level: AccessLevel;
}

/** `PrincipalType` */
export enum PrincipalType {
  User = 'User',
  Group = 'Group',
}

/** `BuiltInRoleType` */
export enum BuiltInRoleType {
  None = 'None',
  Viewer = 'Viewer',
  Creator = 'Creator',
  Publisher = 'Publisher',
}

/** `Principal`: the user or group a role is given to. */
export interface Principal {
  Id?: string;
  Type: PrincipalType;
}

/** `Role` */
export interface Role {
  Id?: string;
  Name?: string;
}

/** `Permission` on a folder or session. */
export interface Permission {
  IsInherited: boolean;
  Principal?: Principal;
  Role?: Role;
}

/** `PermissionCreate`: give `RoleId` or `RoleType`. */
export interface PermissionCreate {
  RoleId?: string;
  RoleType?: BuiltInRoleType;
  PrincipalId: string;
  PrincipalType: PrincipalType;
}

/** `PermissionDelete`: sent as query parameters of `DELETE …/permissions`; omit the role to remove all. */
export interface PermissionDelete {
  RoleId?: string;
  RoleType?: BuiltInRoleType;
  PrincipalId: string;
  PrincipalType: PrincipalType;
}
