// Shows what the engine tells the user about an edit or a landing that went through (a take switch
// that left a sync-locked track out of step), for the open project only.
import { useEffect } from 'react';
import type { RendererClient } from '../api/types';

export function useProjectNotices(client: RendererClient, projectId: string | null, showNotice: (message: string) => void): void {
  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.event === 'project.notice' && event.payload.projectId === projectId) showNotice(event.payload.message);
      }),
    [client, projectId, showNotice],
  );
}
