// The editor for one open project: top bar, prompt panel, preview, inspector and timeline around one
// playback controller.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ProjectState, Take } from '../../../../main/contract/model';
import { useShortcuts } from '../../hooks/useShortcuts';
import { PlaybackController } from '../../lib/playback';
import { layoutClips } from '../../lib/timeline-layout';
import { useClient } from '../../state/client-context';
import { useNotifications } from '../../state/notifications';
import { isActiveJob } from '../../state/project-reducer';
import { useEditorActions } from '../../state/useEditorActions';
import { useLandedTakes } from '../../state/useLandedTakes';
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
  const layout = useMemo(() => layoutClips(project.clips, project.takes), [project.clips, project.takes]);
  const videoUrl = useCallback((take: Take) => client.mediaUrl(projectId, take.videoPath), [client, projectId]);
  const [controller] = useState(() => new PlaybackController(videoUrl, showNotice));
  const [selectedClipId, setSelectedClipId] = useState<string | null>(null);
  const [cameosOpen, setCameosOpen] = useState(false);
  const selected = layout.find((placed) => placed.clip.id === selectedClipId) ?? null;
  const activeJobs = useMemo(() => project.jobs.filter(isActiveJob), [project.jobs]);

  useEffect(() => controller.setLayout(layout), [controller, layout]);

  // A finished generation selects its clip and parks the playhead on it. The job's end can arrive
  // just before the project state that holds the clip, so the take waits here until it shows up.
  const [landedTakeId, setLandedTakeId] = useState<string | null>(null);
  useLandedTakes(project.jobs, setLandedTakeId);
  useEffect(() => {
    const placed = landedTakeId ? layout.find((p) => p.take.id === landedTakeId) : undefined;
    if (!placed) return;
    setLandedTakeId(null);
    setSelectedClipId(placed.clip.id);
    if (!controller.isPlaying()) controller.seek(placed.start);
  }, [landedTakeId, layout, controller]);
  useEffect(() => {
    document.title = `${project.project.name} — Kinora`;
    return () => {
      document.title = 'Kinora';
    };
  }, [project.project.name]);
  useEffect(() => () => controller.pause(), [controller]);

  const deleteClip = useCallback(
    (clipId: string) => {
      void actions.deleteClip(clipId).then((ok) => {
        if (ok) setSelectedClipId((current) => (current === clipId ? null : current));
      });
    },
    [actions],
  );

  const fps = selected?.take.fps ?? layout[0]?.take.fps ?? 30;
  useShortcuts({
    togglePlay: () => controller.toggle(),
    undo: () => void (project.history.canUndo ? actions.undo() : undefined),
    redo: () => void (project.history.canRedo ? actions.redo() : undefined),
    deleteSelection: () => {
      if (selected) deleteClip(selected.clip.id);
    },
    clearSelection: () => setSelectedClipId(null),
    stepFrames: (frames) => {
      controller.pause();
      controller.seek(controller.getTime() + frames / fps);
    },
    goToStart: () => controller.seek(0),
    goToEnd: () => controller.seek(controller.getDuration()),
  });

  return (
    <div className="editor">
      <TopBar project={project} actions={actions} onClose={onClose} onToggleCameos={() => setCameosOpen((o) => !o)} cameosOpen={cameosOpen} />
      <MessageBar />
      <div className="workspace">
        <PromptPanel actions={actions} jobs={activeJobs} />
        <Preview controller={controller} layout={layout} videoUrl={videoUrl} />
        <Inspector
          key={selected ? `${selected.clip.id}:${selected.take.id}` : 'none'}
          selected={selected}
          takes={project.takes}
          jobs={activeJobs}
          actions={actions}
          onDelete={deleteClip}
        />
      </div>
      <Timeline
        projectId={projectId}
        layout={layout}
        jobs={activeJobs}
        controller={controller}
        selectedClipId={selected?.clip.id ?? null}
        onSelect={setSelectedClipId}
        onMove={(clipId, position) => void actions.moveClip(clipId, position)}
      />
      <CameoLayer open={cameosOpen} setOpen={setCameosOpen} />
    </div>
  );
}
