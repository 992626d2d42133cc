import { EmbedApiPlayer } from './embed-api-types';

/** A call on the Embed API player, kept until the video is ready. */
export type PlayerCommand = (player: EmbedApiPlayer) => void;

/**
 * Calls made before the video is ready (Panopto ignores them then) are kept in order and replayed exactly
 * once when it is.
 */
export class PlayerCommandQueue {
  private commands: PlayerCommand[] = [];

  get size(): number {
    return this.commands.length;
  }

  push(command: PlayerCommand): void {
    this.commands.push(command);
  }

  /** Runs every queued call on `player`, in order, and empties the queue first so none can run twice. */
  flush(player: EmbedApiPlayer): void {
    const pending = this.commands;
    this.commands = [];
    for (const command of pending) command(player);
  }

  clear(): void {
    this.commands = [];
  }
}
