// The root: shows the start screen, or the editor for the open project (state/useOpenProject.ts keeps
// it: reopening the last one, following the engine's events, refetching after a reconnect).
import { CameoProvider } from '../state/CameoProvider';
import { useClient } from '../state/client-context';
import { useNotifications } from '../state/notifications';
import { useConnectionStatus } from '../state/useConnectionStatus';
import { useJobOutcomes } from '../state/useJobOutcomes';
import { useOpenProject } from '../state/useOpenProject';
import { useProjectNotices } from '../state/useProjectNotices';
import { ConnectionBanner } from './shell/ConnectionBanner';
import { Editor } from './shell/Editor';
import { FfmpegWarning } from './shell/FfmpegWarning';
import { StartScreen } from './start/StartScreen';

export function App() {
  const client = useClient();
  const { showError, showNotice, dismissError } = useNotifications();
  const status = useConnectionStatus(client);
  const { info, project, booting, opening, applyState, openProject, createProject, closeProject } = useOpenProject(client, status, showError, dismissError);
  const trackJob = useJobOutcomes(project);
  useProjectNotices(client, project?.project.id ?? null, showNotice);

  return (
    <div className="app">
      <ConnectionBanner status={status} />
      {info && !info.ffmpeg.ok ? <FfmpegWarning message={info.ffmpeg.message} /> : null}
      {project ? (
        <CameoProvider>
          <Editor key={project.project.id} project={project} applyState={applyState} trackJob={trackJob} onClose={closeProject} />
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
