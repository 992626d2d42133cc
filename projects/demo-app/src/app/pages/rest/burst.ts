import { PanoptoPriority } from 'panopto-ng';

/** One call of the burst demo, as the grid of tiles shows it. */
export interface BurstCall {
  /** Also the `pageNumber` it asks for, which makes each URL distinct (identical GETs would be shared). */
  index: number;
  priority: PanoptoPriority;
  state: 'queued' | 'sent' | 'done' | 'failed' | 'cancelled';
  /** Milliseconds from the burst start until it was sent. */
  sentAfterMs: number | null;
}

/** 12 calls to one endpoint: the first 6 marked background, the last 6 interactive, so the limiter's order shows. */
export function newBurst(size = 12): BurstCall[] {
  return Array.from({ length: size }, (_, index) => ({
    index,
    priority: index < size / 2 ? 'background' : 'interactive',
    state: 'queued',
    sentAfterMs: null,
  }));
}
