// The bottom timeline: toolbar (snapping, tracks, zoom), track headers, and the scrolling area with
// the ruler (markers, in/out), one lane per track and the playhead across them. Zoom and scroll live
// in TimelineViewport, outside React; lanes draw only the clips within the drawn stretch of time.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import type { Job } from '../../../../main/contract/model';
import type { Marker } from '../../../../main/contract/timeline';
import type { PlaybackController } from '../../lib/playback';
import { formatDuration, type TimeFormat } from '../../lib/timecode';
import type { PlacedClip, TimelineView } from '../../lib/timeline-layout';
import type { EditorActions } from '../../state/useEditorActions';
import type { Selection, TimelineCommands } from '../../state/useTimelineCommands';
import { ContextMenu, type MenuState } from './ContextMenu';
import type { TakeRange } from './range-gesture';
import { Playhead } from './Playhead';
import { at } from './Ruler';
import { Ruler } from './Ruler';
import { TrackHeader } from './TrackHeader';
import { TrackLane, type GapRef } from './TrackLane';
import { clipMenu, gapMenu, laneMenu, markerMenu } from './timeline-menus';
import { TimelineViewport } from './timeline-viewport';
import { useFollowPlayhead } from './useFollowPlayhead';
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
  const { view, jobs, controller, commands, selection, onSelectionChange } = props;
  const sectionRef = useRef<HTMLElement | null>(null);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const contentRef = useRef<HTMLDivElement | null>(null);
  const [viewport] = useState(() => new TimelineViewport(DEFAULT_PPS));
  // The drawn stretch and zoom change as a transition: React renders the newly visible clips in
  // slices between frames instead of stalling a scroll frame.
  const [{ pixelsPerSecond, window }, setSnapshot] = useState(viewport.getSnapshot);
  useEffect(() => viewport.subscribeCommit(() => startTransition(() => setSnapshot(viewport.getSnapshot()))), [viewport]);
  const [menu, setMenu] = useState<MenuState | null>(null);
  useEffect(() => viewport.attach(scrollRef.current, contentRef.current), [viewport]);
  useEffect(() => viewport.setDuration(view.duration), [viewport, view.duration]);
  useWheelZoom(scrollRef, viewport);
  useFollowPlayhead(viewport, controller);

  const takeFocus = useCallback(() => sectionRef.current?.focus({ preventScroll: true }), []);
  const lanes = useLaneGestures({ ...props, viewport, takeFocus });
  const selected = new Set(selection.clipIds);
  const openMenu = (event: ReactMouseEvent, items: MenuState['items']) => {
    event.preventDefault();
    event.stopPropagation();
    setMenu({ x: event.clientX, y: event.clientY, items });
  };
  const onClipMenu = useCallback(
    (event: ReactMouseEvent<HTMLElement>, placed: PlacedClip) => {
      if (!selection.clipIds.includes(placed.clip.id)) onSelectionChange({ clipIds: [placed.clip.id], gap: null });
      openMenu(event, clipMenu(commands, placed.clip.trackId, placed.track.muted));
    },
    [commands, selection.clipIds, onSelectionChange],
  );
  const onGap = useCallback(
    (gap: GapRef, event: ReactMouseEvent<HTMLElement>) => {
      takeFocus();
      onSelectionChange({ clipIds: [], gap });
      if (event.type === 'contextmenu') openMenu(event, gapMenu(commands, gap));
    },
    [commands, onSelectionChange, takeFocus],
  );
  const onLaneMenu = useCallback((event: ReactMouseEvent<HTMLElement>) => openMenu(event, laneMenu(commands)), [commands]);
  const onMarkerMenu = useCallback(
    (event: React.MouseEvent, marker: Marker) =>
      openMenu(event, markerMenu(marker, (t) => controller.seek(t), (markerId) => void props.actions.edit('markers.delete', { markerId }))),
    [controller, props.actions],
  );
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
            <TrackHeader key={lane.track.id} track={lane.track} onToggleMute={commands.toggleMute} />
          ))}
        </div>
        <div className="timeline-scroll" ref={scrollRef}>
          <div className="timeline-content" ref={contentRef}>
            <Ruler viewport={viewport} fps={view.fps} format={props.timeFormat} markers={view.markers} range={view.range} onScrub={lanes.onScrub} onMarkerClick={(m) => controller.seek(m.timeSec)} onMarkerMenu={onMarkerMenu} />
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
                onClipMenu={onClipMenu}
                onGap={onGap}
                onLanePointerDown={lanes.onScrub}
                onLaneMenu={onLaneMenu}
                onDropFiles={lanes.onDropFiles}
                timeAt={lanes.timeAt}
                clipRange={props.clipRange}
              />
            ))}
            {lanes.gesture?.snapAt != null ? <div className="snap-line" data-testid="snap-line" style={{ left: at(lanes.gesture.snapAt) }} /> : null}
            {lanes.gesture ? <DropIndicator previews={lanes.gesture.previews} /> : null}
            <Playhead controller={controller} />
          </div>
        </div>
      </div>
      {menu ? <ContextMenu menu={menu} onClose={() => setMenu(null)} /> : null}
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
