// The frames the picture gets from a scene's liquid (scene-liquid.ts), as it steps.
import type { Timing } from '../simulate/schedule-types';
import type { LiquidMemory } from './liquid-state';
import type { LiquidMix } from './mix';
import type { ParticleFluid } from './pbf';
import type { TapEmitter } from './tap-flow';

export interface LiquidFrames {
  releasedAt: number | null;
  mix: LiquidMix | null;
  mixFrames: number[][];
  // Takes the starting body's mix (another liquid resting where the pour goes: resting.ts) and
  // returns its particles.
  mixing(body: { x: Float64Array; mix: LiquidMix | null }): Float64Array;
  record(fluid: ParticleFluid): void;
}

// The frames the picture gets: the particles in the scene at each video frame (a tap's not yet let
// out are not). The liquid may step less often than physics, so a frame recorded between two of
// its steps lists what was let out by its last step (releasedAt), never a layer still parked.
// With two liquids (`mix`, set at the start), each frame's mix is traded over the frame just ended
// and recorded beside it, from the same frame on (a resumed take's from its join).
export function liquidFrames(timing: Timing, mem: LiquidMemory, emitter: TapEmitter | null): LiquidFrames {
  const frames = {
    releasedAt: null as number | null,
    mix: null as LiquidMix | null,
    mixFrames: [] as number[][],
    mixing(body: { x: Float64Array; mix: LiquidMix | null }): Float64Array {
      frames.mix = body.mix;
      return body.x;
    },
    record(fluid: ParticleFluid): void {
      if (mem.firstFrame + mem.frames.length >= timing.frameCount) return;
      if (mem.frames.length === 0) frames.mixFrames = [];
      const mix = frames.mix;
      const live = emitter ? emitter.liveAt(frames.releasedAt ?? mem.stepsRun * timing.dt) : fluid.n;
      mem.frames.push(Array.from(fluid.x.subarray(0, 3 * live), (c) => Math.round(c * 1000)));
      if (!mix) return;
      mix.step(fluid.x, live, timing.substeps * timing.dt);
      frames.mixFrames.push(mix.frame(live));
    },
  };
  return frames;
}
