import { PanoptoAnalyticsBatch } from '../delivery/analytics-event';
import { PanoptoAnalyticsSink } from './analytics-sink';

/**
 * Logs every batch to the browser console: for development, to see what would be sent.
 *
 * @example
 * ```ts
 * providePanoptoAnalytics({ sinks: isDevMode() ? [panoptoConsoleSink()] : [panoptoHttpSink({ url: '/api/engagement' })] });
 * ```
 */
export function panoptoConsoleSink(
  log: (message: string, batch: PanoptoAnalyticsBatch) => void = defaultLog,
): PanoptoAnalyticsSink {
  return {
    name: 'console',
    send(batch) {
      log(`[panopto-ng analytics] batch ${batch.batchId}: ${batch.events.length} event(s)`, batch);
    },
    sendOnUnload(batch) {
      log(`[panopto-ng analytics] batch ${batch.batchId} (page closing): ${batch.events.length} event(s)`, batch);
      return true;
    },
  };
}

function defaultLog(message: string, batch: PanoptoAnalyticsBatch): void {
  // eslint-disable-next-line no-console
  console.info(message, batch);
}
