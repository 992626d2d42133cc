// Bundled by the soak (esbuild) into the page: the framework-free upload engine with the IndexedDB resume store
// (what survives the page reload), the REST token from the Node side (so it can expire), and every part request
// reported to Node, where the log outlives the reload.
import { PanoptoUploadEngine } from '../../../projects/panopto-ng/upload/src/core/upload-engine';
import { XhrUploadTransport } from '../../../projects/panopto-ng/upload/src/core/xhr-transport';
import { IndexedDbResumeStore } from '../../../projects/panopto-ng/upload/src/core/indexed-db-resume-store';
import { TransportRequest, UploadTransport } from '../../../projects/panopto-ng/upload/src/core/transport';
import { generatedBlob } from '../../../projects/panopto-ng/upload/src/testing-support/incremental-sha256';

interface SoakConfig {
  emulator: string;
  folderId: string;
  size: number;
  partSizeMiB: number;
  concurrency: number;
  fileName: string;
}
type Report = (event: Record<string, unknown>) => Promise<void>;
interface SoakWindow {
  soakReport: Report;
  soakToken: () => Promise<string>;
  soakRefresh: () => Promise<string>;
  soak: unknown;
}
const w = window as unknown as SoakWindow;

/** `{ target, partNumber, uploadId }` of an S3 UploadPart request, else null. */
function partOf(request: TransportRequest): { target: string; partNumber: number; uploadId: string } | null {
  if (request.method !== 'PUT') return null;
  const url = new URL(request.url);
  const partNumber = url.searchParams.get('partNumber');
  const uploadId = url.searchParams.get('uploadId');
  return partNumber && uploadId ? { target: url.pathname, partNumber: Number(partNumber), uploadId } : null;
}

async function soak(config: SoakConfig): Promise<{ phase: string; error?: string }> {
  let token = await w.soakToken();
  const xhr = new XhrUploadTransport((url) =>
    url.includes('/PublicAPI/REST/') ? { Authorization: `Bearer ${token}` } : {},
  );
  const transport: UploadTransport = {
    async send(request, options) {
      const part = partOf(request);
      try {
        const response = await xhr.send(request, options);
        if (part) await w.soakReport({ kind: 'part', ...part, status: response.status });
        return response;
      } catch (e) {
        if (part) await w.soakReport({ kind: 'part', ...part, status: 0 });
        throw e;
      }
    },
  };
  const engine = new PanoptoUploadEngine({
    transport,
    publicApiRestUrl: `${config.emulator}/Panopto/PublicAPI/REST`,
    store: new IndexedDbResumeStore(indexedDB),
    refresher: {
      async refresh() {
        token = await w.soakRefresh();
      },
    },
    options: {
      partSize: config.partSizeMiB * 1024 * 1024,
      concurrency: config.concurrency,
      pollIntervalMs: 200,
      retry: { maxRetries: 12, initialDelayMs: 100, maxDelayMs: 1000 },
    },
  });
  const file = new File([generatedBlob(config.size)], config.fileName, { type: 'video/mp4', lastModified: 1 });
  const job = engine.start({ folderId: config.folderId, files: [file], title: 'Soak' });
  let lastDone = -1;
  job.subscribe((s) => {
    const f = s.files[0];
    if (f && f.partsDone !== lastDone) {
      lastDone = f.partsDone;
      void w.soakReport({ kind: 'progress', partsDone: f.partsDone, partsTotal: f.partsTotal, phase: s.phase });
    }
  });
  const done = await job.settled();
  return { phase: done.phase, error: done.error?.message };
}

w.soak = { soak };
