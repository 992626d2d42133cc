import { Observable, Subscription } from 'rxjs';

/** One change to a record: shown at once, sent in turn, kept or undone by Panopto's answer. */
export interface OptimisticEdit<S, R> {
  /** The change, applied to any state (the confirmed one, or the one shown with other edits pending). */
  apply(state: S): S;
  /** The request, built from the confirmed state with this edit applied (so a full-replace PUT sends the truth). */
  send(next: S): Observable<R>;
  /** The confirmed state once Panopto answered; default `apply(state)`. */
  confirm?(state: S, result: R): S;
}

interface Queued<S> {
  edit: OptimisticEdit<S, unknown>;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Edits of one record, shown optimistically and sent one at a time, so two edits never race: the second request
 * leaves only after the first answered. What is shown is always the confirmed state with the pending edits on top,
 * so a refused edit disappears alone and the edits after it stay.
 *
 * @example
 * ```ts
 * const edits = new OptimisticEdits(session, (shown) => (this.session = shown));
 * edits.submit({ apply: (s) => ({ ...s, Name: name }), send: (s) => api.sessions.update(s.Id, { Name: s.Name }) })
 *   .catch((e) => this.error = describe(e));
 * ```
 */
export class OptimisticEdits<S> {
  private readonly queue: Queued<S>[] = [];
  private current: { item: Queued<S>; subscription: Subscription } | null = null;
  private disposed = false;

  constructor(
    private confirmed: S,
    private readonly show: (state: S) => void,
  ) {}

  /** What the user sees: the confirmed state with every pending edit applied. */
  get shown(): S {
    const pending = [...(this.current ? [this.current.item] : []), ...this.queue];
    return pending.reduce((state, item) => item.edit.apply(state), this.confirmed);
  }

  /** Edits waiting or in flight. */
  get pending(): number {
    return this.queue.length + (this.current ? 1 : 0);
  }

  /** Applies the edit now and sends it in turn; settles with Panopto's answer (rejects after undoing it). */
  submit<R>(edit: OptimisticEdit<S, R>): Promise<R> {
    if (this.disposed) return Promise.reject(new Error('The record was closed; the edit was not sent.'));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ edit: edit as OptimisticEdit<S, unknown>, resolve: resolve as (r: unknown) => void, reject });
      this.show(this.shown);
      this.next();
    });
  }

  /** Replaces the confirmed state (a fresh load); pending edits stay on top. */
  reset(confirmed: S): void {
    this.confirmed = confirmed;
    this.show(this.shown);
  }

  /** Stops: the edit in flight is cancelled and undone, queued ones are dropped (their promises reject). */
  dispose(): void {
    this.disposed = true;
    this.current?.subscription.unsubscribe();
    const dropped = [...(this.current ? [this.current.item] : []), ...this.queue.splice(0)];
    this.current = null;
    for (const item of dropped) item.reject(new Error('The record was closed before the edit was sent.'));
  }

  private next(): void {
    if (this.current || this.queue.length === 0) return;
    const item = this.queue.shift() as Queued<S>;
    const next = item.edit.apply(this.confirmed);
    let result: unknown;
    const finish = (error?: unknown, failed = false): void => {
      this.current = null;
      if (!failed) this.confirmed = item.edit.confirm ? item.edit.confirm(this.confirmed, result) : next;
      this.show(this.shown);
      if (failed) item.reject(error);
      else item.resolve(result);
      this.next();
    };
    const holder = { item, subscription: new Subscription() };
    this.current = holder;
    holder.subscription = item.edit.send(next).subscribe({
      next: (value) => {
        result = value;
      },
      error: (error: unknown) => finish(error, true),
      complete: () => finish(),
    });
  }
}
