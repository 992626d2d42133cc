// The tenant's shared tag vocabulary. Sessions keep their tags by content (`SessionRecord.Tags`, matched
// case-insensitively, as Panopto does); a TagRecord gives each content an id, a creator and dates, and
// its usage count is the number of sessions that carry it.
import { randomUUID } from 'node:crypto';
import { seedGuid } from '../seed/guid.js';
import type { EmulatorStore } from './store.js';
import type { SessionRecord, TagRecord } from './types.js';

const key = (content: string): string => content.trim().toLowerCase();

/** Gives every tag the seed (or an older data file) put on sessions a record; ids are derived from content. */
export function seedTagRecords(store: EmulatorStore): void {
  const known = new Set([...store.tags.values()].map((t) => key(t.Content)));
  for (const s of store.sessions.values()) {
    for (const content of s.Tags ?? []) {
      if (known.has(key(content))) continue;
      known.add(key(content));
      const record: TagRecord = {
        Id: seedGuid(`tag:${key(content)}`),
        Content: content,
        CreatedById: s.CreatedById,
        CreateDate: s.StartTime,
        MostRecentUseDate: s.StartTime,
      };
      store.tags.set(record.Id, record);
    }
  }
}

export function findTag(store: EmulatorStore, content: string): TagRecord | undefined {
  const wanted = key(content);
  for (const t of store.tags.values()) if (key(t.Content) === wanted) return t;
  return undefined;
}

export function createTag(store: EmulatorStore, content: string, userId: string, nowIso: string): TagRecord {
  const record: TagRecord = {
    Id: randomUUID(),
    Content: content.trim(),
    CreatedById: userId,
    CreateDate: nowIso,
    MostRecentUseDate: nowIso,
  };
  store.tags.set(record.Id, record);
  return record;
}

export function sessionsWithTag(store: EmulatorStore, tag: TagRecord): SessionRecord[] {
  const wanted = key(tag.Content);
  return [...store.sessions.values()].filter((s) => (s.Tags ?? []).some((c) => key(c) === wanted));
}

/** Replaces a session's tags; contents new to the tenant become tags owned by `userId`. */
export function setSessionTags(
  store: EmulatorStore,
  session: SessionRecord,
  contents: string[],
  userId: string,
  nowIso: string,
): TagRecord[] {
  const unique = new Map<string, string>();
  for (const c of contents) if (c.trim()) unique.set(key(c), c.trim());
  const records = [...unique.values()].map((content) => {
    const record = findTag(store, content) ?? createTag(store, content, userId, nowIso);
    record.MostRecentUseDate = nowIso;
    return record;
  });
  session.Tags = records.map((r) => r.Content);
  store.changed();
  return records;
}

export function tagsOfSession(store: EmulatorStore, session: SessionRecord): TagRecord[] {
  return (session.Tags ?? []).map((c) => findTag(store, c)).filter((t): t is TagRecord => !!t);
}

/** Renames a tag everywhere it is used. */
export function renameTag(store: EmulatorStore, tag: TagRecord, content: string): void {
  for (const s of sessionsWithTag(store, tag)) {
    s.Tags = (s.Tags ?? []).map((c) => (key(c) === key(tag.Content) ? content : c));
  }
  tag.Content = content;
  store.changed();
}

/** Deletes a tag and takes it off every session. */
export function deleteTag(store: EmulatorStore, tag: TagRecord): void {
  for (const s of sessionsWithTag(store, tag)) s.Tags = (s.Tags ?? []).filter((c) => key(c) !== key(tag.Content));
  store.tags.delete(tag.Id);
  store.changed();
}

/** Merges tags into `target`: their sessions carry the target instead, and they are deleted. */
export function mergeTags(store: EmulatorStore, target: TagRecord, others: TagRecord[], nowIso: string): void {
  for (const other of others) {
    if (other.Id === target.Id) continue;
    for (const s of sessionsWithTag(store, other)) {
      const rest = (s.Tags ?? []).filter((c) => key(c) !== key(other.Content) && key(c) !== key(target.Content));
      s.Tags = [...rest, target.Content];
    }
    store.tags.delete(other.Id);
  }
  target.MostRecentUseDate = nowIso;
  store.changed();
}
