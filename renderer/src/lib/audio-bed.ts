// Every sound the export mixes, heard during preview: one <audio> element per dialogue and music
// track, kept on the clip under the playhead at that clip's volume and fades; one per voice file sounding on
// the dialogue track (parts of layered clips overlap, and each is heard, as in the export); and one
// per clip-sound track (A1, A2...) whose clip is not the picture on screen: a clip covered by a higher
// layer, or on a hidden video track, is unseen but still heard. The shown picture's own sound plays
// from the preview <video> itself (see playback.ts), which keeps it locked to the frames.
import { TIME_EPSILON } from '../../../main/contract/timeline';
import { clipCovering, fadeGain, partsInRange, sourceTime, type PlacedClip, type TimelineView } from './timeline-layout';

// While playing, an element drifting further than this from the timeline is seeked back.
const MAX_DRIFT_SEC = 0.15;

// What the bed uses of an <audio> element (a test can hand in its own).
export type SoundElement = Pick<HTMLAudioElement, 'src' | 'currentTime' | 'volume' | 'playbackRate' | 'paused' | 'preload' | 'play' | 'pause'>;

interface Lane {
  element: SoundElement;
  url: string | null;
}

export class AudioBed {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly urlFor: (placed: PlacedClip) => string | null,
    private readonly makeElement: () => SoundElement = () => new Audio(),
  ) {}

  // Brings every lane to `timeSec`: the right file, position and level, playing or not.
  // `shownClipId` is the video clip whose picture (and so whose own sound) the preview <video> plays.
  sync(view: TimelineView, timeSec: number, playing: boolean, rate: number, shownClipId: string | null): void {
    const seen = new Set<string>();
    const heard = playing && rate > 0;
    const play = (key: string, placed: PlacedClip | null, volume: number): void => {
      // An element is made for a lane only once it has something to play.
      if (!placed && !this.lanes.has(key)) return;
      seen.add(key);
      this.syncLane(this.lane(key), placed, timeSec, heard, rate, volume);
    };
    for (const lane of view.tracks) {
      const { track } = lane;
      if (track.kind === 'video' || track.muted) continue;
      const placed = clipCovering(lane.clips, timeSec);
      // A sound track's clips are its video track's: the shown one is heard from the <video>.
      if (track.kind !== 'sound' || (placed && placed.clip.id !== shownClipId)) play(track.id, placed, track.volume);
      // A voice file plays from one element while its parts follow each other, so the lines run on
      // across a split (an element per part was remade at each cut, three times as the playhead
      // jittered over it); layered parts of the same file playing at once get one element each.
      const slots = new Map<string, number>();
      for (const part of partsInRange(lane.linked, timeSec, timeSec + TIME_EPSILON)) {
        const url = this.urlFor(part) ?? part.clip.id;
        const slot = slots.get(url) ?? 0;
        slots.set(url, slot + 1);
        play(`${track.id}:speech:${url}:${slot}`, part, track.volume);
      }
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
      const element = this.makeElement();
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
