// Caption providers: GET /captionproviders (paged, sortField Name). Two are seeded, as a site would have them:
// a machine (ASR) provider that answers in minutes and a human one that takes a day, both on the emulator's
// clock (POST /__emulator/clock {"advanceMs": …} to get there sooner).
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { sendJson } from '../http.js';
import { seedGuid } from '../seed/guid.js';
import { API_BASE, enumOf, page, pageNumberOf, sendList, sortBy, sortOrderOf } from './common.js';

export interface CaptionProvider {
  /** `TranscriptionProviderInstance.Id` (also `FolderSettings.AutomaticCaptionProviderId`). */
  Id: string;
  Name: string;
  DisplayName: string;
  Enabled: boolean;
  /** `AccessibilityProviderPreview.ProviderInstanceId` / the schedule request's: Panopto numbers instances too. */
  InstanceId: number;
  Kind: 'machine' | 'human';
  /** Emulated time from scheduling to starting, and from starting to the caption file. */
  QueueMs: number;
  WorkMs: number;
  PricePerMinute: number;
}

export const CAPTION_PROVIDERS: readonly CaptionProvider[] = [
  {
    Id: seedGuid('captionprovider:machine'),
    Name: 'Emulated ASR',
    DisplayName: 'Automatic captions (machine, emulated)',
    Enabled: true,
    InstanceId: 1,
    Kind: 'machine',
    QueueMs: 30_000,
    WorkMs: 90_000,
    PricePerMinute: 0,
  },
  {
    Id: seedGuid('captionprovider:human'),
    Name: 'Emulated Professional Captioning',
    DisplayName: 'Professional captions (human, emulated)',
    Enabled: true,
    InstanceId: 2,
    Kind: 'human',
    QueueMs: 3_600_000,
    WorkMs: 23 * 3_600_000,
    PricePerMinute: 1.5,
  },
];

export function providerById(id: string): CaptionProvider | undefined {
  return CAPTION_PROVIDERS.find((p) => p.Id === id.toLowerCase());
}

export function providerByInstance(instanceId: number): CaptionProvider | undefined {
  return CAPTION_PROVIDERS.find((p) => p.InstanceId === instanceId);
}

export function registerCaptionProviderRoutes(router: Router, ctx: EmulatorContext): void {
  router.get(`${API_BASE}/captionproviders`, async (req, res, { url }) => {
    await ctx.requireAccount(req);
    enumOf(url, 'sortField', ['Name'] as const, 'Name');
    const sorted = sortBy([...CAPTION_PROVIDERS], (p) => p.Name, sortOrderOf(url));
    const results = page(sorted, pageNumberOf(url)).map((p) => ({
      Id: p.Id,
      Name: p.Name,
      Enabled: p.Enabled,
      DisplayName: p.DisplayName,
    }));
    sendJson(res, 200, sendList(results));
  });
}
