// The right panel: the selected clip's prompt (edit to regenerate), its takes, and delete.
import type { Job, Take } from '../../../../main/contract/model';
import { formatDuration } from '../../lib/timecode';
import type { PlacedClip } from '../../lib/timeline-layout';
import type { EditorActions } from '../../state/useEditorActions';
import { ClipSound } from './ClipSound';
import { RemixSections, type RemixContext } from '../remix/RemixSections';
import { ImportTakeButton } from '../remix/ShareTake';
import { UnderstandingCard } from '../understanding/UnderstandingCard';
import { RegenerateForm } from './RegenerateForm';
import { TakeList } from './TakeList';
import { blockedCameosOf, describeBlocked, useCameoLibrary } from '../../state/cameo-context';

interface InspectorProps {
  selected: PlacedClip | null;
  takes: readonly Take[];
  jobs: readonly Job[];
  actions: EditorActions;
  remix: RemixContext;
  onDelete(clipId: string): void;
}

export function Inspector({ selected, takes, jobs, actions, remix, onDelete }: InspectorProps) {
  const { blocked } = useCameoLibrary();
  if (!selected) {
    return (
      <aside className="panel inspector" aria-label="Inspector" data-testid="inspector">
        <div className="panel-header">
          <h2>Inspector</h2>
        </div>
        <div className="panel-body inspector-empty">
          <p className="muted">Select a clip on the timeline to edit its prompt, regenerate it or switch between its takes.</p>
          <p className="muted small">Someone shared a take with you? Import it as a new clip to remix.</p>
          <ImportTakeButton actions={remix.actions} />
        </div>
      </aside>
    );
  }
  const { clip, take } = selected;
  if (!take) return <SoundInspector selected={selected} actions={actions} onDelete={onDelete} />;
  const clipTakes = clip.takeIds
    .map((id) => takes.find((t) => t.id === id))
    .filter((t): t is Take => t !== undefined);
  const regenerating = jobs.some((job) => job.clipId === clip.id);

  return (
    <aside className="panel inspector" aria-label="Inspector" data-testid="inspector" data-clip-id={clip.id}>
      <div className="panel-header">
        <h2>{selected.name}</h2>
        <span className="muted">{formatDuration(clip.durationSec)}</span>
      </div>
      <div className="panel-body inspector-body">
        {blockedCameosOf(take, blocked).length > 0 ? (
          <p className="inspector-warning" role="status" data-testid="take-cameo-warning">
            This take shows {describeBlocked(blockedCameosOf(take, blocked))}. It cannot be exported: regenerate it with someone else (pick another cameo below) or delete the clip.
          </p>
        ) : null}
        <RegenerateForm
          key={`${clip.id}:${take.id}`}
          take={take}
          busy={regenerating}
          onRegenerate={(change) => actions.regenerate(clip.id, change)}
        />
        <RemixSections clip={clip} take={take} takes={takes} busy={regenerating} {...remix} />
        <UnderstandingCard understanding={take.understanding} testId="take-understanding" />
        <dl className="take-details">
          <dt>Seed</dt>
          <dd data-testid="take-seed">{take.seed}</dd>
          <dt>Format</dt>
          <dd>
            {take.width}×{take.height} · {take.fps} fps
          </dd>
          <dt>Starts at</dt>
          <dd>{formatDuration(selected.start)}</dd>
          <dt>Plays</dt>
          <dd data-testid="clip-trim">
            {clip.sourceInSec.toFixed(2)}–{(clip.sourceInSec + clip.durationSec).toFixed(2)} s of {take.durationSec.toFixed(2)} s
          </dd>
        </dl>
        <ClipSound key={`${clip.id}:${clip.volume}:${clip.fadeInSec}:${clip.fadeOutSec}`} clip={clip} actions={actions} />
        <div className="panel-subheader">
          Takes <span className="muted">({clipTakes.length})</span>
        </div>
        <TakeList takes={clipTakes} currentTakeId={take.id} onSelect={(takeId) => void actions.selectTake(clip.id, takeId)} />
        <button type="button" className="button button-danger button-wide" onClick={() => onDelete(clip.id)} data-testid="delete-clip-button" title="Delete clip (Delete)">
          Delete clip
        </button>
      </div>
    </aside>
  );
}

// An imported sound file's clip: what it is, its sound, and delete.
function SoundInspector({ selected, actions, onDelete }: { selected: PlacedClip; actions: EditorActions; onDelete(clipId: string): void }) {
  const { clip, media } = selected;
  return (
    <aside className="panel inspector" aria-label="Inspector" data-testid="inspector" data-clip-id={clip.id}>
      <div className="panel-header">
        <h2>{selected.track.name} sound</h2>
        <span className="muted">{formatDuration(clip.durationSec)}</span>
      </div>
      <div className="panel-body inspector-body">
        <dl className="take-details">
          <dt>File</dt>
          <dd>{media?.name ?? 'missing'}{media?.fromVideo ? ' (sound of a video)' : ''}</dd>
          <dt>Starts at</dt>
          <dd>{formatDuration(selected.start)}</dd>
        </dl>
        <ClipSound key={`${clip.id}:${clip.volume}:${clip.fadeInSec}:${clip.fadeOutSec}`} clip={clip} actions={actions} />
        <button type="button" className="button button-danger button-wide" onClick={() => onDelete(clip.id)} data-testid="delete-clip-button">
          Delete clip
        </button>
      </div>
    </aside>
  );
}
