// One track's lane: the clips within the drawn stretch of time (never all of them), the gaps
// between them (click to select, Delete or the menu closes one), the lane's waveform for sound, and
// dropping sound files onto a voice or music lane.
import { memo, useMemo } from 'react';
import type { DragEvent as ReactDragEvent, MouseEvent as ReactMouseEvent, PointerEvent as ReactPointerEvent } from 'react';
import type { Job } from '../../../../main/contract/model';
import { clipsInRange, partsInRange, withPreviews, type PlacedClip, type TrackView } from '../../lib/timeline-layout';
import { ClipBox, type ClipPart } from './ClipBox';
import type { ClipPreview } from './clip-gestures';
import { LaneCanvas } from './LaneCanvas';
import { PendingClip, pendingPlaces } from './PendingClip';
import { LaneWaveform } from './LaneWaveform';
import { at, span } from './Ruler';
import type { DrawWindow } from './timeline-viewport';

export interface GapRef {
  trackId: string;
  startSec: number;
  durationSec: number;
}

interface TrackLaneProps {
  lane: TrackView;
  window: DrawWindow;
  pixelsPerSecond: number;
  selected: ReadonlySet<string>;
  selectedGap: GapRef | null;
  previews: ReadonlyMap<string, ClipPreview> | null;
  dropTarget: boolean;
  jobs: readonly Job[];
  filmstripUrl(placed: PlacedClip): string | null;
  peaksUrl(placed: PlacedClip): string | null;
  onClipPointerDown(event: ReactPointerEvent<HTMLElement>, placed: PlacedClip, part: ClipPart): void;
  onClipMenu(event: ReactMouseEvent<HTMLElement>, placed: PlacedClip): void;
  onGap(gap: GapRef, event: ReactMouseEvent<HTMLElement>): void;
  onLanePointerDown(event: ReactPointerEvent<HTMLElement>): void;
  onLaneMenu(event: ReactMouseEvent<HTMLElement>, trackId: string): void;
  onDropFiles(trackId: string, clientX: number, files: File[]): void;
  timeAt(clientX: number): number;
  clipRange: { clipId: string; startSec: number; endSec: number } | null;
}

const WAVE_HEIGHT = 44;
// Below these widths a clip is drawn plain and a gap not at all (see ClipBox's `detailed`).
const DETAIL_MIN_PX = 16;
const GAP_MIN_PX = 6;
const LANE_COLORS = { video: '#2e3a60', sound: '#1f4d44', media: '#3b3970' } as const;

export const TrackLane = memo(function TrackLane(props: TrackLaneProps) {
  const { lane, window, pixelsPerSecond, selected, selectedGap, previews, jobs } = props;
  const { track } = lane;
  // A sound track's gaps are its video track's: closing one moves the pictures with their sound.
  const gapTrackId = track.linkedTrackId ?? track.id;
  const kind = track.kind === 'video' ? 'video' : track.kind === 'sound' ? 'sound' : 'media';
  const inView = clipsInRange(lane.clips, window.fromSec, window.toSec);
  const isDetailed = (placed: PlacedClip) => placed.clip.durationSec * pixelsPerSecond >= DETAIL_MIN_PX || selected.has(placed.clip.id) || previews?.has(placed.clip.id) === true;
  const visible = inView.filter(isDetailed);
  const painted = inView.filter((placed) => !isDetailed(placed));
  const acceptsFiles = track.kind === 'music' || track.kind === 'dialogue';
  // The waveform goes with a clip being dragged, as its box does.
  const heard = useMemo(() => withPreviews(lane.clips, previews), [lane.clips, previews]);
  const onDragOver = (event: ReactDragEvent<HTMLElement>) => {
    if (!acceptsFiles || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: ReactDragEvent<HTMLElement>) => {
    if (!acceptsFiles) return;
    event.preventDefault();
    // The lane takes these files: the window's cameo drop must not import them as well.
    event.stopPropagation();
    props.onDropFiles(track.id, event.clientX, Array.from(event.dataTransfer.files));
  };
  return (
    <div
      className={['track', `track-${track.kind}`, track.muted ? 'is-muted' : '', props.dropTarget ? 'is-drop-target' : ''].filter(Boolean).join(' ')}
      role="listbox"
      aria-label={`Track ${track.name}`}
      data-testid={`track-${track.name}`}
      data-track-id={track.id}
      data-track-kind={track.kind}
      onPointerDown={props.onLanePointerDown}
      onContextMenu={(event) => props.onLaneMenu(event, track.id)}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      {kind !== 'video' && lane.clips.length > 0 ? (
        <LaneWaveform clips={heard} peaksUrl={props.peaksUrl} window={window} pixelsPerSecond={pixelsPerSecond} trackVolume={track.muted ? 0 : track.volume} height={WAVE_HEIGHT} />
      ) : null}
      {painted.length > 0 ? (
        <LaneCanvas clips={painted} window={window} pixelsPerSecond={pixelsPerSecond} color={LANE_COLORS[kind]} selected={selected} timeAt={props.timeAt} onClipPointerDown={props.onClipPointerDown} onClipMenu={props.onClipMenu} />
      ) : null}
      {gapsBetween(inView).filter((gap) => gap.durationSec * pixelsPerSecond >= GAP_MIN_PX).map((gap) => {
        const isSelected = selectedGap?.trackId === gapTrackId && Math.abs(selectedGap.startSec - gap.startSec) < 1e-6;
        return (
          <div
            key={gap.startSec}
            className={isSelected ? 'gap is-selected' : 'gap'}
            style={{ left: at(gap.startSec), width: span(gap.durationSec) }}
            data-testid="gap"
            title="Gap: select and press Delete to close it"
            onPointerDown={(event) => event.stopPropagation()}
            onClick={(event) => props.onGap({ trackId: gapTrackId, ...gap }, event)}
            onContextMenu={(event) => props.onGap({ trackId: gapTrackId, ...gap }, event)}
          />
        );
      })}
      {track.kind === 'video' && track.index === 0
        ? pendingPlaces(jobs.filter((job) => job.clipId === null), lane.clips[lane.clips.length - 1]?.end ?? 0).map(({ job, startSec, durationSec }) => (
            <PendingClip key={job.id} job={job} startSec={startSec} durationSec={durationSec} />
          ))
        : null}
      {lane.linked.length > 0 ? <LinkedSpeech lane={lane} window={window} pixelsPerSecond={pixelsPerSecond} peaksUrl={props.peaksUrl} previews={previews} selected={selected} onClipPointerDown={props.onClipPointerDown} onClipMenu={props.onClipMenu} /> : null}
      {visible.map((placed) => (
        <ClipBox
          key={placed.clip.id}
          placed={placed}
          lane={kind}
          detailed
          filmstripUrl={kind === 'video' ? props.filmstripUrl(placed) : null}
          selected={selected.has(placed.clip.id)}
          preview={previews?.get(placed.clip.id) ?? null}
          job={kind === 'video' ? jobs.find((job) => job.clipId === placed.clip.id) : undefined}
          range={props.clipRange?.clipId === placed.clip.id && kind !== 'media' ? props.clipRange : null}
          onPointerDown={props.onClipPointerDown}
          onContextMenu={props.onClipMenu}
        />
      ))}
    </div>
  );
});

// The generated clips' spoken lines on the dialogue lane: their waveform and an outline per clip,
// labelled with what is said. They belong to their video clips (contract/linked-speech.ts), so they
// are edited through them: a click selects the clip (as linked audio does in other editors), a drag
// moves it, Alt+drag picks a range of it to regenerate, and a clip being dragged or trimmed takes its
// part along before the edit lands. The part cannot be selected alone: it has no timing of its own.
// Drawn after the lane's gaps (a click on a part is its clip's, not the D1 gap's) and before D1's
// own clips.
type LinkedSpeechProps = Pick<TrackLaneProps, 'lane' | 'window' | 'pixelsPerSecond' | 'peaksUrl' | 'previews' | 'selected' | 'onClipPointerDown' | 'onClipMenu'>;

function LinkedSpeech({ lane, window, pixelsPerSecond, peaksUrl, previews, selected, onClipPointerDown, onClipMenu }: LinkedSpeechProps) {
  const parts = useMemo(() => withPreviews(lane.linked, previews), [lane.linked, previews]);
  const inView = partsInRange(parts, window.fromSec, window.toSec);
  return (
    <>
      <LaneWaveform clips={parts} peaksUrl={peaksUrl} window={window} pixelsPerSecond={pixelsPerSecond} trackVolume={lane.track.muted ? 0 : lane.track.volume} height={WAVE_HEIGHT} testId="speech-waveform" className="lane-waveform linked-speech-waveform" />
      {inView.map((placed) => {
        const lines = placed.take?.speech?.lines ?? [];
        const said = lines.map((line) => `“${line.text}”`).join(' ');
        return (
          <div
            key={placed.clip.id}
            className={selected.has(placed.clip.id) ? 'linked-speech is-selected' : 'linked-speech'}
            style={{ left: at(placed.start), width: span(placed.end - placed.start) }}
            data-testid="linked-speech"
            data-clip-id={placed.clip.id}
            data-selected={selected.has(placed.clip.id)}
            title={[...lines.map((line) => `${line.speaker}: “${line.text}”`), `Spoken lines of ${placed.name}, linked to it: click selects the clip; they move, trim, split and delete with it.`].join('\n')}
            onPointerDown={(event) => onClipPointerDown(event, placed, 'body')}
            onContextMenu={(event) => onClipMenu(event, placed)}
          >
            <span className="linked-speech-label" data-testid="linked-speech-label">Speech · {placed.name}{said ? ` · ${said}` : ''}</span>
          </div>
        );
      })}
    </>
  );
}

// Gaps between consecutive clips of a (visible part of a) lane; the first clip's lead-in counts too.
function gapsBetween(clips: readonly PlacedClip[]): { startSec: number; durationSec: number }[] {
  const gaps: { startSec: number; durationSec: number }[] = [];
  clips.forEach((placed, i) => {
    const previousEnd = i === 0 ? (placed.index === 0 ? 0 : placed.start) : (clips[i - 1] as PlacedClip).end;
    if (placed.start - previousEnd > 1e-6) gaps.push({ startSec: previousEnd, durationSec: placed.start - previousEnd });
  });
  return gaps;
}
