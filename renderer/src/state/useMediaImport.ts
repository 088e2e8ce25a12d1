// Files dropped on a voice or music track: each is uploaded and imported where it was dropped, one
// after another (later files go after earlier ones). A refused file says why; the rest still import.
import { useCallback } from 'react';
import type { ProjectState } from '../../../main/contract/model';
import { errorMessage } from '../lib/errors';
import { useClient } from './client-context';
import { useNotifications } from './notifications';

export function useMediaImport(projectId: string, applyState: (state: ProjectState) => void) {
  const client = useClient();
  const { showError, showNotice, dismissNotice } = useNotifications();
  return useCallback(
    (trackId: string, atSec: number, files: File[]) => {
      void (async () => {
        let at = atSec;
        for (const file of files) {
          const importing = `Importing ${file.name}…`;
          try {
            showNotice(importing);
            const uploadId = await client.upload(projectId, file);
            const state = await client.invoke('media.import', { projectId, uploadId, fileName: file.name, trackId, atSec: at });
            // The clip is imported: "Importing..." goes before the clip is drawn, not when the
            // notice's own timer runs out (it stayed on for seconds after the clip landed).
            dismissNotice(importing);
            applyState(state);
            const placed = state.timeline.clips.filter((c) => c.trackId === trackId).reduce((end, c) => Math.max(end, c.startSec + c.durationSec), at);
            at = placed;
          } catch (error) {
            // The refusal replaces "Importing..." at once: the two side by side read as still importing.
            dismissNotice(importing);
            showError(errorMessage(error));
          }
        }
      })();
    },
    [client, projectId, applyState, showError, showNotice, dismissNotice],
  );
}
