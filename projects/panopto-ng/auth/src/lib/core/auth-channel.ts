import { InjectionToken } from '@angular/core';

/** What one tab tells the others after it refreshed or signed out. Travels in memory only, never stored. */
export type PanoptoAuthChannelMessage =
  | { type: 'tokens'; generation: number; accessToken: string; expiresAt: number; claims: Record<string, unknown> }
  | { type: 'signedOut' };

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
