// The transport: owns the playhead time and drives the one preview <video>. While playing, the
// playhead follows the video's currentTime on every animation frame and moves on to the next clip when
// one ends; seeking the playhead seeks the video. Gaps, and clips whose media cannot play, advance
// with the wall clock so playback never stalls on them.
import type { Take } from '../../../main/contract/model';
import { clipAt, clipCovering, timelineDuration } from './timeline-layout';
import type { PlacedClip } from './timeline-layout';

const HAVE_METADATA = 1;
const HAVE_CURRENT_DATA = 2;

export class PlaybackController {
  private time = 0;
  private playing = false;
  private layout: readonly PlacedClip[] = [];
  private duration = 0;
  private video: HTMLVideoElement | null = null;
  private loadedUrl: string | null = null;
  private pendingOffset: number | null = null;
  private frame = 0;
  private lastNow = 0;
  private readonly listeners = new Set<() => void>();
  private detachVideo: (() => void) | null = null;

  constructor(
    private readonly urlFor: (take: Take) => string,
    private readonly onPlayError: (message: string) => void,
  ) {}

  // --- observable state (for useSyncExternalStore) ---
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
  readonly getTime = (): number => this.time;
  readonly isPlaying = (): boolean => this.playing;
  readonly getDuration = (): number => this.duration;
  readonly getCurrentClipId = (): string | null => clipAt(this.layout, this.time)?.clip.id ?? null;

  // --- wiring ---
  attach(video: HTMLVideoElement | null): void {
    this.detachVideo?.();
    this.detachVideo = null;
    this.video = video;
    this.loadedUrl = null;
    if (!video) return;
    const onMetadata = (): void => {
      if (this.pendingOffset !== null) {
        video.currentTime = this.pendingOffset;
        this.pendingOffset = null;
      }
      if (this.playing && video.paused) this.startVideo(video);
    };
    const onError = (): void => {
      this.pendingOffset = null;
    };
    video.addEventListener('loadedmetadata', onMetadata);
    video.addEventListener('error', onError);
    this.detachVideo = () => {
      video.removeEventListener('loadedmetadata', onMetadata);
      video.removeEventListener('error', onError);
    };
    this.syncVideo(true);
  }

  setLayout(layout: readonly PlacedClip[]): void {
    this.layout = layout;
    this.duration = timelineDuration(layout);
    if (this.time > this.duration) this.time = this.duration;
    if (this.playing && layout.length === 0) this.playing = false;
    this.syncVideo(true);
    this.emit();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.playing = false;
    this.attach(null);
    this.listeners.clear();
  }

  // --- commands ---
  seek(seconds: number): void {
    const target = Math.min(Math.max(0, Number.isFinite(seconds) ? seconds : 0), this.duration);
    this.time = target;
    this.lastNow = performance.now();
    this.syncVideo(true);
    this.emit();
  }

  play(): void {
    if (this.playing || this.layout.length === 0) return;
    if (this.time >= this.duration - 1e-3) this.time = 0;
    this.playing = true;
    this.lastNow = performance.now();
    this.syncVideo(true);
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(this.tick);
    this.emit();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    cancelAnimationFrame(this.frame);
    this.video?.pause();
    this.emit();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
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
    const video = this.video;
    if (!video) return;
    const placed = clipAt(this.layout, this.time);
    if (!placed) {
      if (this.loadedUrl !== null) {
        video.pause();
        video.removeAttribute('src');
        video.load();
        this.loadedUrl = null;
        this.pendingOffset = null;
      }
      return;
    }
    const url = this.urlFor(placed.take);
    const offset = Math.min(Math.max(0, this.time - placed.start), placed.take.durationSec);
    if (url !== this.loadedUrl) {
      this.loadedUrl = url;
      this.pendingOffset = offset;
      video.src = url;
    } else if (forceSeek) {
      const tolerance = this.playing ? 0.05 : 1e-3;
      if (video.readyState >= HAVE_METADATA) {
        if (Math.abs(video.currentTime - offset) > tolerance) video.currentTime = offset;
      } else {
        this.pendingOffset = offset;
      }
    }
    if (this.playing) {
      if (video.paused && !video.error) this.startVideo(video);
    } else if (!video.paused) {
      video.pause();
    }
  }

  private readonly tick = (now: number): void => {
    if (!this.playing) return;
    const dt = Math.max(0, (now - this.lastNow) / 1000);
    this.lastNow = now;
    const placed = clipCovering(this.layout, this.time);
    const video = this.video;
    const mediaUsable =
      placed !== null && video !== null && this.loadedUrl === this.urlFor(placed.take) && video.error === null;
    if (placed && video && mediaUsable) {
      const loading = this.pendingOffset !== null || video.readyState < HAVE_CURRENT_DATA;
      if (!loading) {
        const local = video.currentTime;
        const halfFrame = 0.5 / Math.max(1, placed.take.fps);
        if (video.ended || local >= placed.take.durationSec - halfFrame) this.time = placed.end;
        else this.time = placed.start + local;
      }
    } else {
      // A gap, or media that cannot play: keep time moving with the clock.
      this.time = placed ? Math.min(this.time + dt, placed.end) : this.time + dt;
    }
    if (this.time >= this.duration - 1e-6) {
      this.time = this.duration;
      this.playing = false;
      video?.pause();
      this.emit();
      return;
    }
    const next = clipCovering(this.layout, this.time);
    if (next?.clip.id !== placed?.clip.id) this.syncVideo(true);
    this.emit();
    this.frame = requestAnimationFrame(this.tick);
  };
}
