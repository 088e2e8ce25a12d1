// The sound of the dialogue and music tracks during preview: one <audio> element per track, kept on
// the clip under the playhead, at that clip's volume and fades, and one more on the dialogue track for
// the generated clips' spoken lines linked to it. The picture's own sound plays from the preview
// <video> (see playback.ts).
import { clipCovering, fadeGain, partCovering, sourceTime, type PlacedClip, type TimelineView } from './timeline-layout';

// While playing, an element drifting further than this from the timeline is seeked back.
const MAX_DRIFT_SEC = 0.15;

interface Lane {
  element: HTMLAudioElement;
  url: string | null;
}

export class AudioBed {
  private readonly lanes = new Map<string, Lane>();

  constructor(private readonly urlFor: (placed: PlacedClip) => string | null) {}

  // Brings every lane to `timeSec`: the right file, position and level, playing or not.
  sync(view: TimelineView, timeSec: number, playing: boolean, rate: number): void {
    const seen = new Set<string>();
    for (const lane of view.tracks) {
      if (lane.track.kind !== 'dialogue' && lane.track.kind !== 'music') continue;
      seen.add(lane.track.id);
      const placed = lane.track.muted ? null : clipCovering(lane.clips, timeSec);
      this.syncLane(this.lane(lane.track.id), placed, timeSec, playing && rate > 0, rate, lane.track.volume);
      if (lane.linked.length === 0) continue;
      const spoken = `${lane.track.id}:speech`;
      seen.add(spoken);
      const speech = lane.track.muted ? null : partCovering(lane.linked, timeSec);
      this.syncLane(this.lane(spoken), speech, timeSec, playing && rate > 0, rate, lane.track.volume);
    }
    for (const [id, lane] of this.lanes) {
      if (!seen.has(id)) {
        lane.element.pause();
        this.lanes.delete(id);
      }
    }
  }

  stop(): void {
    for (const lane of this.lanes.values()) lane.element.pause();
  }

  dispose(): void {
    this.stop();
    this.lanes.clear();
  }

  private lane(trackId: string): Lane {
    let lane = this.lanes.get(trackId);
    if (!lane) {
      const element = new Audio();
      element.preload = 'auto';
      lane = { element, url: null };
      this.lanes.set(trackId, lane);
    }
    return lane;
  }

  private syncLane(lane: Lane, placed: PlacedClip | null, timeSec: number, playing: boolean, rate: number, trackVolume: number): void {
    const url = placed ? this.urlFor(placed) : null;
    const { element } = lane;
    if (!placed || !url) {
      if (!element.paused) element.pause();
      return;
    }
    const offset = sourceTime(placed, timeSec);
    if (url !== lane.url) {
      lane.url = url;
      element.src = url;
      element.currentTime = offset;
    } else if (!playing || Math.abs(element.currentTime - offset) > MAX_DRIFT_SEC) {
      if (Math.abs(element.currentTime - offset) > 1e-3) element.currentTime = offset;
    }
    // An <audio> element cannot go above full volume; boosts are heard in the export.
    element.volume = Math.min(1, fadeGain(placed.clip, timeSec) * trackVolume);
    element.playbackRate = Math.max(0.25, rate);
    if (playing && element.paused) element.play().catch(() => undefined);
    if (!playing && !element.paused) element.pause();
  }
}
