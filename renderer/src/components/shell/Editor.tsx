// The editor for one open project: top bar, prompt panel, preview, inspector and timeline around one
// playback controller, the selection and the shared editing commands.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Job, ProjectState } from '../../../../main/contract/model';
import { PlaybackController } from '../../lib/playback';
import { buildTimelineView, type PlacedClip } from '../../lib/timeline-layout';
import { useClient } from '../../state/client-context';
import { useNotifications } from '../../state/notifications';
import { isActiveJob } from '../../state/project-reducer';
import { useEditorActions } from '../../state/useEditorActions';
import { useEditorShortcuts } from '../../state/useEditorShortcuts';
import { useRemixState } from '../../state/useRemixActions';
import { useEditorSelection } from '../../state/useEditorSelection';
import { useMediaImport } from '../../state/useMediaImport';
import { useTimelineCommands } from '../../state/useTimelineCommands';
import { useEditorPref } from '../../state/useEditorPref';
import { useTimeFormat } from '../../state/useTimeFormat';
import { ExportDialog } from '../export/ExportDialog';
import { CameoLayer } from '../cameos/CameoLayer';
import { Inspector } from '../inspector/Inspector';
import { Preview } from '../preview/Preview';
import { PromptPanel } from '../prompt/PromptPanel';
import { Timeline } from '../timeline/Timeline';
import { MessageBar } from './MessageBar';
import { TopBar } from './TopBar';

interface EditorProps {
  project: ProjectState;
  applyState(state: ProjectState): void;
  trackJob(jobId: string): void;
  onClose(): void;
}

export function Editor({ project, applyState, trackJob, onClose }: EditorProps) {
  const client = useClient();
  const { showNotice } = useNotifications();
  const projectId = project.project.id;
  const actions = useEditorActions(projectId, applyState, trackJob);
  const view = useMemo(() => buildTimelineView(project.timeline, project.takes, project.media), [project.timeline, project.takes, project.media]);
  const mediaUrl = useCallback((path: string) => client.mediaUrl(projectId, path), [client, projectId]);
  const sourceUrl = useCallback((placed: PlacedClip) => {
    const path = placed.part === 'speech' ? placed.take?.speech?.path : (placed.take?.videoPath ?? placed.media?.path);
    return path ? mediaUrl(path) : null;
  }, [mediaUrl]);
  const [controller] = useState(() => new PlaybackController(sourceUrl, showNotice));
  useEffect(() => controller.setView(view), [controller, view]);
  const [selection, setSelection] = useEditorSelection(view, project.jobs, controller);
  const remix = useRemixState(projectId, `${project.project.path}/exports`, applyState, trackJob, mediaUrl, (clipId) => setSelection({ clipIds: [clipId], gap: null }));
  const [snapping, setSnapping] = useEditorPref('snapping');
  const [timeFormat, toggleTimeFormat] = useTimeFormat();
  const [exporting, setExporting] = useState(false);
  const firstSelected = selection.clipIds.length === 1 ? (view.byId.get(selection.clipIds[0] as string) ?? null) : null;
  const [cameosOpen, setCameosOpen] = useState(false);
  const activeJobs = useMemo(() => project.jobs.filter(isActiveJob), [project.jobs]);
  const commands = useTimelineCommands(actions, view, selection, setSelection, controller);
  const importFiles = useMediaImport(projectId, applyState);

  useEffect(() => {
    document.title = `${project.project.name} — Kinora`;
    return () => {
      document.title = 'Kinora';
    };
  }, [project.project.name]);
  useEffect(() => () => controller.pause(), [controller]);

  const deleteClip = useCallback((clipId: string) => void actions.edit('clips.delete', { clipIds: [clipId], ripple: false }), [actions]);
  useEditorShortcuts({ project, actions, commands, controller, fps: view.fps, setSelection, setSnapping });

  return (
    <div className="editor">
      <TopBar project={project} actions={actions} onClose={() => leaveProject(activeJobs, onClose)} onExport={() => setExporting(true)} canExport={view.duration > 0} onToggleCameos={() => setCameosOpen((o) => !o)} cameosOpen={cameosOpen} />
      <MessageBar />
      <div className="workspace">
        <PromptPanel actions={actions} jobs={activeJobs} recentJobs={project.jobs} />
        <Preview controller={controller} view={view} videoUrl={sourceUrl} timeFormat={timeFormat} onToggleTimeFormat={toggleTimeFormat} />
        <Inspector
          key={firstSelected ? `${firstSelected.clip.id}:${firstSelected.clip.takeId ?? ''}` : 'none'}
          selected={firstSelected}
          takes={project.takes}
          jobs={activeJobs}
          actions={actions}
          remix={remix.context}
          onDelete={deleteClip}
        />
      </div>
      <Timeline
        view={view}
        jobs={activeJobs}
        controller={controller}
        actions={actions}
        commands={commands}
        selection={selection}
        onSelectionChange={setSelection}
        snapping={snapping}
        onToggleSnapping={() => setSnapping((s) => !s)}
        timeFormat={timeFormat}
        mediaUrl={mediaUrl}
        onImportFiles={importFiles}
        clipRange={remix.range}
        onClipRange={remix.pickRange}
      />
      {exporting ? <ExportDialog project={project} view={view} timeFormat={timeFormat} onClose={() => setExporting(false)} /> : null}
      <CameoLayer open={cameosOpen} setOpen={setCameosOpen} />
    </div>
  );
}

// A generation keeps running after the project is closed and lands in it unseen: say so before
// leaving (QA: going back to Projects mid-job gave no warning).
function leaveProject(activeJobs: readonly Job[], onClose: () => void): void {
  if (activeJobs.length > 0) {
    const what = activeJobs.length === 1 ? `“${activeJobs[0]!.prompt}” is still generating` : `${activeJobs.length} generations are still running`;
    if (!window.confirm(`${what}. It will finish and land in this project while you are away. Go to Projects anyway?`)) return;
  }
  onClose();
}
