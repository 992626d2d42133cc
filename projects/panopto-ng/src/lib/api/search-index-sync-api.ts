import { Observable, Subscription, concatMap } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp } from '../http/panopto-http';
import {
  PanoptoClock,
  SearchIndexSyncContentResponse,
  SearchIndexSyncUpdate,
  SearchIndexSyncUpdateResponse,
  clockTimer,
} from 'panopto-ng/core';
import { callOptions } from './request-helpers';

/** Where the index feed stands: save it with your index and pass it back to carry on from there. */
export interface SearchIndexSyncPosition {
  /** ISO date-time: changes after it are still to come. */
  fromDate: string;
  /** The page of `fromDate`'s changes to read next, when one was started. */
  nextToken: string | null;
}

/** One change of the feed, with the position to save once it is in your index. */
export interface SearchIndexSyncChange {
  update: SearchIndexSyncUpdate;
  position: SearchIndexSyncPosition;
}

/** Options of `searchIndexSync.changes()`. */
export interface SearchIndexSyncStreamOptions extends PanoptoCallOptions {
  /** Where to start: a date for a first full sync, or a position saved from an earlier change. */
  from: string | Date | SearchIndexSyncPosition;
  /** After the last page, ask again this much later (ms). `0` completes at the end instead. Default 60000. */
  pollIntervalMs?: number;
}

function startPosition(from: SearchIndexSyncStreamOptions['from']): SearchIndexSyncPosition {
  if (typeof from === 'object' && !(from instanceof Date)) return { fromDate: from.fromDate, nextToken: from.nextToken };
  const date = from instanceof Date ? from : new Date(from);
  if (Number.isNaN(date.getTime())) {
    throw new TypeError(`panopto-ng: \`from\` must be a date, an ISO date-time or a saved position; got ${JSON.stringify(from)}.`);
  }
  return { fromDate: date.toISOString(), nextToken: null };
}

/** The later of two ISO date-times. */
const later = (a: string, b: string): string => (Date.parse(b) > Date.parse(a) ? b : a);

/**
 * `/searchIndexSync`: keep your own search index in step with Panopto. `changes()` streams every changed session
 * and playlist, page after page and then by polling, and resumes from the last position it reached. Reach it as
 * `inject(PanoptoApi).searchIndexSync`.
 *
 * @example
 * ```ts
 * api.searchIndexSync
 *   .changes({ from: savedPosition ?? new Date(0), priority: 'background' })
 *   .pipe(
 *     concatMap(({ update, position }) =>
 *       api.searchIndexSync.content(update.VideoId).pipe(concatMap((c) => myIndex.put(c)), map(() => position)),
 *     ),
 *     retry({ delay: 30000 }), // a resubscription carries on from the last position, not from `from`
 *   )
 *   .subscribe((position) => savePosition(position));
 * ```
 */
export class SearchIndexSyncApi {
  constructor(
    private readonly http: PanoptoHttp,
    private readonly clock: PanoptoClock,
  ) {}

  /** `GET /searchIndexSync/updates`: one page of the sessions and playlists changed after `fromDate`. */
  updates(
    fromDate: string | Date,
    options?: PanoptoCallOptions & { nextToken?: string | null },
  ): Observable<SearchIndexSyncUpdateResponse> {
    return this.http.request<SearchIndexSyncUpdateResponse>(() => ({
      method: 'GET',
      path: '/searchIndexSync/updates',
      query: { fromDate: startPosition(fromDate).fromDate, nextToken: options?.nextToken ?? undefined },
      resource: 'the search index feed',
      ...callOptions(options),
    }));
  }

  /** `GET /searchIndexSync/content?id=`: what an index needs of one session or playlist, or `Deleted`. */
  content(id: string, options?: PanoptoCallOptions): Observable<SearchIndexSyncContentResponse> {
    return this.http.request<SearchIndexSyncContentResponse>(() => ({
      method: 'GET',
      path: '/searchIndexSync/content',
      query: { id },
      guids: { id },
      resource: `search index content ${id}`,
      ...callOptions(options),
    }));
  }

  /**
   * Every change from `options.from` on, each with the position to save. Delivery is at least once: after a
   * restart from a saved position, a change of the page in progress may come again. The returned Observable keeps
   * its position across subscriptions, so `retry()` resumes where it stopped.
   */
  changes(options: SearchIndexSyncStreamOptions): Observable<SearchIndexSyncChange> {
    let position = startPosition(options.from);
    const pollMs = options.pollIntervalMs ?? 60000;
    if (!Number.isFinite(pollMs) || pollMs < 0) {
      throw new TypeError(`panopto-ng: \`pollIntervalMs\` must be 0 or more; got ${JSON.stringify(options.pollIntervalMs)}.`);
    }
    const call = callOptions(options);
    return new Observable<SearchIndexSyncChange>((subscriber) => {
      let current: Subscription | null = null;
      const load = (from: SearchIndexSyncPosition, delayMs: number): void => {
        const page$ = this.updates(from.fromDate, { ...call, nextToken: from.nextToken });
        const source = delayMs > 0 ? clockTimer(this.clock, delayMs).pipe(concatMap(() => page$)) : page$;
        current = source.subscribe({
          next: (page) => {
            const updates = page?.Updates ?? [];
            const next: SearchIndexSyncPosition = page?.NextToken
              ? { fromDate: from.fromDate, nextToken: page.NextToken }
              : { fromDate: updates.reduce((max, u) => later(max, u.UpdateTime), from.fromDate), nextToken: null };
            for (const [i, update] of updates.entries()) {
              if (subscriber.closed) return;
              // Only once a page's last change is handled is the whole page behind us.
              const reached = i === updates.length - 1 ? next : from;
              position = reached;
              subscriber.next({ update, position: reached });
            }
            if (subscriber.closed) return;
            position = next;
            if (next.nextToken) load(next, 0);
            else if (pollMs > 0) load(next, pollMs);
            else subscriber.complete();
          },
          error: (error: unknown) => subscriber.error(error),
        });
      };
      load(position, 0);
      return () => current?.unsubscribe();
    });
  }
}
