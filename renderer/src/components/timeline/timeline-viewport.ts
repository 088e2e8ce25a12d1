// The timeline's zoom and scroll, kept outside React: zooming writes one CSS variable (--pps) that
// every clip's position and width are computed from, so a zoom frame re-renders nothing. React
// hears only about "commits": the zoom level once it settles, and the stretch of time to draw
// (the view plus one screen either side), which changes only when scrolling leaves it.
import { clampPps } from './zoom';

export interface DrawWindow {
  fromSec: number;
  toSec: number;
}

export interface ViewportSnapshot {
  // The zoom React draws at (waveforms, ticks); the live zoom may be ahead of it mid-gesture.
  pixelsPerSecond: number;
  window: DrawWindow;
}

// A zoom gesture commits this long after its last step.
const COMMIT_DELAY_MS = 120;
const TAIL_SEC = 4;

export class TimelineViewport {
  private pps: number;
  private scrollEl: HTMLElement | null = null;
  private contentEl: HTMLElement | null = null;
  private durationSec = 0;
  private snapshot: ViewportSnapshot;
  private commitTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingZoom: { pps: number; time: number; offsetX: number } | null = null;
  private readonly frameListeners = new Set<() => void>();
  private readonly commitListeners = new Set<() => void>();

  constructor(initialPps: number) {
    this.pps = initialPps;
    this.snapshot = { pixelsPerSecond: initialPps, window: { fromSec: 0, toSec: 60 } };
  }

  readonly getSnapshot = (): ViewportSnapshot => this.snapshot;
  readonly subscribeCommit = (listener: () => void): (() => void) => add(this.commitListeners, listener);
  readonly subscribeFrame = (listener: () => void): (() => void) => add(this.frameListeners, listener);

  get pixelsPerSecond(): number {
    return this.pps;
  }

  get scrollLeft(): number {
    return this.scrollEl?.scrollLeft ?? 0;
  }

  get width(): number {
    return this.scrollEl?.clientWidth ?? 0;
  }

  attach(scrollEl: HTMLElement | null, contentEl: HTMLElement | null): () => void {
    this.scrollEl = scrollEl;
    this.contentEl = contentEl;
    if (!scrollEl) return () => undefined;
    this.apply();
    const onScroll = (): void => this.onScroll();
    scrollEl.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(onScroll);
    observer.observe(scrollEl);
    this.commit();
    return () => {
      scrollEl.removeEventListener('scroll', onScroll);
      observer.disconnect();
      if (this.commitTimer) clearTimeout(this.commitTimer);
    };
  }

  setDuration(durationSec: number): void {
    this.durationSec = durationSec;
    this.apply();
  }

  timeAtClientX(clientX: number): number {
    const rect = this.contentEl?.getBoundingClientRect();
    return rect ? Math.max(0, (clientX - rect.left) / this.pps) : 0;
  }

  // Zooms keeping `anchorTime` (default: the middle of the view) at the same place on screen. Steps
  // arriving within one frame (a fast wheel) are applied once, at the next frame.
  // `screenX` puts the anchor at that distance from the view's left edge instead (Fit: time 0 at 0).
  zoomTo(pps: number, anchorTime?: number, screenX?: number): void {
    const el = this.scrollEl;
    if (!el) return;
    const first = this.pendingZoom === null;
    const time = this.pendingZoom?.time ?? anchorTime ?? (el.scrollLeft + el.clientWidth / 2) / this.pps;
    const offsetX = this.pendingZoom?.offsetX ?? screenX ?? time * this.pps - el.scrollLeft;
    this.pendingZoom = { pps: clampPps(pps), time, offsetX };
    if (first) requestAnimationFrame(() => this.applyZoom());
  }

  // The zoom the next frame will show (wheel steps build on it, not on the last drawn one).
  get targetPixelsPerSecond(): number {
    return this.pendingZoom?.pps ?? this.pps;
  }

  private applyZoom(): void {
    const el = this.scrollEl;
    const pending = this.pendingZoom;
    this.pendingZoom = null;
    if (!el || !pending) return;
    const { time, offsetX } = pending;
    const next = pending.pps;
    this.pps = next;
    // While zooming, clips drop their labels and handles (CSS: .is-zooming) so each frame restyles
    // less; they come back when the gesture settles.
    this.contentEl?.classList.add('is-zooming');
    this.apply();
    el.scrollLeft = Math.max(0, time * next - offsetX);
    this.emitFrame();
    if (this.commitTimer) clearTimeout(this.commitTimer);
    this.commitTimer = setTimeout(() => this.commit(), COMMIT_DELAY_MS);
  }

  scrollToTime(timeSec: number, marginPx: number): void {
    const el = this.scrollEl;
    if (el) el.scrollLeft = Math.max(0, timeSec * this.pps - marginPx);
  }

  private apply(): void {
    const content = this.contentEl;
    if (!content) return;
    content.style.setProperty('--pps', String(this.pps));
    content.style.width = `${Math.max(this.width, (this.durationSec + TAIL_SEC) * this.pps)}px`;
  }

  private onScroll(): void {
    this.apply();
    this.emitFrame();
    // Mid-zoom, the drawn stretch waits for the gesture to settle (one React render, not one per
    // step); plain scrolling redraws as soon as the view leaves it.
    if (this.commitTimer !== null) return;
    const { window } = this.snapshot;
    const from = this.scrollLeft / this.pps;
    const to = (this.scrollLeft + this.width) / this.pps;
    if (from < window.fromSec || to > window.toSec) this.commit();
  }

  private commit(): void {
    this.commitTimer = null;
    this.contentEl?.classList.remove('is-zooming');
    const viewSec = Math.max(1, this.width / this.pps);
    const from = this.scrollLeft / this.pps;
    // Half a screen either side: enough to scroll a while without drawing anything new.
    this.snapshot = { pixelsPerSecond: this.pps, window: { fromSec: Math.max(0, from - viewSec / 2), toSec: from + 1.5 * viewSec } };
    for (const listener of [...this.commitListeners]) listener();
  }

  private emitFrame(): void {
    for (const listener of [...this.frameListeners]) listener();
  }
}

function add(set: Set<() => void>, listener: () => void): () => void {
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}
