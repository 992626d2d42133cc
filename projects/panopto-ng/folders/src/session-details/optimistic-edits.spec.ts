import { Subject, of, throwError } from 'rxjs';
import { OptimisticEdits } from './optimistic-edits';

interface Rec {
  name: string;
  tags: string[];
}

describe('OptimisticEdits', () => {
  let shown: Rec[];
  let edits: OptimisticEdits<Rec>;

  beforeEach(() => {
    shown = [];
    edits = new OptimisticEdits<Rec>({ name: 'A', tags: [] }, (s) => shown.push(s));
  });

  it('shows an edit at once and keeps it when Panopto accepts it', async () => {
    const answer = new Subject<string>();
    const done = edits.submit({ apply: (s) => ({ ...s, name: 'B' }), send: () => answer });
    expect(edits.shown.name).toBe('B');
    answer.next('ok');
    answer.complete();
    expect(await done).toBe('ok');
    expect(edits.shown.name).toBe('B');
    expect(edits.pending).toBe(0);
  });

  it('sends edits one at a time: the second leaves only after the first answered', () => {
    const first = new Subject<void>();
    const sent: string[] = [];
    void edits.submit({ apply: (s) => ({ ...s, name: 'B' }), send: (s) => (sent.push(s.name), first) });
    void edits.submit({ apply: (s) => ({ ...s, tags: ['x'] }), send: (s) => (sent.push(`tags:${s.tags}`), of(null)) });
    expect(sent).toEqual(['B']);
    expect(edits.shown).toEqual({ name: 'B', tags: ['x'] });
    first.complete();
    expect(sent).toEqual(['B', 'tags:x']);
  });

  it('undoes only the refused edit; later edits stay and are sent from the confirmed state', async () => {
    const first = new Subject<void>();
    const sentTags: string[][] = [];
    const refused = edits.submit({ apply: (s) => ({ ...s, name: 'B' }), send: () => first });
    const kept = edits.submit({
      apply: (s) => ({ ...s, tags: [...s.tags, 'y'] }),
      send: (s) => (sentTags.push(s.tags), of(null)),
    });
    first.error(new Error('403'));
    await expectAsync(refused).toBeRejectedWithError('403');
    await kept;
    expect(edits.shown).toEqual({ name: 'A', tags: ['y'] });
    expect(sentTags).toEqual([['y']]);
    expect(shown.map((s) => s.name)).toContain('B');
  });

  it('uses confirm() to take the server\'s version', async () => {
    await edits.submit({
      apply: (s) => ({ ...s, tags: ['Exam'] }),
      send: () => of(['exam']),
      confirm: (s, result) => ({ ...s, tags: result }),
    });
    expect(edits.shown.tags).toEqual(['exam']);
  });

  it('on dispose cancels the request in flight and rejects what is queued', async () => {
    const never = new Subject<void>();
    const inFlight = edits.submit({ apply: (s) => ({ ...s, name: 'B' }), send: () => never });
    const queued = edits.submit({ apply: (s) => ({ ...s, name: 'C' }), send: () => throwError(() => new Error('x')) });
    edits.dispose();
    await expectAsync(inFlight).toBeRejected();
    await expectAsync(queued).toBeRejected();
    expect(never.observed).toBeFalse();
    await expectAsync(edits.submit({ apply: (s) => s, send: () => of(null) })).toBeRejected();
  });
});
