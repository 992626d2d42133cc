import { AccessLevel, PanoptoError } from 'panopto-ng/core';
import { describeFolderError } from '../describe-error';

/** Panopto's access levels, most restricted first, each in plain words for the people choosing one. */
export const ACCESS_LEVEL_CHOICES: ReadonlyArray<{ level: AccessLevel; label: string; explanation: string }> = [
  {
    level: AccessLevel.Restricted,
    label: 'Specific people',
    explanation: 'Only people with access to its folder, and the viewers listed below.',
  },
  {
    level: AccessLevel.OrganizationUnlisted,
    label: 'Anyone at your organisation with the link',
    explanation: 'Signed-in people who have the link; it does not show up in their searches.',
  },
  {
    level: AccessLevel.Organization,
    label: 'Anyone at your organisation',
    explanation: 'Every signed-in person can find it and watch it.',
  },
  {
    level: AccessLevel.PublicUnlisted,
    label: 'Anyone with the link',
    explanation: 'No sign-in needed for people who have the link; it is not listed publicly.',
  },
  {
    level: AccessLevel.Public,
    label: 'Public',
    explanation: 'Anyone on the internet can find it and watch it, without signing in.',
  },
];

/** The copy types Panopto allows, in plain words. */
export const COPY_TYPE_CHOICES: ReadonlyArray<{ type: 'Reference' | 'Full'; label: string; explanation: string }> = [
  {
    type: 'Reference',
    label: 'Linked copy (Reference)',
    explanation:
      'Quick and small: it plays the original recording, so a later fix to the original video shows in the copy too. Its name, folder and viewers are its own.',
  },
  {
    type: 'Full',
    label: 'Independent copy (Full)',
    explanation: 'A complete second recording: nothing done to the original later changes it. Takes longer and uses more space.',
  },
];

export function accessLevelLabel(level: string | undefined): string {
  return ACCESS_LEVEL_CHOICES.find((c) => c.level === level)?.label ?? level ?? '';
}

/** A sentence for a failed call: Panopto's 403 explained, everything else as the core's message says. */
export function describeRecordingError(error: unknown, action: string): string {
  const code = error instanceof PanoptoError ? error.code : '';
  if (code === 'forbidden')
    return `You can't ${action}: Panopto says you don't have permission. Ask a creator of this recording's folder to give you creator access.`;
  if (code === 'unauthenticated') return `You can't ${action} until you sign in to Panopto again.`;
  return `Could not ${action}. ${describeFolderError(error)}`;
}
