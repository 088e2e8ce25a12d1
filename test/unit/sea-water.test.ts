// The sea at sunset reads as water, not as sand ripples: its wind waves are short and many, so its
// reflections break into small patches (fine-scale contrast, short correlation along a row), and the
// low sun over the sea lays a glitter path on it (bright, sun-coloured pixels in the column under the
// sun, few far from it) whose sparkles move from frame to frame.
// Figures on this frame (640x360): patches 94 px long before (smooth waves with endless crests, the
// sun behind the camera, no glitter), 27 px after, with about 3560 glitter pixels under the sun, none
// far from it, and 15% of them gone a frame later.
import { describe, expect, it } from 'vitest';
import type * as THREE from 'three';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const W = 640, H = 360;

async function sunsetSea(): Promise<{ frames: Uint8Array[]; sea: Uint8Array; sunX: number; sunY: number }> {
  const plan = parsePrompt('waves crash on the beach at sunset');
  plan.format = { ...plan.format, width: W, height: H, durationSec: 2 };
  const trace = await simulate(plan, 42);
  const r = createFrameRenderer(plan, trace, { grain: false });
  const frames = [r.renderFrame(20).slice(), r.renderFrame(21).slice()];
  const { target, draws, camera } = r.lastFrame();
  // The open sea's pixels (the surf's ridges and foam drawn over it are not the sea).
  const seaId = draws.items.findIndex((d) => d.mesh.name === 'sea') + 1;
  const sea = new Uint8Array(W * H);
  for (let i = 0; i < W * H; i++) sea[i] = target.id[i] === seaId ? 1 : 0;
  // Where the sun is on screen (far along the key light's direction from the camera).
  const env = buildScene(plan, trace).env;
  const sun = camera.position.clone().add(env.keyDir.clone().multiplyScalar(1000)).project(camera as THREE.Camera);
  return { frames, sea, sunX: ((sun.x + 1) / 2) * W, sunY: ((1 - sun.y) / 2) * H };
}

const lum = (f: Uint8Array, i: number): number => (0.2126 * f[i * 4]! + 0.7152 * f[i * 4 + 1]! + 0.0722 * f[i * 4 + 2]!) / 255;

// The sea's luminance less its mean over the sea pixels within R px (the sky's gradient from the
// horizon down and the glow under the sun taken out, the waves' patches left); NaN off the sea.
function detrended(f: Uint8Array, sea: Uint8Array): Float64Array {
  const R = 15;
  const sum = new Float64Array((W + 1) * (H + 1)), cnt = new Float64Array((W + 1) * (H + 1));
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = y * W + x, o = (y + 1) * (W + 1) + x + 1;
      sum[o] = (sea[i] ? lum(f, i) : 0) + sum[o - 1]! + sum[o - W - 1]! - sum[o - W - 2]!;
      cnt[o] = sea[i]! + cnt[o - 1]! + cnt[o - W - 1]! - cnt[o - W - 2]!;
    }
  }
  const box = (t: Float64Array, x0: number, y0: number, x1: number, y1: number): number => t[y1 * (W + 1) + x1]! - t[y0 * (W + 1) + x1]! - t[y1 * (W + 1) + x0]! + t[y0 * (W + 1) + x0]!;
  const out = new Float64Array(W * H).fill(Number.NaN);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      if (!sea[y * W + x]) continue;
      const x0 = Math.max(0, x - R), x1 = Math.min(W, x + R + 1), y0 = Math.max(0, y - R), y1 = Math.min(H, y + R + 1);
      out[y * W + x] = lum(f, y * W + x) - box(sum, x0, y0, x1, y1) / box(cnt, x0, y0, x1, y1);
    }
  }
  return out;
}

// How far along a row (px) the sea's patches reach: the lag at which the detrended luminance's
// autocorrelation along rows falls below a half, over the sea pixels in rows y0..y1 away from the
// columns x0..x1 (the glitter path).
function patchLength(d: Float64Array, y0: number, y1: number, x0: number, x1: number): number {
  const MAX = 120;
  const num = new Float64Array(MAX + 1), den = new Float64Array(MAX + 1);
  const off = (x: number): boolean => x < x0 || x > x1;
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < W; x++) {
      const a = d[y * W + x]!;
      if (Number.isNaN(a) || !off(x)) continue;
      for (let lag = 0; lag <= MAX && x + lag < W; lag++) {
        const b = d[y * W + x + lag]!;
        if (Number.isNaN(b) || !off(x + lag)) break;
        num[lag] = num[lag]! + a * b;
        den[lag] = den[lag]! + 1;
      }
    }
  }
  const c0 = num[0]! / den[0]!;
  for (let lag = 1; lag <= MAX; lag++) if (num[lag]! / den[lag]! < 0.5 * c0) return lag;
  return MAX;
}

// Sea pixels in columns x0..x1 that are bright and sun-coloured (warm: red over green over blue).
function glitter(f: Uint8Array, sea: Uint8Array, x0: number, x1: number): number[] {
  const out: number[] = [];
  for (let y = 0; y < H; y++) {
    for (let x = Math.max(0, Math.round(x0)); x <= Math.min(W - 1, Math.round(x1)); x++) {
      const i = y * W + x;
      if (sea[i] && lum(f, i) > 0.9 && f[i * 4]! >= f[i * 4 + 1]! && f[i * 4 + 1]! >= f[i * 4 + 2]!) out.push(i);
    }
  }
  return out;
}

describe('the sea at sunset', () => {
  it('breaks into small patches and glints under a low sun, moving from frame to frame', async () => {
    const { frames, sea, sunX, sunY } = await sunsetSea();
    const [f0, f1] = frames as [Uint8Array, Uint8Array];
    let seaCount = 0;
    for (let i = 0; i < W * H; i++) seaCount += sea[i]!;
    expect(seaCount).toBeGreaterThan(0.25 * W * H);
    // The sun is in frame, above the sea.
    expect(sunX).toBeGreaterThan(0);
    expect(sunX).toBeLessThan(W);
    expect(sunY).toBeGreaterThan(0);

    // The near half of the sea (its lower rows on screen): the waves' patches there are short, not
    // bands running across the frame.
    let top = H, bottom = 0;
    for (let i = 0; i < W * H; i++) if (sea[i]) { top = Math.min(top, (i / W) | 0); bottom = Math.max(bottom, (i / W) | 0); }
    const patches = patchLength(detrended(f0, sea), (top + bottom) >> 1, bottom, sunX - W * 0.12, sunX + W * 0.12);
    expect(patches).toBeLessThan(60);

    // The glitter path: the columns under the sun against as wide a band far across the frame.
    const band = W * 0.04;
    const farX = sunX < W / 2 ? W * 0.8 : W * 0.2;
    const under = glitter(f0, sea, sunX - band, sunX + band), far = glitter(f0, sea, farX - band, farX + band);
    expect(under.length).toBeGreaterThan(200);
    expect(under.length).toBeGreaterThan(10 * Math.max(1, far.length));
    // Its sparkles come and go with the waves: of this frame's bright pixels under the sun, some
    // are dark in the next (the core of the path, where the sun's mirror image lies, stays bright).
    const next = new Set(glitter(f1, sea, sunX - band, sunX + band));
    const gone = under.filter((i) => !next.has(i)).length;
    expect(gone).toBeGreaterThan(0.04 * under.length);
  }, 120_000);
});
