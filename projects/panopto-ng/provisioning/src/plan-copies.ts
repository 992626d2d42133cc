// Reusing an earlier course's recordings: Reference copies of its sessions into a course's folder. Plain TypeScript.
import { CopySessionOp, CurrentFolder, DesiredCourse, FolderRef } from './sync-model';

/**
 * The copies a course asks for with `copySessionsFrom`: one Reference copy per session of the earlier course's
 * folder, except those whose name the course folder already has (an earlier run copied them, or a teacher did).
 * What cannot be planned (no such course, sessions not read) becomes a note.
 */
export function planCourseCopies(
  course: Pick<DesiredCourse, 'externalId' | 'copySessionsFrom'>,
  existing: CurrentFolder | undefined,
  folder: FolderRef,
  courseFolders: ReadonlyMap<string, CurrentFolder>,
  notes: string[],
  pathOf: (folder: CurrentFolder) => string,
): CopySessionOp[] {
  const sourceId = course.copySessionsFrom;
  if (!sourceId) return [];
  const source = courseFolders.get(sourceId);
  if (!source) {
    notes.push(`Course ${course.externalId} reuses ${sourceId}'s recordings, but ${sourceId} has no folder: nothing copied.`);
    return [];
  }
  if (!source.sessions || (existing && !existing.sessions)) {
    notes.push(
      `Course ${course.externalId}: the sessions of ${sourceId} were not read (the backend cannot list sessions); nothing copied.`,
    );
    return [];
  }
  const have = new Set((existing?.sessions ?? []).map((s) => s.name));
  const fromPath = pathOf(source);
  return source.sessions
    .filter((s) => !have.has(s.name))
    .map((s) => ({
      id: `copy:${course.externalId}:${s.id}`,
      kind: 'copy-session' as const,
      sessionId: s.id,
      name: s.name,
      fromPath,
      folder,
      dependsOn: folder.createdBy ? [folder.createdBy] : [],
      reason: `Course ${course.externalId} reuses "${s.name}" from ${sourceId} ("${fromPath}") as a Reference copy.`,
      externalId: course.externalId,
    }));
}
