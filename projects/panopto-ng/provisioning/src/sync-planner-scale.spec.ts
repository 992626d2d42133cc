import { courseMarker } from './folder-marker';
import { CurrentFolder, ResolvedDesiredState, ResolvedPrincipal } from './sync-model';
import { plan } from './sync-planner';

const id = (kind: number, n: number) => `${kind}0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('sync planner at scale', () => {
  // The full-size figure (5,000 courses, 100,000 enrolments: under 2 s) is `npm run bench:provisioning`; this
  // is the generous budget CI holds. Before the fix, each existing course copied the whole managed list
  // (here 1,000 × 12,000 map entries), which took tens of seconds.
  it('plans 1,000 existing courses with 12,000 managed principals in well under a second', () => {
    const rootId = id(1, 0);
    const people: ResolvedPrincipal[] = Array.from({ length: 12_000 }, (_, i) => ({
      id: id(2, i),
      type: 'User',
      label: `user${i}`,
    }));
    const courses: ResolvedDesiredState['courses'] = [];
    const folders: CurrentFolder[] = [];
    for (let c = 0; c < 1000; c++) {
      const members = Array.from({ length: 10 }, (_, m) => ({
        principal: people[(c * 10 + m) % people.length],
        role: 'Viewer' as const,
      }));
      courses.push({ externalId: `C${c}`, name: `Course ${c}`, period: '2026', members });
      folders.push({
        id: id(3, c),
        name: `Course ${c} (2026)`,
        parentId: rootId,
        description: courseMarker(`C${c}`),
        // One enrolment missing, one stale (a managed person with a role the course no longer gives).
        permissions: [
          ...members.slice(1).map((m) => ({
            principalId: m.principal.id,
            principalType: 'User' as const,
            role: 'Viewer',
            inherited: false,
          })),
          {
            principalId: people[(c + 5000) % people.length].id,
            principalType: 'User',
            role: 'Creator',
            inherited: false,
          },
        ],
      });
    }
    const started = performance.now();
    const result = plan(
      { template: '{name} ({period})', courses, managedPrincipals: people, unresolved: [] },
      { rootId, folders },
    );
    const ms = performance.now() - started;
    expect(result.ops.filter((o) => o.kind === 'grant').length).toBe(1000);
    expect(result.ops.filter((o) => o.kind === 'revoke').length).toBe(1000);
    expect(result.ops.length).toBe(2000);
    expect(ms).toBeLessThan(1000);
  });
});
