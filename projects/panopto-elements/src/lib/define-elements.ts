import { ApplicationRef, Type, createComponent } from '@angular/core';
import { createCustomElement } from '@angular/elements';
import { PanoptoError } from 'panopto-ng/core';
import { PanoptoElementsPageStylesComponent } from './page-styles.component';
import { wrappedInstance } from './element-wrapper';
import { elementsRuntime } from './elements-runtime';

/** One element to register: its name, its wrapper component and the methods its element offers. */
export interface PanoptoElementDefinition {
  readonly name: string;
  readonly wrapper: Type<unknown>;
  /** Methods of the wrapped component the element forwards (`player.play()`). */
  readonly methods?: readonly string[];
}

/**
 * Registers the elements with `@angular/elements` once the application is up. A name already registered
 * (the same bundle loaded twice, or the full bundle after the player-only one) is left as it is.
 */
export async function defineElements(definitions: readonly PanoptoElementDefinition[]): Promise<void> {
  const app = await elementsRuntime.start();
  addPageStyles(app);
  for (const { name, wrapper, methods = [] } of definitions) {
    if (customElements.get(name)) continue;
    // A new class per call: adding the methods to its prototype touches nothing else.
    const element = createCustomElement(wrapper, { injector: app.injector });
    for (const method of methods) {
      Object.defineProperty(element.prototype, method, {
        configurable: true,
        value(this: HTMLElement, ...args: unknown[]): unknown {
          const instance = wrappedInstance<Record<string, (...a: unknown[]) => unknown>>(this);
          if (!instance) {
            throw new PanoptoError(
              `<${name}>.${method}(): the element is not ready yet. Call it after the element is in the page and ` +
                `PanoptoElements.configure() ran (or it has a server-url), e.g. in its "ready" event.`,
              { code: 'element-not-ready' },
            );
          }
          return instance[method](...args);
        },
      });
    }
    customElements.define(name, element);
  }
}

let pageStylesAdded = false;

function addPageStyles(app: ApplicationRef): void {
  if (pageStylesAdded || typeof document === 'undefined') return;
  pageStylesAdded = true;
  const ref = createComponent(PanoptoElementsPageStylesComponent, { environmentInjector: app.injector });
  ref.changeDetectorRef.detectChanges();
}
