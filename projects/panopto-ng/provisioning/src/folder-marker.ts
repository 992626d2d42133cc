// Markers in a folder's Description say "this folder is managed by panopto-ng". Plain TypeScript.

const COURSE_MARKER = /\[panopto-ng:course=([^\]]+)\]/;
/** Marker of folders the sync created as path levels (faculty, unit, ...). */
export const PATH_MARKER = '[panopto-ng:path]';

/** The marker that identifies a course folder; survives renames and moves. */
export function courseMarker(externalId: string): string {
  // `]` would end the marker early: encode it (and `%`) so any external id round-trips.
  return `[panopto-ng:course=${externalId.replace(/%/g, '%25').replace(/\]/g, '%5D')}]`;
}

/** The course external id in a Description, or `null` for folders the sync does not manage as courses. */
export function courseIdFromDescription(description: string | null | undefined): string | null {
  const match = description ? COURSE_MARKER.exec(description) : null;
  return match ? match[1].replace(/%5D/g, ']').replace(/%25/g, '%') : null;
}
