// A university-sized catalogue and a tenant that holds about half of it, built together so that the minimal
// diff is known by construction (not by running the planner): every difference the generator puts into the
// tenant is counted in `expected`.
import type {
  CurrentFolder,
  CurrentState,
  ResolvedDesiredState,
  ResolvedPrincipal,
  SyncOpKind,
  SyncRole,
} from '../../../projects/panopto-ng/provisioning/src/sync-model';
import { courseMarker, PATH_MARKER } from '../../../projects/panopto-ng/provisioning/src/folder-marker';

export interface Scenario {
  desired: ResolvedDesiredState;
  current: CurrentState;
  /** The minimal diff: operations of each kind that must be planned. */
  expected: Record<SyncOpKind, number>;
  enrolments: number;
}

export interface ScenarioSize {
  courses: number;
  enrolments: number;
  /** Distinct students (each enrolled in several courses). */
  students: number;
}

const FACULTIES = ['Arts', 'Science', 'Engineering', 'Medicine', 'Law', 'Business', 'Music', 'Education'];
const PERIODS = ['2026 S1', '2026 S2'];

/** A GUID-shaped id from a number (deterministic). */
function guid(kind: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

export function universityScenario(size: ScenarioSize): Scenario {
  const rootId = guid(1, 0);
  const students: ResolvedPrincipal[] = Array.from({ length: size.students }, (_, i) => ({
    id: guid(2, i),
    type: 'User',
    label: `student${i}`,
  }));
  const staff: ResolvedPrincipal[] = Array.from({ length: Math.ceil(size.courses / 4) }, (_, i) => ({
    id: guid(3, i),
    type: 'User',
    label: `lecturer${i}`,
  }));
  const perCourse = Math.floor(size.enrolments / size.courses);
  const expected: Record<SyncOpKind, number> = { 'create-folder': 0, rename: 0, move: 0, grant: 0, revoke: 0 };
  const folders: CurrentFolder[] = [];
  const levelIds = new Map<string, string>();
  let folderSeq = 0;
  const level = (path: string[], createdInTenant: boolean): string => {
    let parent = rootId;
    for (let i = 0; i < path.length; i++) {
      const key = path.slice(0, i + 1).join('/');
      let id = levelIds.get(key);
      if (!id) {
        id = guid(4, folderSeq++);
        levelIds.set(key, id);
        if (createdInTenant) folders.push({ id, name: path[i], parentId: parent, description: PATH_MARKER });
        else expected['create-folder'] += 1;
      }
      parent = id;
    }
    return parent;
  };

  const courses: ResolvedDesiredState['courses'] = [];
  for (let c = 0; c < size.courses; c++) {
    const faculty = FACULTIES[c % FACULTIES.length];
    const period = PERIODS[Math.floor(c / FACULTIES.length) % PERIODS.length];
    const externalId = `COURSE-${String(c).padStart(5, '0')}`;
    const name = `${faculty.slice(0, 3).toUpperCase()}${1000 + c} Course ${c}`;
    const members: { principal: ResolvedPrincipal; role: SyncRole }[] = [
      { principal: staff[c % staff.length], role: 'Creator' },
    ];
    for (let m = 1; m < perCourse; m++) {
      members.push({ principal: students[(c * 7919 + m * 104729) % students.length], role: 'Viewer' });
    }
    // Duplicates of the same principal and role collapse to one grant in the planner; keep members unique.
    const unique = [...new Map(members.map((m) => [`${m.principal.id}:${m.role}`, m])).values()];
    courses.push({ externalId, name, period, fields: { faculty }, members: unique });

    // The tenant: even courses exist (half), the last faculty's period-2 level does not exist at all.
    const inTenant = c % 2 === 0;
    const path = [faculty, period];
    if (!inTenant) {
      const exists = levelIds.has(path.join('/')) && folders.some((f) => f.id === levelIds.get(path.join('/')));
      level(path, exists || c % FACULTIES.length !== FACULTIES.length - 1);
      expected['create-folder'] += 1;
      expected.grant += unique.length;
      continue;
    }
    const parentId = level(path, true);
    const folder: CurrentFolder = {
      id: guid(5, c),
      name,
      parentId,
      description: `Lecture recordings ${courseMarker(externalId)}`,
      permissions: unique.map((m) => ({
        principalId: m.principal.id,
        principalType: m.principal.type,
        role: m.role,
        inherited: false,
      })),
    };
    // Some drift, each counted: a renamed folder, a moved one, a stale enrolment, a missing one.
    if (c % 50 === 0) {
      folder.name = `${name} (old name)`;
      expected.rename += 1;
    }
    if (c % 98 === 2) {
      folder.parentId = rootId;
      expected.move += 1;
    }
    if (c % 10 === 4) {
      folder.permissions!.push({
        principalId: students[(c * 31) % students.length].id,
        principalType: 'User',
        role: 'Publisher',
        inherited: false,
      });
      expected.revoke += 1;
    }
    if (c % 10 === 6) {
      folder.permissions!.pop();
      expected.grant += 1;
    }
    folder.permissions!.push({ principalId: guid(6, 0), principalType: 'Group', role: 'Viewer', inherited: true });
    folders.push(folder);
  }
  const enrolments = courses.reduce((n, c) => n + c.members.length, 0);
  return {
    desired: {
      template: '{faculty}/{period}/{name}',
      courses,
      managedPrincipals: [...students, ...staff],
      unresolved: [],
    },
    current: { rootId, folders },
    expected,
    enrolments,
  };
}
