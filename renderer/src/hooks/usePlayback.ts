// React views of the playback controller; each re-renders only when its own value changes.
import { useSyncExternalStore } from 'react';
import type { PlaybackController } from '../lib/playback';

export function usePlayheadTime(controller: PlaybackController): number {
  return useSyncExternalStore(controller.subscribe, controller.getTime);
}

export function useIsPlaying(controller: PlaybackController): boolean {
  return useSyncExternalStore(controller.subscribe, controller.isPlaying);
}

export function useCurrentClipId(controller: PlaybackController): string | null {
  return useSyncExternalStore(controller.subscribe, controller.getCurrentClipId);
}

export function useTimelineDuration(controller: PlaybackController): number {
  return useSyncExternalStore(controller.subscribe, controller.getDuration);
}
