// The remix-and-regenerate calls: a range of a clip, a remix of a take, an extension, placing a take
// of a clip's family on the timeline, and reading what the Remix panel shows. Job starts hand their
// job id to the outcome tracker (progress and Cancel show in the job list); failures go to the error
// banner and resolve false, so a form keeps what the user typed.
import { useMemo, useState } from 'react';
import type { ProjectState } from '../../../main/contract/model';
import type { RemixChanges, RemixFields } from '../../../main/contract/remix';
import { errorMessage } from '../lib/errors';
import { useClient } from './client-context';
import { useNotifications } from './notifications';

export interface ClipRange {
  clipId: string;
  // In the take's own seconds.
  startSec: number;
  endSec: number;
}

export interface RemixActions {
  regenerateRange(range: ClipRange, change: { seed?: number; prompt?: string }): Promise<boolean>;
  extend(clipId: string, bySec: number): Promise<boolean>;
  remix(takeId: string, clipId: string | null, changes: RemixChanges): Promise<boolean>;
  remixable(takeId: string): Promise<RemixFields | null>;
  place(takeId: string, clipId: string | null): Promise<boolean>;
  // Writes the take as a .kinora-take file; the path written, or null when refused.
  exportTake(takeId: string, outputPath: string): Promise<string | null>;
  // Imports a .kinora-take file as a new clip at the end.
  importTake(file: File): Promise<boolean>;
}

export function useRemixActions(projectId: string, applyState: (state: ProjectState) => void, trackJob: (jobId: string) => void): RemixActions {
  const client = useClient();
  const { showError, dismissError, showNotice, dismissNotice } = useNotifications();
  return useMemo(() => {
    async function attempt(run: () => Promise<void>): Promise<boolean> {
      try {
        dismissError();
        await run();
        return true;
      } catch (error) {
        showError(errorMessage(error));
        return false;
      }
    }
    const started = async (reply: Promise<{ jobId: string }>): Promise<void> => trackJob((await reply).jobId);
    return {
      regenerateRange: ({ clipId, startSec, endSec }, change) =>
        attempt(() => started(client.invoke('clips.regenerateRange', { projectId, clipId, startSec, endSec, ...change }))),
      extend: (clipId, bySec) => attempt(() => started(client.invoke('clips.extend', { projectId, clipId, bySec }))),
      remix: (takeId, clipId, changes) => attempt(() => started(client.invoke('takes.remix', { projectId, takeId, clipId, changes }))),
      remixable: async (takeId) => {
        try {
          return await client.invoke('takes.remixable', { projectId, takeId });
        } catch (error) {
          showError(errorMessage(error));
          return null;
        }
      },
      place: (takeId, clipId) => attempt(async () => applyState(await client.invoke('takes.place', { projectId, takeId, clipId }))),
      exportTake: async (takeId, outputPath) => {
        let written: string | null = null;
        await attempt(async () => {
          written = (await client.invoke('takes.export', { projectId, takeId, outputPath })).path;
        });
        return written;
      },
      importTake: async (file) => {
        const importing = `Importing ${file.name}…`;
        const imported = await attempt(async () => {
          showNotice(importing);
          const uploadId = await client.upload(projectId, file);
          applyState(await client.invoke('takes.import', { projectId, uploadId, fileName: file.name }));
          showNotice(`${file.name} is on the timeline as a new clip.`);
        });
        // A refusal replaces "Importing..." at once.
        if (!imported) dismissNotice(importing);
        return imported;
      },
    };
  }, [client, projectId, applyState, trackJob, showError, dismissError, showNotice, dismissNotice]);
}

// The remix state the editor shares between the timeline and the inspector: the calls, and the range
// of a clip picked for regeneration (picking one on the timeline selects its clip).
export function useRemixState(
  projectId: string,
  // Where the project's exports go (a take file is offered there first).
  exportDir: string,
  applyState: (state: ProjectState) => void,
  trackJob: (jobId: string) => void,
  mediaUrl: (path: string) => string,
  selectClip: (clipId: string) => void,
) {
  const actions = useRemixActions(projectId, applyState, trackJob);
  const [range, setRange] = useState<ClipRange | null>(null);
  return {
    context: { actions, range, onRangeChange: setRange, mediaUrl, exportDir },
    range,
    pickRange: (next: ClipRange) => {
      setRange(next);
      selectClip(next.clipId);
    },
  };
}
