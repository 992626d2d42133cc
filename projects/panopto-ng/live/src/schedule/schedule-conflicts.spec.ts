import { HttpErrorResponse } from '@angular/common/http';
import { PanoptoApiError } from 'panopto-ng';
import { conflictFromError } from './schedule-conflicts';

const ID = 'bbbbbbbb-0000-4000-8000-000000000001';

describe('conflictFromError', () => {
  it('reads conflicts listed in the message as Name (id, start–end), from the core error', () => {
    const error = new PanoptoApiError('Bad request', {
      status: 400,
      apiError: {
        ErrorCode: 'ScheduleConflict',
        Message: `The recording conflicts with 2 scheduled recording(s) on the same recorder: Algebra (${ID}, 2026-11-28T15:00:00.000Z–2026-11-28T16:00:00.000Z); Chemistry: lab (${ID.replace(
          '1',
          '2',
        )}, 2026-11-28T16:00:00.000Z–2026-11-28T17:00:00.000Z). Pass resolveConflicts=true to cancel them.`,
        Success: false,
      },
    });
    const conflict = conflictFromError(error);
    expect(conflict?.conflicts.map((c) => c.name)).toEqual(['Algebra', 'Chemistry: lab']);
    expect(conflict?.conflicts[0]).toEqual({
      name: 'Algebra',
      sessionId: ID,
      startTime: '2026-11-28T15:00:00.000Z',
      endTime: '2026-11-28T16:00:00.000Z',
    });
    expect(conflict?.message).toContain('by 2 sessions: “Algebra” (2026-11-28 15:00–16:00 UTC)');
    expect(conflict?.message).toContain('resolveConflicts');
  });

  it('falls back to the ids in the message, then to the message itself', () => {
    const ids = conflictFromError(
      new HttpErrorResponse({ status: 400, error: { Error: { Message: `Conflict with ${ID}`, Success: false } } }),
    );
    expect(ids?.conflicts).toEqual([{ sessionId: ID }]);
    const bare = conflictFromError(
      new HttpErrorResponse({ status: 409, error: { Error: { ErrorCode: 'ScheduleConflict', Success: false } } }),
    );
    expect(bare?.conflicts).toEqual([]);
    expect(bare?.message).toContain('already booked');
  });

  it('ignores errors that are not conflicts', () => {
    expect(
      conflictFromError(new HttpErrorResponse({ status: 400, error: { Error: { Message: 'Bad folder' } } })),
    ).toBeNull();
    expect(conflictFromError(new HttpErrorResponse({ status: 500 }))).toBeNull();
    expect(conflictFromError('nope')).toBeNull();
  });
});
