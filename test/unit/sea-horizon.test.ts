// The sea seen from the beach: it runs on to the horizon, which is a line (the sea under it darker
// than the sky over it, no strip of sky colour between them), and a wave coming in is a crest that
// peaks and dips along the shore and breaks section by section: white water beside a dark green face,
// not one grey wall the width of the frame.
// Figures (640x360, "a kid kicks a ball on the beach", seed 1): the sea stopped 2.4 px under the
// horizon, the gap sky-coloured; now it meets it. The step across the horizon 12.7 -> 15.6 of 255
// at 854x480. Wet sand at the edge 0.58 -> 0.47 of dry sand's brightness, roughness 0.18 -> 0.12.
// The crest's top edge was one straight row (1 px of spread; now >= 3) and the bore white end to end.
// At sunset from a camera on the sand ('a ball rolls on the beach at sunset', frame 80), the band
// under the horizon away from the sun was 0.13 of the sky's brightness just above it (a navy band,
// the bore steep end to end); now 0.46 (0.43-0.72 over frames 20-110).
import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { waveTrain } from '../../main/engine/elements/surf/waves';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { sandSurface, type SurfaceSample } from '../../main/engine/frames/shading/surfaces';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const W = 640, H = 360;

async function beach(prompt = 'a kid kicks a ball on the beach'): Promise<{ frame: (t: number) => { img: Uint8Array; id: Uint16Array; names: string[]; horizonY: number }; durationSec: number; seed: number; fps: number }> {
  const plan = parsePrompt(prompt);
  plan.format = { ...plan.format, width: W, height: H };
  const trace = await simulate(plan, 1);
  const r = createFrameRenderer(plan, trace, { grain: false });
  const frame = (t: number): { img: Uint8Array; id: Uint16Array; names: string[]; horizonY: number } => {
    const img = r.renderFrame(Math.min(trace.frameCount - 1, Math.round(t * plan.format.fps))).slice();
    const { target, draws, camera } = r.lastFrame();
    // The true horizon: a point very far off level with the camera, straight ahead.
    const ahead = new THREE.Vector3();
    camera.getWorldDirection(ahead);
    ahead.y = 0;
    const far = camera.position.clone().add(ahead.normalize().multiplyScalar(1e6)).project(camera);
    return { img, id: target.id.slice(), names: draws.items.map((d) => d.mesh.name), horizonY: ((1 - far.y) / 2) * H };
  };
  return { frame, durationSec: plan.format.durationSec, seed: trace.seed, fps: plan.format.fps };
}

const lum = (f: Uint8Array, i: number): number => 0.2126 * f[i * 4]! + 0.7152 * f[i * 4 + 1]! + 0.0722 * f[i * 4 + 2]!;

describe('the sea from the beach', () => {
  it('runs on to the horizon, a line with the sea under it darker than the sky over it', async () => {
    const { frame } = await beach();
    const { img, id, horizonY } = frame(2);
    const rows: number[] = [];
    let step = 0;
    for (let x = 10; x < W - 10; x += 6) {
      let y = 0;
      while (y < H && id[y * W + x] === 0) y++;
      rows.push(y);
      step += lum(img, (y - 3) * W + x) - lum(img, (y + 2) * W + x);
    }
    expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(1);
    expect(Math.abs(rows[0]! - horizonY)).toBeLessThanOrEqual(1);
    expect(step / rows.length).toBeGreaterThan(10);
  });

  it('breaks along a crest that peaks and dips: white water beside a dark face, not a grey wall', async () => {
    const { frame, durationSec, seed } = await beach();
    const w = waveTrain(seed, durationSec).find((x) => x.breakSec > 1 && x.breakSec < durationSec - 2)!;
    const { img, id, names } = frame(w.breakSec + 1.2);
    const crestIds = new Set(names.flatMap((n, i) => (n === 'bore' || n === 'swell' ? [i + 1] : [])));
    const tops: number[] = [];
    let white = 0, dark = 0;
    for (let x = 0; x < W; x += 2) {
      let y = 0;
      while (y < H && !crestIds.has(id[y * W + x]!)) y++;
      if (y >= H) continue;
      tops.push(y);
      // Just under the crest's top edge: foam, or the wave's face.
      const l = lum(img, (y + 1) * W + x);
      if (l > 170) white++;
      else if (l < 110) dark++;
    }
    expect(tops.length).toBeGreaterThan(W / 4);
    expect(Math.max(...tops) - Math.min(...tops)).toBeGreaterThanOrEqual(3);
    expect(white / tops.length).toBeGreaterThan(0.1);
    expect(dark / tops.length).toBeGreaterThan(0.1);
  });

  it('at sunset, seen from near the sand, mirrors the warm sky under the horizon away from the sun: no navy band', async () => {
    // The ball's camera is 17 cm up: a bore 20 m out hides the far sea, so the band under the horizon
    // is the breaking wave. Where its section has not broken yet it is a swell's gentle face (10-13
    // degrees), which at this grazing view mirrors the glowing sky low over it, darker than the sky
    // and than the flat water in front (a real swell's face at sunset: about half the sky's
    // brightness). Steepened end to end (25-35 degrees) it mirrored the violet sky overhead at a few
    // percent: a navy band at 0.13 of the sky's brightness; now 0.46 (640x360, 8-bit luma).
    const { frame, fps } = await beach('a ball rolls on the beach at sunset');
    const { img, id, horizonY } = frame(80 / fps);
    let sky = 0, sea = 0, n = 0;
    // The right third of the frame, away from the sun (low on the left) and its glitter path.
    for (let x = Math.round(W * 0.67); x < W - 4; x += 4) {
      let y = 0;
      while (y < H && id[y * W + x] === 0) y++;
      if (y >= H || y < horizonY - 12) continue;
      sky += lum(img, (y - 3) * W + x);
      for (let k = 1; k <= 4; k++) sea += lum(img, (y + k) * W + x) / 4;
      n++;
    }
    expect(n).toBeGreaterThan(20);
    expect(sea / sky).toBeGreaterThan(0.35);
  });

  it('leaves the sand just behind the water\'s edge wet: under half as bright as dry sand, and glossy', () => {
    // A shore along x, the sea towards +z, the still water's edge at z = 0; a wash ran 2 m up the sand
    // and has just drawn back to it.
    const wash = { stillM: 0, reachM: 0, wetM: 2, sheenM: 2, backSec: 2, downSec: 2 };
    const sand = sandSurface({ origin: [0, 0], seaward: [0, 1], waterline: () => 0, wash: () => wash });
    const at = (z: number): SurfaceSample => {
      const s = { x: 3.1, y: 0, z, lx: 0, ly: 0, lz: 0, nx: 0, ny: 1, nz: 0, footprint: 0.02, t: 1, r: 0.7, g: 0.6, b: 0.45, roughness: 0.9, metalness: 0, cavity: 1 };
      sand.apply(s);
      return s;
    };
    const dry = at(-6), wet = at(-0.05);
    const luma = (s: SurfaceSample): number => 0.2126 * s.r + 0.7152 * s.g + 0.0722 * s.b;
    expect(luma(wet) / luma(dry)).toBeLessThan(0.5);
    expect(wet.roughness).toBeLessThan(0.13);
    expect(dry.roughness).toBeGreaterThan(0.8);
  });
});
