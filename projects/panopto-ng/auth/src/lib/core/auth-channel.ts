import { InjectionToken } from '@angular/core';

/**
 * What one tab tells the others: its tokens after a refresh, its sign-out, and the exchange by which tabs that
 * share one session (a duplicated tab got a copy of the other's `sessionStorage`) find each other and hand on
 * the newest tokens, so neither ever presents a refresh token the other already rotated. Same-origin only
 * (`BroadcastChannel`), in memory, never stored.
 */
export type PanoptoAuthChannelMessage =
  | {
      type: 'tokens';
      generation: number;
      accessToken: string;
      expiresAt: number;
      claims: Record<string, unknown>;
      /** The session the tokens belong to; tabs of the same session adopt them (and the refresh token). */
      sessionId?: string;
      /** Public mode: the rotated refresh token, for tabs of the same session with their own storage. */
      refreshToken?: string;
      /** The sending tab. */
      from?: string;
    }
  | { type: 'sessionQuery'; from: string; sessionId: string; generation: number }
  | {
      type: 'sessionState';
      from: string;
      to: string;
      sessionId: string;
      generation: number;
      accessToken: string | null;
      expiresAt: number | null;
      claims: Record<string, unknown>;
      refreshToken?: string;
    }
  | { type: 'signedOut'; sessionId?: string };

/** A same-origin broadcast between tabs (a `BroadcastChannel` by default). */
export interface PanoptoAuthChannel {
  post(message: PanoptoAuthChannelMessage): void;
  subscribe(listener: (message: PanoptoAuthChannelMessage) => void): () => void;
}

class BroadcastAuthChannel implements PanoptoAuthChannel {
  constructor(private readonly channel: BroadcastChannel) {}
  post(message: PanoptoAuthChannelMessage): void {
    this.channel.postMessage(message);
  }
  subscribe(listener: (message: PanoptoAuthChannelMessage) => void): () => void {
    const handler = (event: MessageEvent<PanoptoAuthChannelMessage>) => listener(event.data);
    this.channel.addEventListener('message', handler);
    return () => this.channel.removeEventListener('message', handler);
  }
}

const NO_CHANNEL: PanoptoAuthChannel = { post: () => undefined, subscribe: () => () => undefined };

export function defaultAuthChannel(name = 'panopto-ng.auth'): PanoptoAuthChannel {
  return typeof BroadcastChannel === 'undefined' ? NO_CHANNEL : new BroadcastAuthChannel(new BroadcastChannel(name));
}

export const PANOPTO_AUTH_CHANNEL = new InjectionToken<PanoptoAuthChannel>('PANOPTO_AUTH_CHANNEL', {
  providedIn: 'root',
  factory: () => defaultAuthChannel(),
});
