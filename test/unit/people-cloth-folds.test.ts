// Cloth over a bending joint (cloth-folds.ts): a waving woman's long sleeve bunches in folds on the
// inside of her bent elbow, so the picture's shading varies there far more than along the sleeve
// away from the elbow (a smooth tube); a pressed trouser leg has a crease down its front (a
// thin lit line across the leg's shading) that breaks in a fold over the shoe.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { BREAK, clothFoldsAt, clothFoldsPattern, FOLDS, foldParams, PARAMS_LENGTH } from '../../main/engine/frames/people/cloth-folds';
import { viewRays } from '../../main/engine/frames/shading/view-rays';
import type { SurfaceSample } from '../../main/engine/frames/shading/surfaces';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

describe('a sleeve over a bent elbow', () => {
  it('varies in shading on the inside of the bend (folds) at least twice as much as the sleeve away from the elbow', async () => {
    // Seed 2: she wears a long-sleeved top and waves with her elbow bent.
    const plan = parsePrompt('close-up of a woman waving');
    plan.format = { ...plan.format, durationSec: 1.5, width: 426, height: 240 };
    expect(appearanceFor(plan.entities.find((e) => e.kind === 'person')!, 2).top.kind).toBe('longsleeve');
    const renderer = createFrameRenderer(plan, await simulate(plan, 2), { grain: false, antialias: false });
    const px = renderer.renderFrame(30);
    const { target, draws, camera } = renderer.lastFrame();
    const W = target.width;
    // The arm whose elbow is bent most, from its pattern's own numbers (the elbow, the way into the
    // bend, how bent), and its pixels.
    const arms = draws.items.filter((d) => d.material.pattern?.name === 'cloth-folds' && d.mesh.name.startsWith('arm'));
    const bent = arms.map((d) => ({ d, p: d.material.pattern!.nativeParams!(0).slice(1) })).sort((x, y) => y.p[18]! - x.p[18]!)[0]!;
    expect(bent.p[18]).toBeGreaterThan(0.3);
    const mask = objectPixels(renderer, bent.d.mesh.name).mask;
    // Each pixel's point on the sleeve (the G-buffer's depth along the pixel's ray), placed as the
    // pattern places it: along its bone from the elbow, and how far round towards the inside.
    const rays = viewRays(camera, W, target.height);
    const p = bent.p, reach = FOLDS.reachH * p[22]!;
    const place = (x: number, y: number): { t: number; inward: number } => {
      const w = 1 / target.depth[y * W + x]!, nx = ((x + 0.5) / W) * 2 - 1, ny = 1 - ((y + 0.5) / target.height) * 2;
      const d = [0, 1, 2].map((k) => [rays.px, rays.py, rays.pz][k]! + w * ([rays.fx, rays.fy, rays.fz][k]! + nx * [rays.rx, rays.ry, rays.rz][k]! + ny * [rays.ux, rays.uy, rays.uz][k]!) - p[k]!);
      const o = d[0]! * p[3]! + d[1]! * p[4]! + d[2]! * p[5]! > 0 ? 12 : 9;
      const t = d[0]! * p[o]! + d[1]! * p[o + 1]! + d[2]! * p[o + 2]!;
      const r = d.map((v, k) => v - t * p[o + k]!), rl = Math.hypot(r[0]!, r[1]!, r[2]!);
      return { t, inward: (r[0]! * p[6]! + r[1]! * p[7]! + r[2]! * p[8]!) / rl };
    };
    const lum = (i: number): number => 0.2126 * px[i * 4]! + 0.7152 * px[i * 4 + 1]! + 0.0722 * px[i * 4 + 2]!;
    // Mean step in luminance between neighbouring pixels of the sleeve towards the inside of the
    // bend near the elbow (the camera sees the bend from its side), and on the sleeve well away from the elbow, away from its outline
    // (where the shading turns fast round the sleeve's edge, and the background bleeds in).
    const steps = { folded: [] as number[], away: [] as number[] };
    for (let y = 3; y < target.height - 3; y++) {
      for (let x = 3; x < W - 3; x++) {
        const i = y * W + x;
        if ([0, 1, 2, 3, -1, -2, W, 2 * W, 3 * W, -W, -2 * W].some((o) => !mask[i + o])) continue;
        const { t, inward } = place(x, y);
        const step = Math.abs(lum(i + 1) - lum(i)) + Math.abs(lum(i + W) - lum(i));
        if (Math.abs(t) < 0.8 * reach && inward > 0.15) steps.folded.push(step);
        else if (Math.abs(t) > 3 * reach) steps.away.push(step);
      }
    }
    const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
    expect(steps.folded.length).toBeGreaterThan(30);
    expect(steps.away.length).toBeGreaterThan(30);
    expect(mean(steps.folded), `folded ${mean(steps.folded).toFixed(2)} (${steps.folded.length} px), away ${mean(steps.away).toFixed(2)} (${steps.away.length} px)`).toBeGreaterThan(2 * mean(steps.away));
  }, 60_000);
});

describe('a trouser leg', () => {
  // A straight leg of a 1.8 m man facing +z: hip, knee, ankle down the y axis, 0.06 m round.
  const H = 1.8, R = 0.06;
  const joints = { a: new THREE.Vector3(0, 0.95, 0), b: new THREE.Vector3(0, 0.5, 0), c: new THREE.Vector3(0, 0.08, 0), front: new THREE.Vector3(0, 0, 1) };
  const params = foldParams(joints, H, true);
  // Lit from the front and above, grey cloth; a pixel `footprint` wide.
  const L = new THREE.Vector3(0.3, 0.5, 1).normalize();
  function lit(angle: number, y: number, footprint: number): number {
    const nx = Math.sin(angle), nz = Math.cos(angle);
    const s: SurfaceSample = { x: R * nx, y, z: R * nz, lx: 0, ly: 0, lz: 0, nx, ny: 0, nz, footprint, t: 0, r: 0.3, g: 0.3, b: 0.3, roughness: 0.8, metalness: 0, cavity: 1 };
    clothFoldsAt(s, params);
    return s.r * Math.max(0, s.nx * L.x + s.ny * L.y + s.nz * L.z);
  }

  it.each([[0.0008, 0.02], [0.004, 0.006]])('has a crease down its front: a lit line across the leg (pixel %f m, contrast over %f)', (footprint, least) => {
    // Across the thigh's front, a pixel apart: the line's middle against its neighbours two pixels off.
    const step = footprint / R;
    const mid = lit(0, 0.75, footprint), off = (lit(-2 * step, 0.75, footprint) + lit(2 * step, 0.75, footprint)) / 2;
    expect((mid - off) / off).toBeGreaterThan(least);
    // Round the side, away from the crease, the shading runs smoothly.
    const side = lit(1.2, 0.75, footprint), sideOff = (lit(1.2 - 2 * step, 0.75, footprint) + lit(1.2 + 2 * step, 0.75, footprint)) / 2;
    expect(Math.abs(side - sideOff) / sideOff).toBeLessThan(0.02);
  });

  it('breaks in a fold over the shoe: a dark trough across the front just above the hem', () => {
    const crest = joints.c.y + BREAK.aboveH * H;
    const below = lit(0.3, crest - BREAK.widthH * H, 0.001), above = lit(0.3, crest + 3 * BREAK.widthH * H, 0.001);
    expect(below).toBeLessThan(0.85 * above);
  });
});

describe('a trouser leg at the hip', () => {
  // A 1.8 m man facing +z, his hip at 0.95 m: the thigh hanging, and lifted level in front (a
  // stride's or a kick's knee raised).
  const H = 1.8, R = 0.07, hip = new THREE.Vector3(0, 0.95, 0);
  const L = new THREE.Vector3(0.3, 0.5, 1).normalize();
  const plain = { name: 'plain', local: false, apply: (): void => undefined };
  // The lit shading along the thigh's surface on the inside of the hip's bend (its top when lifted,
  // its front when hanging), from the hip out 10 cm.
  function along(knee: THREE.Vector3): number[] {
    const v = (x: number, y: number, z: number): THREE.Vector3 => new THREE.Vector3(x, y, z);
    const kneeJ = { a: hip.clone(), b: knee.clone(), c: knee.clone().add(v(0, -0.45, 0)), front: v(0, 0, 1) };
    const hipJ = { a: hip.clone().add(v(0, 0.15 * H, 0)), b: hip.clone(), c: knee.clone(), front: v(0, 0, 1) };
    const pattern = clothFoldsPattern(plain, kneeJ, H, true, hipJ);
    expect(pattern.nativeParams!(0)).toHaveLength(2 + 2 * PARAMS_LENGTH);
    const axis = knee.clone().sub(hip).normalize(), out = knee.y > 0.9 ? v(0, 1, 0) : v(0, 0, 1);
    return Array.from({ length: 50 }, (_, i) => {
      const p = hip.clone().addScaledVector(axis, 0.002 * i).addScaledVector(out, R);
      const s: SurfaceSample = { x: p.x, y: p.y, z: p.z, lx: 0, ly: 0, lz: 0, nx: out.x, ny: out.y, nz: out.z, footprint: 0.0008, t: 0, r: 0.3, g: 0.3, b: 0.3, roughness: 0.8, metalness: 0, cavity: 1 };
      pattern.apply(s);
      return s.r * Math.max(0, s.nx * L.x + s.ny * L.y + s.nz * L.z);
    });
  }
  const spread = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);

  it('folds across the front of the hip when the thigh lifts, and lies smooth when it hangs', () => {
    const lifted = along(new THREE.Vector3(0, 0.95, 0.45)), hanging = along(new THREE.Vector3(0, 0.5, 0));
    expect(spread(hanging)).toBeLessThan(0.01);
    expect(spread(lifted)).toBeGreaterThan(5 * Math.max(spread(hanging), 0.005));
  });
});
