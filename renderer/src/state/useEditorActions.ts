// Every edit the editor can make. Mutating calls return the new ProjectState, applied at once; job
// starts hand their job id to the outcome tracker. Failures go to the error banner and reject, so a
// caller can keep its own state (a prompt is never lost).
import { useMemo } from 'react';
import type { ApiInput, ApiMethod } from '../../../main/contract/api';
import type { ResolutionId } from '../../../main/contract/format';
import type { ProjectState } from '../../../main/contract/model';
import { errorMessage } from '../lib/errors';
import { useClient } from './client-context';
import { useNotifications } from './notifications';

export interface GenerateRequest {
  prompt: string;
  seed?: number;
  durationSec?: number;
  resolution?: ResolutionId;
}

export interface RegenerateChange {
  prompt?: string;
  seed?: number;
  resolution?: ResolutionId;
}

// The calls that edit the timeline and answer with the new project state.
export type EditMethod = Exclude<
  Extract<ApiMethod, `clips.${string}` | `timeline.${string}` | `tracks.${string}` | `markers.${string}` | `range.${string}`>,
  'clips.regenerate'
>;

export interface EditorActions {
  generate(request: GenerateRequest): Promise<boolean>;
  regenerate(clipId: string, change: RegenerateChange): Promise<boolean>;
  selectTake(clipId: string, takeId: string): Promise<boolean>;
  deleteClip(clipId: string): Promise<boolean>;
  // Any timeline edit in the contract: its reply (the new state) is applied at once.
  edit<M extends EditMethod>(method: M, input: Omit<ApiInput<M>, 'projectId'>): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  cancelJob(jobId: string): Promise<boolean>;
}

export function useEditorActions(
  projectId: string,
  applyState: (state: ProjectState) => void,
  trackJob: (jobId: string) => void,
): EditorActions {
  const client = useClient();
  const { showError, dismissError } = useNotifications();

  return useMemo(() => {
    async function attempt(run: () => Promise<void>): Promise<boolean> {
      try {
        await run();
        return true;
      } catch (error) {
        showError(errorMessage(error));
        return false;
      }
    }
    return {
      // A new attempt clears the previous error first, so a failure reported while the call is in
      // flight (a job can fail before its start call returns) is never wiped by the reply.
      generate: (request) =>
        attempt(async () => {
          dismissError();
          const { jobId } = await client.invoke('generate.start', { projectId, ...request });
          trackJob(jobId);
        }),
      regenerate: (clipId, change) =>
        attempt(async () => {
          dismissError();
          const { jobId } = await client.invoke('clips.regenerate', { projectId, clipId, ...change });
          trackJob(jobId);
        }),
      selectTake: (clipId, takeId) =>
        attempt(async () => applyState(await client.invoke('clips.selectTake', { projectId, clipId, takeId }))),
      deleteClip: (clipId) => attempt(async () => applyState(await client.invoke('clips.delete', { projectId, clipIds: [clipId], ripple: false }))),
      edit: (method, input) =>
        attempt(async () => {
          const state = (await client.invoke(method, { ...input, projectId } as ApiInput<typeof method>)) as ProjectState;
          applyState(state);
        }),
      undo: () => attempt(async () => applyState(await client.invoke('history.undo', { projectId }))),
      redo: () => attempt(async () => applyState(await client.invoke('history.redo', { projectId }))),
      cancelJob: (jobId) =>
        attempt(async () => {
          await client.invoke('jobs.cancel', { projectId, jobId });
        }),
    };
  }, [client, projectId, applyState, trackJob, showError, dismissError]);
}
