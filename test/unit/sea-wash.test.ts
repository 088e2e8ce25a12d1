// The beach from the water's edge: the wet band is where the washes reached (not where the sea's own
// surface happens to be), a film of water glistens where the sheet has just slid back, and the foam
// behind a break and at the wash's edge is lace, not a flat white slab.
// Figures ('waves wash up the sand', seed 1): the wet band's edge swung 2.1-3.8 m up the sand with the
// sea's swell, 0.4 m short of the wash at 4.5 s (water on dry sand); now 2.24-2.28 m against the washes'
// 2.36 m. Foam at 640x360: white pixels with a non-white neighbour, per white pixel, 0.127 -> 0.37 at
// 0.5 s and 0.183 -> 0.38 at 4 s.
import { describe, expect, it } from 'vitest';
import type * as THREE from 'three';
import { waterReach, waveTrain } from '../../main/engine/elements/surf/waves';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { sandSurface, washTongue, type SurfacePattern, type SurfaceSample } from '../../main/engine/frames/shading/surfaces';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { beachShore } from '../../main/engine/settings/beach/build';
import { SHORE_M } from '../../main/engine/settings/beach/facts';
import { simulate } from '../../main/engine/simulate/simulate';

const PROMPT = 'waves wash up the sand';

function sample(p: SurfacePattern, x: number, z: number, t: number): SurfaceSample {
  const s: SurfaceSample = { x, y: 0, z, lx: 0, ly: 0, lz: 0, nx: 0, ny: 1, nz: 0, footprint: 0.01, t, r: 0.7, g: 0.6, b: 0.4, roughness: 1, metalness: 0, cavity: 1 };
  p.apply(s);
  return s;
}

describe('the wash and the wet sand', () => {
  it('wets the sand up to where the washes reached, and leaves a glossy film where the sheet slid back', async () => {
    const plan = parsePrompt(PROMPT);
    plan.format = { ...plan.format, durationSec: 10 };
    const trace = await simulate(plan, 1);
    const { scene, layout } = buildScene(plan, trace);
    let sand: SurfacePattern | null = null;
    scene.traverse((o) => {
      const p = ((o as THREE.Mesh).material as THREE.Material | undefined)?.userData?.pattern as SurfacePattern | undefined;
      if (o.name === 'ground' && p?.name === 'sand') sand = p;
    });
    expect(sand).not.toBeNull();
    const dry = sandSurface(null);
    const waves = waveTrain(trace.seed, plan.format.durationSec);
    // The line up the sand at x (court v is -z: up the sand is +z from the still edge).
    const x = 0.3;
    const tongue = washTongue(beachShore(layout, { seed: trace.seed, durationSec: plan.format.durationSec }), x, -SHORE_M);
    let furthest = 0, filmAhead = 0;
    for (let t = 0; t <= 10; t += 0.5) {
      const reach = tongue * waterReach(waves, t);
      for (let tt = Math.max(0, t - 0.5); tt <= t; tt += 0.02) furthest = Math.max(furthest, tongue * waterReach(waves, tt));
      let edge = Number.NaN, film = Number.NaN;
      for (let q = 8; q >= -0.5; q -= 0.02) {
        const wet = sample(sand!, x, -SHORE_M + q, t), base = sample(dry, x, -SHORE_M + q, t);
        if (Number.isNaN(edge) && wet.r / base.r < 0.85) edge = q;
        if (Number.isNaN(film) && wet.roughness < 0.3) film = q;
      }
      // Never water on dry sand; once a wash has run up, the band's edge is its high mark.
      expect(edge).toBeGreaterThan(reach - 0.1);
      if (furthest > 2) expect(Math.abs(edge - furthest)).toBeLessThan(0.3);
      filmAhead = Math.max(filmAhead, film - reach);
      expect(film).toBeLessThanOrEqual(furthest + 0.05);
    }
    // During a backwash the film reaches well up behind the retreating water.
    expect(filmAhead).toBeGreaterThan(0.2);
  }, 60_000);

  it('draws the foam behind the break and at the wash\'s edge as lace', async () => {
    const W = 640, H = 360;
    const plan = parsePrompt(PROMPT);
    plan.format = { ...plan.format, width: W, height: H };
    const trace = await simulate(plan, 1);
    const r = createFrameRenderer(plan, trace, { grain: false });
    for (const frame of [12, 96]) {
      const img = r.renderFrame(frame);
      const { target, draws } = r.lastFrame();
      // Foam: bright and near-neutral (the sea's glare is blue), on the sea, the wakes, the wash's edge and the sand.
      const white = new Uint8Array(W * H);
      for (let i = 0; i < W * H; i++) {
        const id = target.id[i]!;
        const name = id ? draws.items[id - 1]!.mesh.name : '';
        const R = img[i * 4]!, G = img[i * 4 + 1]!, B = img[i * 4 + 2]!;
        const lum = (0.2126 * R + 0.7152 * G + 0.0722 * B) / 255;
        white[i] = ['sea', 'wake', 'wash-front', 'ground'].includes(name) && lum > 0.78 && Math.max(R, G, B) - Math.min(R, G, B) <= 26 ? 1 : 0;
      }
      let count = 0, edges = 0;
      for (let y = 1; y < H - 1; y++) {
        for (let x = 1; x < W - 1; x++) {
          const i = y * W + x;
          if (!white[i]) continue;
          count++;
          if (!white[i - 1] || !white[i + 1] || !white[i - W] || !white[i + W]) edges++;
        }
      }
      expect(count).toBeGreaterThan(2000);
      // A slab has edges only round its outline; lace is mostly edges.
      expect(edges / count).toBeGreaterThan(0.3);
    }
  }, 120_000);
});
