// The cameo library as the editor sees it: the list (loaded once, then kept current by cameo.updated
// and cameo.removed events), the revoked and deleted cameos that block the takes holding them, and
// every action on the library. Failures go to the error banner.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BlockedCameo, Cameo } from '../../../main/contract/cameo';
import { errorMessage } from '../lib/errors';
import { useClient } from './client-context';
import { useNotifications } from './notifications';

export interface CameoActions {
  importFiles(files: readonly File[]): Promise<void>;
  cancel(cameoId: string): Promise<boolean>;
  reanalyse(cameoId: string): Promise<boolean>;
  update(cameoId: string, change: { name?: string; heightM?: number }): Promise<boolean>;
  consent(cameoId: string, confirmedBy: string): Promise<boolean>;
  revoke(cameoId: string): Promise<boolean>;
  remove(cameoId: string): Promise<boolean>;
}

function upsert(list: readonly Cameo[], cameo: Cameo): Cameo[] {
  const at = list.findIndex((c) => c.id === cameo.id);
  if (at < 0) return [cameo, ...list];
  const next = [...list];
  next[at] = cameo;
  return next;
}

export interface CameoLibraryState {
  cameos: Cameo[];
  // Revoked or deleted cameos by id: a take that used one is marked and cannot be exported.
  blocked: ReadonlyMap<string, BlockedCameo>;
  actions: CameoActions;
}

export function useCameos(): CameoLibraryState {
  const client = useClient();
  const { showError, showNotice } = useNotifications();
  const [cameos, setCameos] = useState<Cameo[]>([]);
  const [blocked, setBlocked] = useState<ReadonlyMap<string, BlockedCameo>>(new Map());
  const refreshBlocked = useCallback(() => {
    client.invoke('cameos.blocked', {}).then((list) => setBlocked(new Map(list.map((b) => [b.id, b]))), (error: unknown) => showError(errorMessage(error)));
  }, [client, showError]);

  useEffect(() => {
    const unsubscribe = client.subscribe((event) => {
      if (event.event === 'cameo.updated') {
        setCameos((list) => upsert(list, event.payload.cameo));
        if (event.payload.cameo.revokedAt) refreshBlocked();
      } else if (event.event === 'cameo.removed') {
        setCameos((list) => list.filter((c) => c.id !== event.payload.cameoId));
        refreshBlocked();
      }
    });
    client.invoke('cameos.list', {}).then(setCameos, (error: unknown) => showError(errorMessage(error)));
    refreshBlocked();
    return unsubscribe;
  }, [client, showError, refreshBlocked]);

  const actions = useMemo<CameoActions>(() => {
    async function attempt(run: () => Promise<unknown>): Promise<boolean> {
      try {
        await run();
        return true;
      } catch (error) {
        showError(errorMessage(error));
        return false;
      }
    }
    const apply = (cameo: Cameo): void => setCameos((list) => upsert(list, cameo));
    return {
      async importFiles(files) {
        for (const file of files) {
          await attempt(async () => {
            const source = await client.stageCameoFile(file);
            apply(await client.invoke('cameos.import', { source, fileName: file.name }));
            showNotice(`Analysing ${file.name}…`);
          });
        }
      },
      cancel: (cameoId) => attempt(async () => apply(await client.invoke('cameos.cancel', { cameoId }))),
      reanalyse: (cameoId) => attempt(async () => apply(await client.invoke('cameos.reanalyse', { cameoId }))),
      update: (cameoId, change) => attempt(async () => apply(await client.invoke('cameos.update', { cameoId, ...change }))),
      consent: (cameoId, confirmedBy) => attempt(async () => apply(await client.invoke('cameos.consent', { cameoId, confirmed: true, confirmedBy }))),
      revoke: (cameoId) => attempt(async () => apply(await client.invoke('cameos.revoke', { cameoId }))),
      remove: (cameoId) =>
        attempt(async () => {
          await client.invoke('cameos.delete', { cameoId });
          setCameos((list) => list.filter((c) => c.id !== cameoId));
        }),
    };
  }, [client, showError, showNotice]);

  return { cameos, blocked, actions };
}
