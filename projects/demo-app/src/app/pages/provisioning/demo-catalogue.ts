// The demo's "LMS": four courses, a roster of the emulator's seeded people, and the folder template.
import { DesiredCourse, DesiredState, SyncRole } from 'panopto-ng/provisioning';

/** Seeded emulator usernames the demo may enrol (see the emulator's fixture). */
export const DEMO_ROSTER = ['student', 'instructor', 'alex.adams0', 'bea.bauer1', 'chen.costa2', 'dana.dube3'];

export const DEMO_TEMPLATE = '{faculty}/{unit} {name}/{period}';
export const DEMO_ROOT_NAME = 'panopto-ng demo courses';

export interface DemoEnrolment {
  username: string;
  role: SyncRole;
}

export interface DemoCourse {
  externalId: string;
  name: string;
  unit: string;
  faculty: string;
  period: string;
  enrolments: DemoEnrolment[];
}

export function initialCatalogue(): DemoCourse[] {
  return [
    {
      externalId: 'BIO101-2026S1',
      name: 'Biology',
      unit: 'BIO101',
      faculty: 'Science',
      period: '2026 S1',
      enrolments: [
        { username: 'instructor', role: 'Creator' },
        { username: 'student', role: 'Viewer' },
        { username: 'alex.adams0', role: 'Viewer' },
      ],
    },
    {
      externalId: 'CHE110-2026S1',
      name: 'Chemistry',
      unit: 'CHE110',
      faculty: 'Science',
      period: '2026 S1',
      enrolments: [
        { username: 'instructor', role: 'Publisher' },
        { username: 'bea.bauer1', role: 'Viewer' },
      ],
    },
    {
      externalId: 'HIS200-2026S1',
      name: 'History',
      unit: 'HIS200',
      faculty: 'Arts',
      period: '2026 S1',
      enrolments: [
        { username: 'instructor', role: 'Creator' },
        { username: 'student', role: 'Viewer' },
        { username: 'chen.costa2', role: 'Viewer' },
      ],
    },
    {
      externalId: 'ART150-2026S1',
      name: 'Drawing',
      unit: 'ART150',
      faculty: 'Arts',
      period: '2026 S1',
      enrolments: [{ username: 'dana.dube3', role: 'Viewer' }],
    },
  ];
}

/** The catalogue as the sync's desired state; the whole roster is managed, so removals become revokes. */
export function toDesiredState(courses: DemoCourse[]): DesiredState {
  return {
    template: DEMO_TEMPLATE,
    courses: courses.map<DesiredCourse>((c) => ({
      externalId: c.externalId,
      name: c.name,
      period: c.period,
      fields: { faculty: c.faculty, unit: c.unit },
      members: c.enrolments.map((e) => ({ principal: { username: e.username }, role: e.role })),
    })),
    managedPrincipals: DEMO_ROSTER.map((username) => ({ username })),
  };
}
