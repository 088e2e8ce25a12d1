// The root: loads app info, reopens the last project, routes events, and shows either the start screen
// or the editor for the open project.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { AppInfo, ProjectState } from '../../../main/contract/model';
import { ApiError } from '../api/contract';
import { errorMessage } from '../lib/errors';
import { readLastProject, rememberLastProject } from '../lib/last-project';
import { CameoProvider } from '../state/CameoProvider';
import { useClient } from '../state/client-context';
import { useNotifications } from '../state/notifications';
import { projectReducer } from '../state/project-reducer';
import { useConnectionStatus } from '../state/useConnectionStatus';
import { useJobOutcomes } from '../state/useJobOutcomes';
import { ConnectionBanner } from './shell/ConnectionBanner';
import { Editor } from './shell/Editor';
import { FfmpegWarning } from './shell/FfmpegWarning';
import { StartScreen } from './start/StartScreen';

export function App() {
  const client = useClient();
  const { showError, dismissError } = useNotifications();
  const status = useConnectionStatus(client);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [project, dispatch] = useReducer(projectReducer, null);
  const [booting, setBooting] = useState(() => readLastProject() !== null);
  const [opening, setOpening] = useState(false);
  const projectIdRef = useRef<string | null>(null);
  projectIdRef.current = project?.project.id ?? null;
  const trackJob = useJobOutcomes(project);

  const refreshInfo = useCallback(() => {
    client.invoke('app.info', {}).then(setInfo, (error: unknown) => showError(errorMessage(error)));
  }, [client, showError]);

  const applyState = useCallback((state: ProjectState) => {
    // A reply for a project that is no longer open (the user switched meanwhile) is dropped.
    if (projectIdRef.current !== state.project.id) return;
    dispatch({ type: 'replace', state });
  }, []);

  const showProject = useCallback((state: ProjectState) => {
    projectIdRef.current = state.project.id;
    dispatch({ type: 'replace', state });
    rememberLastProject(state.project.path);
    dismissError();
  }, [dismissError]);

  // Start: app info, and the project that was open last time.
  useEffect(() => {
    let cancelled = false;
    refreshInfo();
    const lastPath = readLastProject();
    if (lastPath) {
      client
        .invoke('projects.open', { path: lastPath })
        .then(
          (state) => {
            if (!cancelled) showProject(state);
          },
          (error: unknown) => {
            if (cancelled) return;
            // Forget it only if it is really gone; an unreachable engine is no reason to.
            if (error instanceof ApiError && (error.code === 'not_found' || error.code === 'invalid_input')) {
              rememberLastProject(null);
            }
            showError(`Could not reopen the last project: ${errorMessage(error)}`);
          },
        )
        .finally(() => {
          if (!cancelled) setBooting(false);
        });
    }
    return () => {
      cancelled = true;
    };
  }, [client, refreshInfo, showProject, showError]);

  // Events from the engine.
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
    [client],
  );

  // After a reconnect, anything may have changed: fetch it again.
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
    if (openId) {
      client.invoke('projects.state', { projectId: openId }).then(applyState, (error: unknown) => showError(errorMessage(error)));
    }
  }, [status, client, refreshInfo, applyState, showError]);

  const openProject = useCallback(
    async (path: string) => {
      setOpening(true);
      try {
        showProject(await client.invoke('projects.open', { path }));
      } catch (error) {
        showError(errorMessage(error));
      } finally {
        setOpening(false);
      }
    },
    [client, showProject, showError],
  );

  const createProject = useCallback(
    async (name: string) => {
      setOpening(true);
      try {
        showProject(await client.invoke('projects.create', { name }));
      } catch (error) {
        showError(errorMessage(error));
      } finally {
        setOpening(false);
      }
    },
    [client, showProject, showError],
  );

  const closeProject = useCallback(() => {
    rememberLastProject(null);
    projectIdRef.current = null;
    dispatch({ type: 'close' });
    refreshInfo();
  }, [refreshInfo]);

  return (
    <div className="app">
      <ConnectionBanner status={status} />
      {info && !info.ffmpeg.ok ? <FfmpegWarning message={info.ffmpeg.message} /> : null}
      {project ? (
        <CameoProvider>
          <Editor
            key={project.project.id}
            project={project}
            applyState={applyState}
            trackJob={trackJob}
            onClose={closeProject}
          />
        </CameoProvider>
      ) : booting ? (
        <div className="splash" aria-busy="true">
          <div className="splash-mark">Kinora</div>
          <div className="splash-text">Opening your last project…</div>
        </div>
      ) : (
        <StartScreen info={info} busy={opening} onCreate={createProject} onOpen={openProject} />
      )}
    </div>
  );
}
