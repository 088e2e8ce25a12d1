// The transport: owns the playhead time and drives the preview's videos (lib/preview-deck.ts). While playing, the
// playhead follows the video's currentTime on every animation frame and moves on to the next clip when
// one ends; seeking the playhead seeks the video. Gaps, and clips whose media cannot play, advance
// with the wall clock so playback never stalls on them. J/K/L shuttle sets a rate: faster forward
// plays the video faster; backwards steps the picture by seeking.
import { AudioBed } from './audio-bed';
import { PreviewDeck } from './preview-deck';
import { fadeGain, firstEndingAfter, sourceTime, videoClipAt, type PlacedClip, type TimelineView } from './timeline-layout';

const HAVE_CURRENT_DATA = 2;
const MAX_SHUTTLE_RATE = 8;
const EMPTY_VIEW: TimelineView = { fps: 24, tracks: [], markers: [], range: null, byId: new Map(), duration: 0 };

export class PlaybackController {
  private time = 0;
  private playing = false;
  private rate = 1;
  private view: TimelineView = EMPTY_VIEW;
  private readonly deck = new PreviewDeck((video) => {
    if (this.playing && this.rate > 0 && video.paused) this.startVideo(video);
  });
  private frame = 0;
  private lastNow = 0;
  private readonly listeners = new Set<() => void>();
  private readonly bed: AudioBed;

  constructor(
    private readonly urlFor: (placed: PlacedClip) => string | null,
    private readonly onPlayError: (message: string) => void,
  ) {
    this.bed = new AudioBed(urlFor);
  }

  // --- observable state (for useSyncExternalStore) ---
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
  readonly getTime = (): number => this.time;
  readonly isPlaying = (): boolean => this.playing;
  readonly getRate = (): number => (this.playing ? this.rate : 0);
  readonly getDuration = (): number => this.view.duration;
  readonly getCurrentClipId = (): string | null => videoClipAt(this.view, this.time)?.clip.id ?? null;

  // --- wiring ---
  // The preview's video elements (two: one shown, one standing by with the next clip).
  attach(videos: readonly HTMLVideoElement[] | null): void {
    this.deck.attach(videos);
    this.syncVideo(true);
  }

  setView(view: TimelineView): void {
    this.view = view;
    if (this.time > view.duration) this.time = view.duration;
    if (this.playing && view.duration <= 0) this.playing = false;
    this.syncVideo(true);
    this.emit();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.playing = false;
    this.bed.dispose();
    this.attach(null);
    this.listeners.clear();
  }

  // --- commands ---
  seek(seconds: number): void {
    this.time = Math.min(Math.max(0, Number.isFinite(seconds) ? seconds : 0), this.view.duration);
    this.lastNow = performance.now();
    this.syncVideo(true);
    this.emit();
  }

  play(rate = 1): void {
    if (this.view.duration <= 0) return;
    if (rate > 0 && this.time >= this.view.duration - 1e-3) this.time = 0;
    this.rate = rate;
    const wasPlaying = this.playing;
    this.playing = true;
    this.lastNow = performance.now();
    this.syncVideo(true);
    if (!wasPlaying) {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(this.tick);
    }
    this.emit();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.rate = 1;
    cancelAnimationFrame(this.frame);
    this.deck.active?.pause();
    this.bed.stop();
    this.emit();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  // L: forward, each press doubling the speed; J the same backwards; K stops.
  shuttle(direction: 1 | -1): void {
    const current = this.playing ? this.rate : 0;
    const next = Math.sign(current) === direction ? Math.min(MAX_SHUTTLE_RATE, Math.abs(current) * 2) * direction : direction;
    this.play(next);
  }

  // --- internals ---
  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private startVideo(video: HTMLVideoElement): void {
    video.play().catch((error: unknown) => {
      const name = error instanceof DOMException ? error.name : '';
      // AbortError: the source changed or pause() came first; NotSupportedError: the media failed and
      // the wall clock takes over. Only a refusal to play at all is worth telling the user.
      if (name === 'NotAllowedError') {
        this.pause();
        this.onPlayError('The browser blocked playback. Click Play to start it.');
      }
    });
  }

  private syncVideo(forceSeek: boolean): void {
    const placed = videoClipAt(this.view, this.time);
    this.bed.sync(this.view, this.time, this.playing, this.rate, placed?.clip.id ?? null);
    const url = placed ? this.urlFor(placed) : null;
    if (!placed || !url) {
      this.deck.clear();
      // In a gap, the clip after it waits opened.
      const next = nextPictureChange(this.view, this.time);
      if (next) this.deck.preload(this.urlFor(next), sourceTime(next, Math.max(next.start, this.time)));
      return;
    }
    const tolerance = this.playing && this.rate > 0 ? 0.05 : 1e-3;
    const video = this.deck.show({ url, offset: sourceTime(placed, this.time), forceSeek, tolerance });
    if (!video) return;
    this.deck.label(placed.clip.id, placed.take?.id ?? '');
    this.applySound(video, placed);
    const forward = this.playing && this.rate > 0;
    video.playbackRate = forward ? this.rate : 1;
    if (forward) {
      if (video.paused && !video.error) this.startVideo(video);
    } else if (!video.paused) {
      video.pause();
    }
    this.preloadNext(placed, url);
  }

  // The standby element opens the picture shown after the next cut (the clip's end, or a clip on a
  // higher track starting over it) when it is another file, at the frame shown then.
  private preloadNext(placed: PlacedClip, url: string): void {
    let at = this.time;
    for (let hops = 0; hops < 8; hops++) {
      const next = nextPictureChange(this.view, at);
      if (!next) return;
      const nextUrl = this.urlFor(next);
      const when = Math.max(next.start, at);
      if (nextUrl !== url && next.clip.id !== placed.clip.id) {
        this.deck.preload(nextUrl, sourceTime(next, when));
        return;
      }
      at = Math.max(when, next.end);
    }
  }

  // The picture's own sound: its clip's volume and fades, its sound track's mute and volume.
  private applySound(video: HTMLVideoElement, placed: PlacedClip): void {
    const sound = this.view.tracks.find((t) => t.track.linkedTrackId === placed.track.id)?.track;
    video.muted = sound?.muted ?? false;
    video.volume = Math.min(1, fadeGain(placed.clip, this.time) * (sound?.volume ?? 1));
  }

  private readonly tick = (now: number): void => {
    if (!this.playing) return;
    const dt = Math.max(0, (now - this.lastNow) / 1000);
    this.lastNow = now;
    const placed = videoClipAt(this.view, this.time);
    this.time = this.rate > 0 ? this.forwardTime(placed, dt) : Math.max(0, this.time + this.rate * dt);
    const atEnd = this.rate > 0 ? this.time >= this.view.duration - 1e-6 : this.time <= 0;
    if (atEnd) {
      this.time = this.rate > 0 ? this.view.duration : 0;
      this.pause();
      this.syncVideo(true);
      return;
    }
    const next = videoClipAt(this.view, this.time);
    // Backwards, every frame is a seek; forwards only a clip change needs one.
    this.syncVideo(this.rate < 0 || next?.clip.id !== placed?.clip.id);
    this.emit();
    this.frame = requestAnimationFrame(this.tick);
  };

  private forwardTime(placed: PlacedClip | null, dt: number): number {
    const video = this.deck.active;
    const usable = placed !== null && video !== null && this.deck.activeUrl() === this.urlFor(placed) && video.error === null;
    if (!placed || !video || !usable) return placed ? Math.min(this.time + dt * this.rate, placed.end) : this.time + dt * this.rate;
    if (this.deck.activePending() || video.readyState < HAVE_CURRENT_DATA) return this.time;
    const clipEndInSource = placed.clip.sourceInSec + placed.clip.durationSec;
    const halfFrame = 0.5 / Math.max(1, placed.take?.fps ?? this.view.fps);
    if (video.ended || video.currentTime >= clipEndInSource - halfFrame) return placed.end;
    return placed.start + (video.currentTime - placed.clip.sourceInSec);
  }
}

// The picture that shows at the next moment after `timeSec` where what shows changes: the earliest
// clip end or clip start on any unmuted video lane after it.
function nextPictureChange(view: TimelineView, timeSec: number): PlacedClip | null {
  let when = Infinity;
  for (const lane of view.tracks) {
    if (lane.track.kind !== 'video' || lane.track.muted) continue;
    for (let i = firstEndingAfter(lane.clips, timeSec); i < lane.clips.length; i++) {
      const clip = lane.clips[i]!;
      const edge = clip.start > timeSec + 1e-6 ? clip.start : clip.end;
      if (edge < when) when = edge;
      if (clip.start > timeSec + 1e-6) break;
    }
  }
  return Number.isFinite(when) ? videoClipAt(view, when + 1e-3) : null;
}
