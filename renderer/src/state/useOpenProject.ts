// The open project as the app's root holds it: reopened at start from the last session, kept current
// by the engine's events and refetched after a reconnect, and opened, created or closed on request.
// Replies for a project that is no longer open (the user switched meanwhile) are dropped.
import { useCallback, useEffect, useReducer, useRef, useState, type Dispatch } from 'react';
import type { AppInfo, ProjectState } from '../../../main/contract/model';
import { ApiError } from '../api/contract';
import type { ConnectionStatus, RendererClient } from '../api/types';
import { errorMessage } from '../lib/errors';
import { readLastProject, rememberLastProject } from '../lib/last-project';
import { projectReducer } from './project-reducer';

export interface OpenProject {
  info: AppInfo | null;
  project: ProjectState | null;
  // True while the last session's project is being reopened at start.
  booting: boolean;
  // True while a project the user asked for opens.
  opening: boolean;
  applyState: (state: ProjectState) => void;
  openProject: (path: string) => Promise<void>;
  createProject: (name: string) => Promise<void>;
  closeProject: () => void;
}

export function useOpenProject(client: RendererClient, status: ConnectionStatus, showError: (message: string) => void, dismissError: () => void): OpenProject {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [project, dispatch] = useReducer(projectReducer, null);
  const [booting, setBooting] = useState(() => readLastProject() !== null);
  const [opening, setOpening] = useState(false);
  const projectIdRef = useRef<string | null>(null);
  projectIdRef.current = project?.project.id ?? null;

  const refreshInfo = useCallback(() => {
    client.invoke('app.info', {}).then(setInfo, (error: unknown) => showError(errorMessage(error)));
  }, [client, showError]);

  const applyState = useCallback((state: ProjectState) => {
    if (projectIdRef.current !== state.project.id) return;
    dispatch({ type: 'replace', state });
  }, []);

  const showProject = useCallback((state: ProjectState) => {
    projectIdRef.current = state.project.id;
    dispatch({ type: 'replace', state });
    rememberLastProject(state.project.path);
    dismissError();
  }, [dismissError]);

  useReopenLast(client, refreshInfo, showProject, showError, setBooting);
  useProjectEvents(client, projectIdRef, dispatch);
  useRefetchAfterReconnect(client, status, projectIdRef, refreshInfo, applyState, showError);

  // Opening or creating: one call whose state replaces the shown project.
  const load = useCallback(async (call: () => Promise<ProjectState>) => {
    setOpening(true);
    try {
      showProject(await call());
    } catch (error) {
      showError(errorMessage(error));
    } finally {
      setOpening(false);
    }
  }, [showProject, showError]);
  const openProject = useCallback((path: string) => load(() => client.invoke('projects.open', { path })), [client, load]);
  const createProject = useCallback((name: string) => load(() => client.invoke('projects.create', { name })), [client, load]);

  const closeProject = useCallback(() => {
    rememberLastProject(null);
    projectIdRef.current = null;
    dispatch({ type: 'close' });
    refreshInfo();
  }, [refreshInfo]);

  return { info, project, booting, opening, applyState, openProject, createProject, closeProject };
}

// Start: app info, and the project that was open last time.
function useReopenLast(client: RendererClient, refreshInfo: () => void, showProject: (state: ProjectState) => void, showError: (message: string) => void, setBooting: (booting: boolean) => void): void {
  useEffect(() => {
    let cancelled = false;
    refreshInfo();
    const lastPath = readLastProject();
    if (!lastPath) return;
    client
      .invoke('projects.open', { path: lastPath })
      .then(
        (state) => {
          if (!cancelled) showProject(state);
        },
        (error: unknown) => {
          if (cancelled) return;
          // Forget it only if it is really gone; an unreachable engine is no reason to.
          if (error instanceof ApiError && (error.code === 'not_found' || error.code === 'invalid_input')) rememberLastProject(null);
          showError(`Could not reopen the last project: ${errorMessage(error)}`);
        },
      )
      .finally(() => {
        if (!cancelled) setBooting(false);
      });
    return () => {
      cancelled = true;
    };
  }, [client, refreshInfo, showProject, showError, setBooting]);
}

// Events from the engine for the open project: its new state, and its jobs' progress.
function useProjectEvents(client: RendererClient, projectIdRef: { readonly current: string | null }, dispatch: Dispatch<Parameters<typeof projectReducer>[1]>): void {
  useEffect(
    () =>
      client.subscribe((event) => {
        const openId = projectIdRef.current;
        if (event.event === 'project.changed') {
          if (event.payload.projectId === openId) dispatch({ type: 'replace', state: event.payload.state });
        } else if (event.event === 'job.updated') {
          if (event.payload.projectId === openId) dispatch({ type: 'job', projectId: openId, job: event.payload.job });
        }
      }),
    [client, projectIdRef, dispatch],
  );
}

// After a reconnect, anything may have changed: fetch it again.
function useRefetchAfterReconnect(client: RendererClient, status: ConnectionStatus, projectIdRef: { readonly current: string | null }, refreshInfo: () => void, applyState: (state: ProjectState) => void, showError: (message: string) => void): void {
  const wasDisconnected = useRef(false);
  useEffect(() => {
    if (status === 'disconnected') {
      wasDisconnected.current = true;
      return;
    }
    if (status !== 'connected' || !wasDisconnected.current) return;
    wasDisconnected.current = false;
    refreshInfo();
    const openId = projectIdRef.current;
    if (openId) client.invoke('projects.state', { projectId: openId }).then(applyState, (error: unknown) => showError(errorMessage(error)));
  }, [status, client, projectIdRef, refreshInfo, applyState, showError]);
}
