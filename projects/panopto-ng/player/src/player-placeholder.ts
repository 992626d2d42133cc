/**
 * What a `<panopto-player>` shows instead of loading Panopto until the viewer asks for the video.
 * `PanoptoPlayerFacadeDirective` (thumbnail and play button) is one; an app may write its own and pass it to
 * `PanoptoPlayerComponent.usePlaceholder()`. The player itself holds no placeholder code, so apps that show
 * none don't ship any.
 */
export interface PanoptoPlayerPlaceholder {
  /** Whether to show the placeholder now rather than load the player. Read each time the player sets up. */
  readonly active: boolean;
  /**
   * Draws the placeholder inside `host` (the `<panopto-player>` element) for the video `sessionId` on
   * `serverUrl`; both are validated before this is called. Runs in the browser and on the server.
   * Returns the function that removes everything it added, listeners included.
   */
  render(host: HTMLElement, serverUrl: string, sessionId: string): () => void;
}
