import type { cameoCalls } from '../../contract/api/cameos';
import type { HandlerFactory } from './types';

export const cameoHandlers: HandlerFactory<typeof cameoCalls> = (studio) => ({
  'cameos.list': () => studio.cameos.list(),
  'cameos.import': ({ source, fileName }) => studio.cameos.import(source, fileName),
  'cameos.cancel': ({ cameoId }) => studio.cameos.cancel(cameoId),
  'cameos.reanalyse': ({ cameoId }) => studio.cameos.reanalyse(cameoId),
  'cameos.update': ({ cameoId, name, heightM }) => studio.cameos.update(cameoId, { ...(name !== undefined ? { name } : {}), ...(heightM !== undefined ? { heightM } : {}) }),
  'cameos.consent': ({ cameoId, confirmedBy }) => studio.cameos.consent(cameoId, confirmedBy),
  'cameos.revoke': ({ cameoId }) => studio.cameos.revoke(cameoId),
  'cameos.delete': async ({ cameoId }) => {
    await studio.cameos.delete(cameoId);
    return { ok: true as const };
  },
  'cameos.blocked': () => studio.cameos.blocked(),
  'models.list': () => studio.models.state(),
  'models.setProvider': ({ provider }) => studio.models.setProvider(provider),
});
