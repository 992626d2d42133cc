import type { PanoptoLogLevel } from './panopto-logger';
import type { PanoptoEvent } from './panopto-event';

/**
 * A log level and a one-line, human-readable message for an event (used by loggers and the demo's event log).
 *
 * @example
 * ```ts
 * events.events$.subscribe((e) => console.log(describePanoptoEvent(e).message));
 * ```
 */
export function describePanoptoEvent(event: PanoptoEvent): { level: PanoptoLogLevel; message: string } {
  switch (event.type) {
    case 'request-start':
      return {
        level: 'debug',
        message: `→ ${event.endpoint}${event.attempt > 1 ? ` (attempt ${event.attempt})` : ''} [${event.priority}]`,
      };
    case 'request-end':
      return {
        level: event.outcome === 'success' ? 'debug' : 'info',
        message:
          event.outcome === 'cancelled'
            ? `✕ ${event.endpoint} cancelled after ${event.durationMs} ms`
            : `← ${event.endpoint} ${event.status || 'no response'} in ${event.durationMs} ms`,
      };
    case 'retry':
      return {
        level: 'warn',
        message: `↻ ${event.endpoint}: ${event.reason}${event.status ? ` (${event.status})` : ''}, retry ${
          event.attempt
        } in ${event.delayMs} ms${event.fromRetryAfter ? ' (Retry-After)' : ''}`,
      };
    case 'rate-limit-wait':
      return {
        level: 'info',
        message: `… ${event.endpoint} waited ${event.waitMs} ms for the rate limit [${event.priority}], ${event.queued} still queued`,
      };
    case 'error':
      return { level: 'error', message: event.error.message };
    case 'auth-refresh':
      return {
        level: event.outcome === 'failed' ? 'warn' : 'info',
        message: `token refresh ${event.outcome}${event.detail ? `: ${event.detail}` : ''}`,
      };
    case 'auth-signed-out':
      return { level: 'info', message: `signed out: ${event.reason}` };
    case 'upload-part':
      return {
        level: 'debug',
        message: `upload ${event.uploadId}: part ${event.partNumber} of ${event.fileName} (${event.bytes} bytes)`,
      };
    case 'upload-state':
      return {
        level: 'info',
        message: `upload ${event.uploadId}: ${event.state}${event.detail ? ` (${event.detail})` : ''}`,
      };
    case 'custom':
      return { level: 'info', message: `${event.source}: ${event.name}` };
    default:
      return { level: 'info', message: (event as { type: string }).type };
  }
}
