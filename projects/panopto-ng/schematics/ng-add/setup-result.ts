/** What a run did, for the log. */
export interface SetupResult {
  /** One line per addition: what was added, and to which file. */
  readonly added: string[];
  /** Steps left to the developer, each with the code to write; the schematic does not guess. */
  readonly manual: string[];
  /** Settings the app already has with other values than the ones given; left as they are. */
  readonly differences: string[];
}

/** A result that changed nothing and tells the developer what to paste. */
export function manualOnly(reason: string, snippet: string): SetupResult {
  return { added: [], manual: [`${reason}. Add this yourself:\n\n${snippet}\n`], differences: [] };
}

/** A tree path as the developer sees it, relative to the workspace (`src/main.ts`, not `/src/main.ts`). */
export function shown(path: string): string {
  return path.replace(/^\/+/, '');
}
