import { ScheduledRecordingCreate } from '../core/live-types';
import { BroadcastIssue, toUtcIso, validateBroadcast, validateReschedule } from './broadcast-validation';

const NOW = Date.UTC(2026, 10, 28, 15, 0, 0);
const valid: ScheduledRecordingCreate = {
  Name: 'Lecture',
  StartTime: '2026-11-28T15:10:00.000Z',
  EndTime: '2026-11-28T16:00:00.000Z',
  FolderId: '0a0a0a0a-1111-4222-8333-444444444444',
  Recorders: [
    { RemoteRecorderId: '0f0f0f0f-1111-4222-8333-444444444444', SuppressPrimary: false, SuppressSecondary: false },
  ],
  IsBroadcast: true,
};

function rules(body: Partial<ScheduledRecordingCreate>): string[] {
  return validateBroadcast({ ...valid, ...body }, NOW).map((i: BroadcastIssue) => `${i.field}:${i.rule}`);
}

describe('validateBroadcast (Panopto rules, before the call)', () => {
  it('accepts a valid broadcast', () => {
    expect(rules({})).toEqual([]);
  });

  it('requires a name', () => {
    expect(rules({ Name: '' })).toEqual(['Name:required']);
    expect(rules({ Name: '   ' })).toEqual(['Name:required']);
  });

  it('requires the end after the start', () => {
    expect(rules({ EndTime: valid.StartTime })).toEqual(['EndTime:endNotAfterStart']);
    expect(rules({ EndTime: '2026-11-28T15:05:00Z' })).toEqual(['EndTime:endNotAfterStart']);
  });

  it('requires a start in the future', () => {
    expect(rules({ StartTime: '2026-11-28T15:00:00Z' })).toEqual(['StartTime:notInFuture']);
    const message = validateBroadcast({ ...valid, StartTime: '2026-11-28T14:00:00Z' }, NOW)[0].message;
    expect(message).toContain('must be in the future');
  });

  it('requires exactly one recorder', () => {
    expect(rules({ Recorders: [] })).toEqual(['Recorders:exactlyOneRecorder']);
    expect(rules({ Recorders: undefined })).toEqual(['Recorders:exactlyOneRecorder']);
    const two = [...valid.Recorders!, { ...valid.Recorders![0] }];
    const issue = validateBroadcast({ ...valid, Recorders: two }, NOW)[0];
    expect(issue.rule).toBe('exactlyOneRecorder');
    expect(issue.message).toContain('exactly one');
  });

  it('refuses a recorder that suppresses its primary stream, or every stream', () => {
    const rec = valid.Recorders![0];
    expect(rules({ Recorders: [{ ...rec, SuppressPrimary: true }] })).toEqual(['Recorders:primarySuppressed']);
    const all = validateBroadcast(
      { ...valid, Recorders: [{ ...rec, SuppressPrimary: true, SuppressSecondary: true }] },
      NOW,
    );
    expect(all[0].message).toContain('Every stream');
    expect(rules({ Recorders: [{ ...rec, SuppressSecondary: true }] })).toEqual([]);
  });

  it('checks ids and dates', () => {
    expect(rules({ FolderId: 'nope' })).toEqual(['FolderId:invalidId']);
    expect(rules({ FolderId: '' })).toEqual(['FolderId:required']);
    expect(rules({ Recorders: [{ RemoteRecorderId: 'x', SuppressPrimary: false, SuppressSecondary: false }] })).toEqual(
      ['Recorders:invalidId'],
    );
    expect(rules({ StartTime: '', EndTime: 'tomorrow' })).toEqual(['StartTime:required', 'EndTime:invalidDate']);
  });

  it('validates moves the same way', () => {
    expect(
      validateReschedule({ StartTime: '2026-11-28T16:00:00Z', EndTime: '2026-11-28T15:30:00Z' }, NOW)[0].rule,
    ).toBe('endNotAfterStart');
    expect(validateReschedule({ StartTime: '2026-11-28T16:00:00Z', EndTime: '2026-11-28T17:00:00Z' }, NOW)).toEqual([]);
  });
});

describe('toUtcIso', () => {
  it('converts instants to UTC ISO and refuses a local time without offset', () => {
    expect(toUtcIso(new Date(NOW))).toBe('2026-11-28T15:00:00.000Z');
    expect(toUtcIso('2026-11-28T16:00:00+01:00')).toBe('2026-11-28T15:00:00.000Z');
    expect(toUtcIso('2026-11-28T16:00')).toBe('');
    expect(toUtcIso(NaN)).toBe('');
  });
});
