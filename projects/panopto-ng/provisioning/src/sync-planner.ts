// The pure planner: desired state + current state -> minimal, explained operations. Plain TypeScript (Node too).
import { courseIdFromDescription, courseMarker, PATH_MARKER } from './folder-marker';
import { SyncTemplateError, renderFolderPath } from './folder-template';
import { planCourseCopies } from './plan-copies';
import {
  CurrentFolder,
  CurrentState,
  FolderRef,
  ResolvedDesiredState,
  ResolvedPrincipal,
  SyncOp,
  SyncPlan,
  SyncAccessLevel,
  SyncRole,
} from './sync-model';

const ACCESS_LEVELS: readonly SyncAccessLevel[] = [
  'Restricted',
  'OrganizationUnlisted',
  'Organization',
  'PublicUnlisted',
  'Public',
];

const BUILT_IN_ROLES: readonly string[] = ['Viewer', 'Creator', 'Publisher'];
const principalKey = (p: { id: string; type: string }): string => `${p.type}:${p.id.toLowerCase()}`;

/**
 * Plans the operations that make `current` match `desired`: create missing folder levels and course folders,
 * rename or move course folders (found by their Description marker), grant missing roles and revoke roles of
 * managed principals that the desired state no longer asks for. Never deletes, never touches inherited
 * permissions, unmarked course folders or principals the app does not manage. Planning the state that applying
 * the plan produces gives an empty plan.
 *
 * @example
 * const p = plan(resolved, await readCurrentState(backend, rootId));
 * p.ops.forEach((op) => console.log(op.kind, op.reason));
 */
export function plan(desired: ResolvedDesiredState, current: CurrentState): SyncPlan {
  const level = desired.folderAccessLevel;
  if (level !== undefined && !ACCESS_LEVELS.includes(level)) {
    throw new SyncTemplateError(`\`folderAccessLevel\` must be one of ${ACCESS_LEVELS.join(', ')}; got ${JSON.stringify(level)}.`);
  }
  const ops: SyncOp[] = [];
  const notes: string[] = [...desired.unresolved];
  const byId = new Map(current.folders.map((f) => [f.id, f]));
  const children = new Map<string, CurrentFolder[]>();
  const courseFolders = new Map<string, CurrentFolder>();
  for (const folder of current.folders) {
    const list = children.get(folder.parentId) ?? [];
    list.push(folder);
    children.set(folder.parentId, list);
    const externalId = courseIdFromDescription(folder.description);
    if (externalId === null) continue;
    if (courseFolders.has(externalId)) {
      notes.push(
        `Folder "${pathOf(folder, byId, current.rootId)}" carries the marker of course ${externalId} too; ` +
          `only the first one is managed.`,
      );
    } else courseFolders.set(externalId, folder);
  }

  // Path levels already resolved in this plan: path key -> existing folder or the op creating it.
  const levels = new Map<string, FolderRef>([['', { id: current.rootId }]]);
  const ensureLevels = (segments: string[], externalId: string): FolderRef => {
    let parent: FolderRef = { id: current.rootId };
    for (let i = 0; i < segments.length; i++) {
      const key = segments.slice(0, i + 1).join('/');
      let ref = levels.get(key);
      if (!ref) {
        const existing: CurrentFolder | undefined = parent.id
          ? (children.get(parent.id) ?? []).find(
              (f) => f.name === segments[i] && courseIdFromDescription(f.description) === null,
            )
          : undefined;
        if (existing) ref = { id: existing.id };
        else {
          const opId = `create:${key}`;
          ops.push({
            id: opId,
            kind: 'create-folder',
            parent,
            name: segments[i],
            description: PATH_MARKER,
            path: key,
            dependsOn: parent.createdBy ? [parent.createdBy] : [],
            reason: `Folder level "${key}" does not exist yet (needed by course ${externalId}).`,
            externalId,
          });
          ref = { createdBy: opId };
        }
        levels.set(key, ref);
      }
      parent = ref;
    }
    return parent;
  };

  // Who the sync manages, and how to name them in reasons: built once (a per-course copy of the managed list
  // made planning quadratic: 5,000 courses × 30,000 principals took minutes).
  const labels = new Map<string, string>();
  for (const course of desired.courses)
    for (const m of course.members) labels.set(principalKey(m.principal), m.principal.label);
  for (const p of desired.managedPrincipals) labels.set(principalKey(p), p.label);

  for (const course of desired.courses) {
    const segments = renderFolderPath(desired.template, course);
    const leaf = segments[segments.length - 1];
    const wantedPath = segments.join('/');
    const parent = ensureLevels(segments.slice(0, -1), course.externalId);
    const existing = courseFolders.get(course.externalId);
    let folder: FolderRef;
    if (!existing) {
      const opId = `create-course:${course.externalId}`;
      ops.push({
        id: opId,
        kind: 'create-folder',
        parent,
        name: leaf,
        description: courseMarker(course.externalId),
        path: wantedPath,
        dependsOn: parent.createdBy ? [parent.createdBy] : [],
        reason: `Course ${course.externalId} "${course.name}" has no folder under the managed root yet.`,
        externalId: course.externalId,
        ...(desired.automaticCaptionProviderId
          ? { automaticCaptionProviderId: desired.automaticCaptionProviderId }
          : {}),
      });
      folder = { createdBy: opId };
      if (level) {
        ops.push({
          id: `set-access:${course.externalId}:${level}`,
          kind: 'set-access',
          folder,
          level,
          dependsOn: [opId],
          reason: `The template opens new course folders to "${level}".`,
          externalId: course.externalId,
        });
      }
    } else {
      folder = { id: existing.id };
      const currentPath = pathOf(existing, byId, current.rootId);
      let renameId: string | undefined;
      if (existing.name !== leaf) {
        renameId = `rename:${course.externalId}:${leaf}`;
        ops.push({
          id: renameId,
          kind: 'rename',
          folderId: existing.id,
          from: existing.name,
          to: leaf,
          dependsOn: [],
          reason: `Course ${course.externalId}'s folder is named "${existing.name}"; the template gives "${leaf}".`,
          externalId: course.externalId,
        });
      }
      if (parent.createdBy || parent.id !== existing.parentId) {
        ops.push({
          id: `move:${course.externalId}:${segments.slice(0, -1).join('/')}`,
          kind: 'move',
          folderId: existing.id,
          parent,
          fromPath: currentPath,
          toPath: wantedPath,
          dependsOn: [...(parent.createdBy ? [parent.createdBy] : []), ...(renameId ? [renameId] : [])],
          reason: `Course ${course.externalId}'s folder is at "${currentPath}"; the template puts it at "${wantedPath}".`,
          externalId: course.externalId,
        });
      }
    }

    ops.push(...planCourseCopies(course, existing, folder, courseFolders, notes, (f) => pathOf(f, byId, current.rootId)));

    // Permissions: direct ones on the course folder are compared; inherited ones are never revoked.
    const direct = (existing?.permissions ?? []).filter((p) => !p.inherited);
    const has = new Set(direct.map((p) => `${principalKey({ id: p.principalId, type: p.principalType })}:${p.role}`));
    const wanted = new Map<string, { principal: ResolvedPrincipal; role: SyncRole }>();
    for (const m of course.members) wanted.set(`${principalKey(m.principal)}:${m.role}`, m);
    for (const [key, m] of wanted) {
      if (has.has(key)) continue;
      ops.push({
        id: `grant:${course.externalId}:${key}`,
        kind: 'grant',
        folder,
        principal: m.principal,
        role: m.role,
        dependsOn: folder.createdBy ? [folder.createdBy] : [],
        reason: `${m.principal.label} is enrolled in ${course.externalId} as ${m.role} but has no such role on its folder.`,
        externalId: course.externalId,
      });
    }
    if (!existing) continue;
    for (const p of direct) {
      const pKey = principalKey({ id: p.principalId, type: p.principalType });
      const key = `${pKey}:${p.role}`;
      if (wanted.has(key)) continue;
      if (!BUILT_IN_ROLES.includes(p.role)) {
        notes.push(
          `Left alone: ${p.principalType} ${p.principalId} has the custom role "${p.role}" on course ` +
            `${course.externalId}'s folder; the sync manages Viewer, Creator and Publisher only.`,
        );
        continue;
      }
      if (!labels.has(pKey)) {
        notes.push(
          `Left alone: ${p.principalType} ${p.principalId} has ${p.role} on course ${course.externalId}'s folder ` +
            `but is not managed by this sync.`,
        );
        continue;
      }
      const label = labels.get(pKey) ?? `${p.principalType} ${p.principalId}`;
      ops.push({
        id: `revoke:${course.externalId}:${key}`,
        kind: 'revoke',
        folderId: existing.id,
        principal: { id: p.principalId, type: p.principalType, label },
        role: p.role,
        dependsOn: [],
        reason: `${label} has ${p.role} on ${course.externalId}'s folder but is no longer enrolled with that role.`,
        externalId: course.externalId,
      });
    }
  }

  const wantedIds = new Set(desired.courses.map((c) => c.externalId));
  for (const [externalId, folder] of courseFolders) {
    if (!wantedIds.has(externalId)) {
      notes.push(
        `Course ${externalId} ("${pathOf(folder, byId, current.rootId)}") is not in the desired state: left in ` +
          `place (the sync never deletes).`,
      );
    }
  }
  return { id: planId(current.rootId, ops), rootId: current.rootId, ops, notes };
}

function pathOf(folder: CurrentFolder, byId: Map<string, CurrentFolder>, rootId: string): string {
  const names = [folder.name];
  let parent = folder.parentId;
  for (let guard = 0; parent !== rootId && guard < 64; guard++) {
    const f = byId.get(parent);
    if (!f) break;
    names.unshift(f.name);
    parent = f.parentId;
  }
  return names.join('/');
}

/**
 * FNV-1a over the operation ids and dependencies: the same plan gets the same id, in a browser and in Node.
 * Hashed string by string (no joined copy of the whole plan: 50,000 operations would make a 3 MB string).
 */
function planId(rootId: string, ops: SyncOp[]): string {
  let hash = 0x811c9dc5;
  const add = (text: string): void => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  };
  add(rootId);
  add('\n');
  ops.forEach((op, k) => {
    if (k) add('\n');
    add(op.id);
    add('|');
    op.dependsOn.forEach((d, i) => {
      if (i) add(',');
      add(d);
    });
  });
  return `plan-${hash.toString(16).padStart(8, '0')}-${ops.length}`;
}
