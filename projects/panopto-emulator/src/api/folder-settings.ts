// GET/PUT /folders/{id}/settings: `FolderSettings {AutomaticCaptionProviderId, AutomaticCaptionProviderName}`.
// PUT changes only the caption provider (as Panopto documents); the empty GUID switches it off. Creators of the
// folder only: a viewer gets 403.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest, forbidden, isGuid, readJson, sendJson } from '../http.js';
import type { FolderRecord } from '../store/types.js';
import { API_BASE, ROOT_FOLDER_ID, getFolderOr404 } from './common.js';
import { CAPTION_PROVIDERS, providerById } from './caption-providers.js';

export function registerFolderSettingsRoutes(router: Router, ctx: EmulatorContext): void {
  router.get(`${API_BASE}/folders/:id/settings`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const folder = getFolderOr404(ctx, params['id']);
    if (!ctx.store.canCreate(user, folder.Id))
      throw forbidden('User does not have permission to access the settings of this folder.');
    sendJson(res, 200, settingsJson(folder));
  });

  router.put(`${API_BASE}/folders/:id/settings`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const folder = getFolderOr404(ctx, params['id']);
    if (!ctx.store.canCreate(user, folder.Id))
      throw forbidden('User does not have permission to change the settings of this folder.');
    const body = await readJson(req, 16 * 1024);
    const id = body['AutomaticCaptionProviderId'];
    if (!isGuid(id)) {
      throw badRequest(
        `'AutomaticCaptionProviderId' must be a caption provider id (GET /captionproviders) or ${ROOT_FOLDER_ID} for none; got '${String(
          id ?? '',
        )}'.`,
        'InvalidParameter',
      );
    }
    if (id === ROOT_FOLDER_ID) {
      delete folder.AutomaticCaptionProviderId;
      delete folder.AutomaticCaptionsSinceMs;
    } else {
      const provider = providerById(id);
      if (!provider || !provider.Enabled) {
        const known = CAPTION_PROVIDERS.filter((p) => p.Enabled)
          .map((p) => `${p.Id} (${p.DisplayName})`)
          .join(', ');
        throw badRequest(
          `'AutomaticCaptionProviderId' ${id} is not an enabled caption provider. Known: ${known}.`,
          'InvalidProvider',
        );
      }
      if (folder.AutomaticCaptionProviderId !== provider.Id) folder.AutomaticCaptionsSinceMs = ctx.clock.now();
      folder.AutomaticCaptionProviderId = provider.Id;
    }
    ctx.store.changed();
    sendJson(res, 200, settingsJson(folder));
  });
}

function settingsJson(folder: FolderRecord): {
  AutomaticCaptionProviderId: string;
  AutomaticCaptionProviderName: string | null;
} {
  const provider = folder.AutomaticCaptionProviderId ? providerById(folder.AutomaticCaptionProviderId) : undefined;
  return {
    AutomaticCaptionProviderId: provider?.Id ?? ROOT_FOLDER_ID,
    AutomaticCaptionProviderName: provider?.DisplayName ?? null,
  };
}
