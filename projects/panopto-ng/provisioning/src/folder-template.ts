// Renders a course's folder path from a template such as `{faculty}/{unit} {name}/{period}`. Plain TypeScript.
import { PanoptoError } from 'panopto-ng/core';
import { DesiredCourse } from './sync-model';

export const DEFAULT_FOLDER_TEMPLATE = '{name} ({period})';

/**
 * Thrown for a template or course that cannot produce a valid folder path. Nothing is planned then. `code` is
 * `invalid-folder-template`.
 */
export class SyncTemplateError extends PanoptoError {
  constructor(message: string) {
    super(message, { code: 'invalid-folder-template' });
    this.name = 'SyncTemplateError';
  }
}

/**
 * The folder names from the managed root down to the course folder (the last element).
 * A `/` inside a value would start a new level, so it is replaced by `-`; whitespace runs collapse.
 */
export function renderFolderPath(template: string, course: DesiredCourse): string[] {
  const values: Record<string, string> = {
    ...(course.fields ?? {}),
    externalId: course.externalId,
    name: course.name,
    period: course.period,
  };
  const segments = template.split('/').map((segment) =>
    segment
      .replace(/\{([A-Za-z0-9_]+)\}/g, (_, key: string) => {
        const value = values[key];
        if (value === undefined) {
          throw new SyncTemplateError(
            `Course ${course.externalId}: the folder template uses {${key}} but the course has no such field ` +
              `(known: ${Object.keys(values).join(', ')}).`,
          );
        }
        return value.replace(/\//g, '-');
      })
      .replace(/\s+/g, ' ')
      .trim(),
  );
  segments.forEach((s, i) => {
    if (!s) {
      throw new SyncTemplateError(
        `Course ${course.externalId}: level ${i + 1} of the folder template "${template}" is empty; fill the ` +
          `field or change the template.`,
      );
    }
  });
  return segments;
}
