// The timeline's right-click menus (clip, gap, lane, track header, marker) and the marker being
// renamed in place, built from the shared commands so a menu and the keyboard do the same thing.
import { useCallback, useMemo, useState } from 'react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import type { Marker, Track } from '../../../../main/contract/timeline';
import type { PlacedClip } from '../../lib/timeline-layout';
import type { MenuState } from './ContextMenu';
import type { MarkerFlagProps } from './MarkerFlag';
import type { TimelineProps } from './Timeline';
import type { TimelineViewport } from './timeline-viewport';
import type { GapRef } from './TrackLane';
import { clipMenu, gapMenu, laneMenu, markerMenu, trackMenu } from './timeline-menus';

type Options = Pick<TimelineProps, 'view' | 'controller' | 'commands' | 'selection' | 'onSelectionChange'> & {
  viewport: TimelineViewport;
  takeFocus(): void;
};

export function useTimelineMenus({ view, controller, commands, selection, onSelectionChange, viewport, takeFocus }: Options) {
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [renamingMarkerId, setRenamingMarkerId] = useState<string | null>(null);
  const openMenu = useCallback((event: ReactMouseEvent, items: MenuState['items']) => {
    event.preventDefault();
    event.stopPropagation();
    setMenu({ x: event.clientX, y: event.clientY, items });
  }, []);
  const closeMenu = useCallback(() => setMenu(null), []);
  const onClipMenu = useCallback(
    (event: ReactMouseEvent<HTMLElement>, placed: PlacedClip) => {
      if (!selection.clipIds.includes(placed.clip.id)) onSelectionChange({ clipIds: [placed.clip.id], gap: null });
      openMenu(event, clipMenu(commands, placed.track));
    },
    [commands, selection.clipIds, onSelectionChange, openMenu],
  );
  const onGap = useCallback(
    (gap: GapRef, event: ReactMouseEvent<HTMLElement>) => {
      takeFocus();
      onSelectionChange({ clipIds: [], gap });
      if (event.type === 'contextmenu') openMenu(event, gapMenu(commands, gap));
    },
    [commands, onSelectionChange, takeFocus, openMenu],
  );
  const onLaneMenu = useCallback((event: ReactMouseEvent<HTMLElement>) => openMenu(event, laneMenu(commands)), [commands, openMenu]);
  const onTrackMenu = useCallback(
    (event: ReactMouseEvent<HTMLElement>, track: Track) => openMenu(event, trackMenu(commands, track, view.tracks.map((lane) => lane.track))),
    [commands, view.tracks, openMenu],
  );
  const markerHandlers = useMemo(
    (): Omit<MarkerFlagProps, 'marker' | 'fps' | 'format' | 'renaming'> => ({
      timeAt: (clientX: number) => viewport.timeAtClientX(clientX),
      onSeek: (timeSec: number) => controller.seek(timeSec),
      onMove: commands.moveMarker,
      onRenameStart: (marker: Marker) => setRenamingMarkerId(marker.id),
      onRenameEnd: (markerId: string, label: string | null) => {
        setRenamingMarkerId(null);
        const marker = view.markers.find((m) => m.id === markerId);
        if (label !== null && marker && label !== marker.label) commands.renameMarker(markerId, label);
        takeFocus();
      },
      onMenu: (event: React.MouseEvent, marker: Marker) =>
        openMenu(event, markerMenu(marker, (t) => controller.seek(t), (m) => setRenamingMarkerId(m.id), commands)),
    }),
    [viewport, controller, commands, view.markers, takeFocus, openMenu],
  );
  return { menu, closeMenu, onClipMenu, onGap, onLaneMenu, onTrackMenu, renamingMarkerId, markerHandlers };
}
