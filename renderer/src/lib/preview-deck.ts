// The preview's two <video> elements. One shows the clip under the playhead; the other stands by with
// the next clip's file already opened and positioned at that clip's first frame. Playing across a cut,
// or seeking into the next clip, swaps the two instead of opening a file in the shown element (opening
// and probing a file costs more than the editor's 100 ms seek budget). Which element plays which role
// is written on the elements themselves (data-testid, data-role), not by React.

const HAVE_METADATA = 1;

interface Slot {
  readonly video: HTMLVideoElement;
  url: string | null;
  // Where to go once the file's metadata is in (a seek before that is lost).
  pendingOffset: number | null;
  detach: () => void;
}

export interface ShowRequest {
  url: string;
  offset: number;
  // Seek even when the same file is shown, if it is further off than `tolerance` seconds.
  forceSeek: boolean;
  tolerance: number;
}

export class PreviewDeck {
  private slots: Slot[] = [];
  private activeIndex = 0;

  // `onActiveReady` runs when the shown element's metadata arrives (the controller starts playback).
  constructor(private readonly onActiveReady: (video: HTMLVideoElement) => void) {}

  attach(videos: readonly HTMLVideoElement[] | null): void {
    for (const slot of this.slots) slot.detach();
    this.slots = (videos ?? []).map((video) => this.makeSlot(video));
    this.activeIndex = 0;
    this.assignRoles();
  }

  get active(): HTMLVideoElement | null {
    return this.slots[this.activeIndex]?.video ?? null;
  }

  activeUrl(): string | null {
    return this.slots[this.activeIndex]?.url ?? null;
  }

  // True while the shown element waits for its metadata before it can go to its frame.
  activePending(): boolean {
    return (this.slots[this.activeIndex]?.pendingOffset ?? null) !== null;
  }

  // Shows `url` at `offset`: seeks the shown file, swaps in the standby if it holds that file, or
  // opens the file in the shown element.
  show(request: ShowRequest): HTMLVideoElement | null {
    let slot = this.slots[this.activeIndex];
    if (!slot) return null;
    if (slot.url !== request.url) {
      const standbyIndex = this.slots.findIndex((s, i) => i !== this.activeIndex && s.url === request.url);
      if (standbyIndex >= 0) {
        slot.video.pause();
        this.activeIndex = standbyIndex;
        this.assignRoles();
        slot = this.slots[standbyIndex]!;
        seekSlot(slot, request.offset, 1e-3);
        return slot.video;
      }
      loadSlot(slot, request.url, request.offset);
      return slot.video;
    }
    if (request.forceSeek) seekSlot(slot, request.offset, request.tolerance);
    return slot.video;
  }

  // Opens `url` in the standby element at `offset` (nothing happens if it already holds it).
  preload(url: string | null, offset: number): void {
    const standby = this.slots.find((_, i) => i !== this.activeIndex);
    if (!standby || url === null || url === this.activeUrl()) return;
    // A file that failed (one still being written, say) is tried again; one already open only moves
    // to the clip's first frame (a trim may have changed it).
    if (standby.url === url && standby.video.error === null) seekSlot(standby, offset, 1e-3);
    else loadSlot(standby, url, offset);
  }

  // Nothing at the playhead: the shown element goes blank.
  clear(): void {
    const slot = this.slots[this.activeIndex];
    if (!slot || slot.url === null) return;
    slot.video.pause();
    slot.video.removeAttribute('src');
    slot.video.load();
    slot.url = null;
    slot.pendingOffset = null;
    this.label('', '');
  }

  // What the shown element shows, for tests and tools that read the preview.
  label(clipId: string, takeId: string): void {
    const video = this.active;
    if (!video) return;
    video.dataset.clipId = clipId;
    video.dataset.takeId = takeId;
  }

  private assignRoles(): void {
    this.slots.forEach((slot, i) => {
      const shown = i === this.activeIndex;
      slot.video.dataset.testid = shown ? 'preview-video' : 'preview-standby';
      slot.video.dataset.role = shown ? 'shown' : 'standby';
      slot.video.classList.toggle('is-standby', !shown);
      slot.video.setAttribute('aria-hidden', shown ? 'false' : 'true');
      if (!shown) {
        slot.video.muted = true;
        slot.video.pause();
        slot.video.dataset.clipId = '';
        slot.video.dataset.takeId = '';
      }
    });
  }

  private makeSlot(video: HTMLVideoElement): Slot {
    const slot: Slot = { video, url: null, pendingOffset: null, detach: () => undefined };
    const onMetadata = (): void => {
      if (slot.pendingOffset !== null) {
        video.currentTime = slot.pendingOffset;
        slot.pendingOffset = null;
      }
      if (this.slots[this.activeIndex] === slot) this.onActiveReady(video);
    };
    const onError = (): void => {
      slot.pendingOffset = null;
    };
    video.addEventListener('loadedmetadata', onMetadata);
    video.addEventListener('error', onError);
    slot.detach = () => {
      video.removeEventListener('loadedmetadata', onMetadata);
      video.removeEventListener('error', onError);
    };
    return slot;
  }
}

function loadSlot(slot: Slot, url: string, offset: number): void {
  slot.url = url;
  slot.pendingOffset = offset;
  slot.video.src = url;
}

function seekSlot(slot: Slot, offset: number, tolerance: number): void {
  if (slot.video.readyState >= HAVE_METADATA) {
    if (Math.abs(slot.video.currentTime - offset) > tolerance) slot.video.currentTime = offset;
  } else {
    slot.pendingOffset = offset;
  }
}
