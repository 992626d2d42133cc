import { Renderer2 } from '@angular/core';

/**
 * Creates `<name>` with `attributes` and appends it to `parent`, through the renderer (so it also works on
 * the server). The player and its facade build their few elements this way instead of with a template.
 */
export function appendElement(
  renderer: Renderer2,
  parent: unknown,
  name: string,
  attributes: Record<string, string>,
): HTMLElement {
  const el = renderer.createElement(name) as HTMLElement;
  for (const key of Object.keys(attributes)) renderer.setAttribute(el, key, attributes[key]);
  renderer.appendChild(parent, el);
  return el;
}

/**
 * Appends an empty text node to `parent`; update it with `renderer.setValue()`. (On the server,
 * `setProperty(el, 'textContent', …)` is also mirrored into a bogus `textcontent` attribute.)
 */
export function appendText(renderer: Renderer2, parent: unknown): Text {
  const text = renderer.createText('') as Text;
  renderer.appendChild(parent, text);
  return text;
}
