// Reads what exists under the managed root. Plain TypeScript over a SyncBackend.
import { courseIdFromDescription } from './folder-marker';
import { SyncBackend } from './sync-backend';
import { CurrentFolder, CurrentState } from './sync-model';

/** Options of `readCurrentState`. */
export interface ReadCurrentStateOptions {
  /** Course `externalId`s whose folders' sessions to read too (copy sources and targets, see `coursesWithCopies`). */
  sessionsOf?: Iterable<string>;
}

/** The courses whose folders' sessions a plan needs: every copy's source and target. */
export function coursesWithCopies(desired: { courses: { externalId: string; copySessionsFrom?: string }[] }): string[] {
  return desired.courses.flatMap((c) => (c.copySessionsFrom ? [c.copySessionsFrom, c.externalId] : []));
}

/**
 * Walks the managed root breadth-first (one `children` call per folder level that is not a course folder) and
 * reads the permissions of each course folder. Course folders' own subfolders are the teachers' business and
 * are not read. At most `concurrency` calls run at once.
 *
 * @example
 * const current = await readCurrentState(backend, rootId);
 */
export async function readCurrentState(
  backend: SyncBackend,
  rootId: string,
  concurrency = 2,
  options: ReadCurrentStateOptions = {},
): Promise<CurrentState> {
  const folders: CurrentFolder[] = [];
  let level = [rootId];
  while (level.length) {
    const found = await mapLimited(level, concurrency, async (parentId) =>
      (
        await backend.children(parentId)
      ).map<CurrentFolder>((f) => ({
        id: f.Id.toLowerCase(),
        name: f.Name,
        parentId,
        description: f.Description ?? null,
      })),
    );
    const next: string[] = [];
    for (const f of found.flat()) {
      folders.push(f);
      if (courseIdFromDescription(f.description) === null) next.push(f.id);
    }
    level = next;
  }
  const courses = folders.filter((f) => courseIdFromDescription(f.description) !== null);
  await mapLimited(courses, concurrency, async (f) => {
    f.permissions = await backend.permissions(f.id);
  });
  const withSessions = new Set(options.sessionsOf ?? []);
  const listSessions = backend.folderSessions?.bind(backend);
  if (listSessions && withSessions.size) {
    await mapLimited(
      courses.filter((f) => withSessions.has(courseIdFromDescription(f.description) as string)),
      concurrency,
      async (f) => {
        f.sessions = (await listSessions(f.id)).map((s) => ({ id: s.Id.toLowerCase(), name: s.Name }));
      },
    );
  }
  return { rootId, folders };
}

/** `Promise.all(items.map(fn))` with at most `limit` calls in flight; results in input order. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
