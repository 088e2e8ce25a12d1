// A small ring of frame buffers that frames are drawn into and reused: a frame goes back to its ring
// once the encoder has handed it to ffmpeg (encode-clip.ts FrameSource.release). Without it every
// frame was a fresh array of 4 bytes a pixel (3.7 MB at 720p, 8.3 MB at 1080p), and that external
// memory set off most of V8's full collections while a take was drawn.
// A worker's ring is shared memory (the worker draws, the pool's thread reads the same bytes); the
// calling thread's is plain memory. When a consumer holds every buffer of a ring (it does not
// release frames), a frame gets a one-off buffer rather than waiting, so the pool never stalls.

export interface FrameBuffer {
  // The buffer's place in the ring, or -1 for a one-off buffer (not kept, never reused).
  slot: number;
  view: Uint8Array;
  // Shared memory the first time a slot (or a one-off buffer) is used: a worker needs it once.
  memory?: SharedArrayBuffer;
}

export class FrameRing {
  private readonly views: Uint8Array[] = [];
  private readonly free: number[] = [];

  constructor(
    private readonly bytes: number,
    private readonly capacity: number,
    private readonly shared: boolean,
  ) {}

  // A free buffer, a new one while the ring has room, else a one-off.
  take(): FrameBuffer {
    const slot = this.free.pop();
    if (slot !== undefined) return { slot, view: this.views[slot]! };
    const memory = this.shared ? new SharedArrayBuffer(this.bytes) : null;
    const view = memory ? new Uint8Array(memory) : new Uint8Array(this.bytes);
    const kept = this.views.length < this.capacity;
    if (kept) this.views.push(view);
    return { slot: kept ? this.views.length - 1 : -1, view, ...(memory ? { memory } : {}) };
  }

  // The buffer may be drawn into again (a one-off is simply dropped).
  give(slot: number): void {
    if (slot >= 0 && slot < this.views.length && !this.free.includes(slot)) this.free.push(slot);
  }

  // Buffers made so far (a bench or test can see the ring did not grow with the clip).
  get size(): number {
    return this.views.length;
  }
}
