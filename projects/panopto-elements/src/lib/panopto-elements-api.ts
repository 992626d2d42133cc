import { ElementsAuthSupport, PanoptoElementsConfig } from './elements-config';
import { defineElements, PanoptoElementDefinition } from './define-elements';
import { PanoptoElementName } from './element-names';
import { elementsRuntime } from './elements-runtime';

/** The page-wide API of the elements bundle (`window.PanoptoElements`, or the ES module's export). */
export interface PanoptoElementsApi {
  /**
   * What every element shares: the Panopto site, sign-in (public or broker mode), player options. Call once;
   * the elements in the page (and those added later) wait for it unless they name their own `server-url`.
   * Throws a `PanoptoConfigError` naming the field for a wrong value; the returned promise settles once a
   * sign-in returning to this page is complete.
   */
  configure(config: PanoptoElementsConfig): Promise<void>;
  /** Resolves once this bundle's elements are registered. */
  whenDefined(): Promise<void>;
  /** Whether `configure()` has run. */
  readonly configured: boolean;
  /** The element names this bundle registers. */
  readonly elements: readonly PanoptoElementName[];
  /** The package version. */
  readonly version: string;
}

/**
 * Registers the given elements and returns the page's API (also set as `window.PanoptoElements`). Load one
 * bundle per page: a second one (say the full bundle after the player-only one) finds `PanoptoElements` taken,
 * says so in the console and registers nothing, since two copies would mean two sign-in sessions.
 */
export function startPanoptoElements(
  definitions: readonly PanoptoElementDefinition[],
  version: string,
  authSupport: ElementsAuthSupport | null = null,
): PanoptoElementsApi {
  const global = globalThis as { PanoptoElements?: PanoptoElementsApi };
  if (global.PanoptoElements) {
    console.warn(
      `panopto-elements ${version}: another Panopto elements bundle (${global.PanoptoElements.version}) is already ` +
        `on this page; this one registers nothing. Load one bundle: panopto-elements.js has every element.`,
    );
    return global.PanoptoElements;
  }
  if (authSupport) elementsRuntime.useAuth(authSupport);
  const defined = defineElements(definitions);
  defined.catch((error: unknown) => console.error(error));
  const api: PanoptoElementsApi = {
    configure: (config) => elementsRuntime.configure(config),
    whenDefined: () => defined,
    get configured() {
      return elementsRuntime.configured;
    },
    elements: definitions.map((d) => d.name as PanoptoElementName),
    version,
  };
  return (global.PanoptoElements = api);
}
