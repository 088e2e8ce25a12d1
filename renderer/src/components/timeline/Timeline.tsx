// The bottom timeline: toolbar (snapping, tracks, zoom), track headers, and the scrolling area with
// the ruler (markers, in/out), one lane per track and the playhead across them. Zoom and scroll live
// in TimelineViewport, outside React; lanes draw only the clips within the drawn stretch of time.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Job } from '../../../../main/contract/model';
import type { PlaybackController } from '../../lib/playback';
import { formatDuration, type TimeFormat } from '../../lib/timecode';
import type { TimelineView } from '../../lib/timeline-layout';
import type { EditorActions } from '../../state/useEditorActions';
import type { Selection, TimelineCommands } from '../../state/useTimelineCommands';
import { ContextMenu } from './ContextMenu';
import type { TakeRange } from './range-gesture';
import { Playhead } from './Playhead';
import { at } from './Ruler';
import { Ruler } from './Ruler';
import { TrackHeader } from './TrackHeader';
import { TrackLane } from './TrackLane';
import { TimelineViewport } from './timeline-viewport';
import { useFollowPlayhead } from './useFollowPlayhead';
import { useTimelineMenus } from './useTimelineMenus';
import { useLaneGestures } from './useLaneGestures';
import { useWheelZoom } from './useWheelZoom';
import { ZoomControl } from './ZoomControl';
import { DEFAULT_PPS } from './zoom';

export interface TimelineProps {
  view: TimelineView;
  jobs: readonly Job[];
  controller: PlaybackController;
  actions: EditorActions;
  commands: TimelineCommands;
  selection: Selection;
  onSelectionChange(next: Selection): void;
  snapping: boolean;
  onToggleSnapping(): void;
  timeFormat: TimeFormat;
  mediaUrl(path: string): string;
  onImportFiles(trackId: string, atSec: number, files: File[]): void;
  // The range of a clip picked for regeneration, highlighted on it; Alt+drag picks a new one.
  clipRange: TakeRange | null;
  onClipRange(range: TakeRange): void;
}

export function Timeline(props: TimelineProps) {
  const { view, jobs, controller, commands, selection } = props;
  const sectionRef = useRef<HTMLElement | null>(null);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const contentRef = useRef<HTMLDivElement | null>(null);
  const [viewport] = useState(() => new TimelineViewport(DEFAULT_PPS));
  // The drawn stretch and zoom change as a transition: React renders the newly visible clips in
  // slices between frames instead of stalling a scroll frame.
  const [{ pixelsPerSecond, window }, setSnapshot] = useState(viewport.getSnapshot);
  useEffect(() => viewport.subscribeCommit(() => startTransition(() => setSnapshot(viewport.getSnapshot()))), [viewport]);
  useEffect(() => viewport.attach(scrollRef.current, contentRef.current), [viewport]);
  useEffect(() => viewport.setDuration(view.duration), [viewport, view.duration]);
  useWheelZoom(scrollRef, viewport);
  useFollowPlayhead(viewport, controller);

  const takeFocus = useCallback(() => sectionRef.current?.focus({ preventScroll: true }), []);
  const lanes = useLaneGestures({ ...props, viewport, takeFocus });
  const selected = new Set(selection.clipIds);
  const menus = useTimelineMenus({ ...props, viewport, takeFocus });
  const fit = () => {
    if (view.duration > 0 && viewport.width > 0) viewport.zoomTo((viewport.width - 48) / view.duration, 0, 0);
  };
  const clipCount = view.tracks.filter((t) => t.track.kind !== 'sound').reduce((n, t) => n + t.clips.length, 0);

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline" ref={sectionRef} tabIndex={-1}>
      <div className="timeline-toolbar">
        <span className="timeline-title">Timeline</span>
        <span className="muted" data-testid="timeline-summary">
          {clipCount} {clipCount === 1 ? 'clip' : 'clips'} · {formatDuration(view.duration)}
        </span>
        <div className="top-bar-spacer" />
        <button type="button" className={props.snapping ? 'button button-small toggle is-on' : 'button button-small toggle'} onClick={props.onToggleSnapping} aria-pressed={props.snapping} title="Snap to clip edges, the playhead and markers (N)" data-testid="snap-toggle">
          Snap
        </button>
        <button type="button" className="button button-small button-ghost" onClick={() => void props.actions.edit('tracks.addVideo', {})} title="Add a video track for layering" data-testid="add-video-track">
          + Video track
        </button>
        <ZoomControl viewport={viewport} pixelsPerSecond={pixelsPerSecond} onFit={fit} canFit={view.duration > 0} />
      </div>
      <div className="timeline-body">
        <div className="track-headers">
          <div className="track-header track-header-ruler" />
          {view.tracks.map((lane) => (
            <TrackHeader key={lane.track.id} track={lane.track} onToggleMute={commands.toggleMute} onToggleSyncLock={commands.toggleSyncLock} onMenu={menus.onTrackMenu} />
          ))}
        </div>
        <div className="timeline-scroll" ref={scrollRef}>
          <div className="timeline-content" ref={contentRef}>
            <Ruler viewport={viewport} fps={view.fps} format={props.timeFormat} markers={view.markers} range={view.range} onScrub={lanes.onScrub} renamingMarkerId={menus.renamingMarkerId} markerHandlers={menus.markerHandlers} />
            {view.tracks.map((lane) => (
              <TrackLane
                key={lane.track.id}
                lane={lane}
                window={window}
                pixelsPerSecond={pixelsPerSecond}
                selected={selected}
                selectedGap={selection.gap}
                previews={lanes.gesture?.previews ?? null}
                dropTarget={lanes.gesture?.targetTrackId === lane.track.id}
                jobs={jobs}
                filmstripUrl={lanes.filmstripUrl}
                peaksUrl={lanes.peaksUrl}
                onClipPointerDown={lanes.onClipPointerDown}
                onClipMenu={menus.onClipMenu}
                onGap={menus.onGap}
                onLanePointerDown={lanes.onLanePointerDown}
                onLaneMenu={menus.onLaneMenu}
                onDropFiles={lanes.onDropFiles}
                timeAt={lanes.timeAt}
                clipRange={props.clipRange}
              />
            ))}
            {lanes.gesture?.snapAt != null ? <div className="snap-line" data-testid="snap-line" style={{ left: at(lanes.gesture.snapAt) }} /> : null}
            {lanes.marquee ? <div className="marquee" data-testid="marquee" style={{ left: lanes.marquee.left, top: lanes.marquee.top, width: lanes.marquee.width, height: lanes.marquee.height }} /> : null}
            {lanes.gesture ? <DropIndicator previews={lanes.gesture.previews} /> : null}
            <Playhead controller={controller} />
          </div>
        </div>
      </div>
      {menus.menu ? <ContextMenu menu={menus.menu} onClose={menus.closeMenu} /> : null}
    </section>
  );
}

// Where the dragged clips would land: a bracket from the first start to the last end.
function DropIndicator({ previews }: { previews: ReadonlyMap<string, { startSec: number; durationSec: number }> }) {
  const all = [...previews.values()];
  if (all.length === 0) return null;
  const start = Math.min(...all.map((p) => p.startSec));
  const end = Math.max(...all.map((p) => p.startSec + p.durationSec));
  return <div className="drop-indicator" data-testid="drop-indicator" style={{ left: at(start), width: `calc(var(--pps) * ${end - start}px)` }} />;
}
