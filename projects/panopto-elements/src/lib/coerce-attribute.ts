import { PanoptoConfigError } from 'panopto-ng/core';

/**
 * How an element turns what the page gave it (an attribute's string, or a property's value) into what the
 * wrapped component's input takes. Attributes always arrive as strings: `autoplay="false"` must mean false,
 * `row-height="48"` the number 48.
 */
export type AttributeKind = 'string' | 'boolean' | 'number' | 'boolean-or-auto';

/** The attribute name Angular Elements derives from an input name: `sessionId` → `session-id`. */
export function attributeName(inputName: string): string {
  return inputName.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Coerces one value. `null`/`undefined` pass through (the component's default applies then). A value that
 * cannot mean anything for the input throws a `PanoptoConfigError` naming the element and the attribute.
 */
export function coerceAttribute(kind: AttributeKind, value: unknown, element: string, input: string): unknown {
  if (value === null || value === undefined) return value;
  const field = `<${element} ${attributeName(input)}>`;
  switch (kind) {
    case 'string':
      return String(value);
    case 'boolean':
      return toFlag(value, field);
    case 'boolean-or-auto':
      return value === 'auto' ? 'auto' : toFlag(value, field);
    case 'number': {
      const n = typeof value === 'number' ? value : String(value).trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(n)) throw new PanoptoConfigError(field, `must be a number; got ${JSON.stringify(value)}.`);
      return n;
    }
  }
}

/** Present (`""`), `"true"` or the attribute's own name mean true; `"false"` means false (HTML's boolean convention plus an explicit off). */
function toFlag(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (text === '' || text === 'true') return true;
  if (text === 'false') return false;
  const name = field.slice(field.lastIndexOf(' ') + 1, -1);
  if (text === name) return true;
  throw new PanoptoConfigError(
    field,
    `must be "true", "false" or present without a value; got ${JSON.stringify(value)}.`,
  );
}
