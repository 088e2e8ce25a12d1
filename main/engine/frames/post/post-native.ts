// Tone mapping, FXAA and grain in one native pass over the frame (native/render/src/post.cc), with
// the tables and constants of tonemap.ts and antialias.ts: the same bytes as the three JavaScript
// passes one after another, in a third of the trips through memory.
import type { NativeRender } from '../native-render';
import type { RasterTarget } from '../rasterizer/target';
import { FXAA_NATIVE, lumaScratch } from './antialias';
import { grainFor, TONE_TABLE } from './tonemap';

// target.hdr -> target.color (tone mapped) -> out (anti-aliased when `antialias`, grained when `grain`).
export function postNative(native: NativeRender, target: RasterTarget, exposure: number, out: Uint8Array, antialias: boolean, grain: { amount: number; frame: number } | null): void {
  const { width: W, height: H } = target;
  const g = grain && grain.amount > 0 ? grainFor(grain.amount, grain.frame) : null;
  native.post(
    target.hdr, exposure * TONE_TABLE.step, TONE_TABLE.lut, target.color, lumaScratch(W * H), out, W, H,
    antialias ? FXAA_NATIVE.thresholds : null, antialias ? FXAA_NATIVE.steps : null,
    g ? g.tile : null, g ? g.bits : 0, g ? g.weight : null, g ? g.ox : 0, g ? g.oy : 0,
  );
}
