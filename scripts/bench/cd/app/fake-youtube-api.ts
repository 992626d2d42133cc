// The YouTube IFrame API cannot load here (no network), so the youtube-player comparison runs on a stand-in
// `window.YT` with the real API's shape and habits: the Player builds an iframe, answers through
// postMessage-style callbacks, and polls its state on a 250 ms interval (the reason youtube-player creates it
// outside the zone). It measures youtube-player's zone handling, not YouTube's script.
interface FakeEvents {
  onReady?: (event: { target: FakePlayer }) => void;
  onStateChange?: (event: { target: FakePlayer; data: number }) => void;
}

class FakePlayer {
  private state = -1;
  private time = 0;
  private readonly listeners = new Map<string, Set<(event: unknown) => void>>();
  private readonly poll: ReturnType<typeof setInterval>;

  constructor(container: HTMLElement, options: { events?: FakeEvents; playerVars?: { autoplay?: number } }) {
    const iframe = document.createElement('iframe');
    iframe.title = 'YouTube video player (stand-in)';
    iframe.srcdoc = '<p>stand-in</p>';
    container.replaceWith(iframe);
    for (const [name, handler] of Object.entries(options.events ?? {}))
      if (handler) this.addEventListener(name, handler);
    // Like the real player: readiness and state arrive as messages, and an interval keeps sampling.
    window.addEventListener('message', (event) => {
      if (event.data === 'fake-yt-ready') {
        this.fire('onReady', { target: this });
        if (options.playerVars?.autoplay) this.playVideo();
      }
    });
    window.postMessage('fake-yt-ready', '*');
    this.poll = setInterval(() => {
      if (this.state === 1) this.time += 0.25;
    }, 250);
  }

  addEventListener(name: string, listener: (event: unknown) => void): void {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    this.listeners.get(name)?.add(listener);
  }
  removeEventListener(name: string, listener: (event: unknown) => void): void {
    this.listeners.get(name)?.delete(listener);
  }
  playVideo(): void {
    this.state = 1;
    this.fire('onStateChange', { target: this, data: 1 });
  }
  pauseVideo(): void {
    this.state = 2;
    this.fire('onStateChange', { target: this, data: 2 });
  }
  getPlayerState(): number {
    return this.state;
  }
  getCurrentTime(): number {
    return this.time;
  }
  cueVideoById(): void {
    /* the stand-in has one video */
  }
  destroy(): void {
    clearInterval(this.poll);
  }
  private fire(name: string, event: unknown): void {
    this.listeners.get(name)?.forEach((listener) => listener(event));
  }
}

/** Defines `window.YT` (Player and PlayerState) before youtube-player looks for it. */
export function installFakeYouTubeApi(win: Window): void {
  (win as unknown as { YT: unknown }).YT = {
    Player: FakePlayer,
    PlayerState: { UNSTARTED: -1, ENDED: 0, PLAYING: 1, PAUSED: 2, BUFFERING: 3, CUED: 5 },
  };
}
