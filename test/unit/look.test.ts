// The image: tone mapping, materials and the sky change pixels as intended, and the people the
// prompt names are drawn as different bodies. Small frames; measured on pixels and drawn geometry.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import type { Material, ScenePlan } from '../../main/contract/scene-plan';
import { scenePlanSchema } from '../../main/contract/scene-plan';
import type { WorldTrace } from '../../main/contract/world-trace';
import { worldTraceSchema } from '../../main/contract/world-trace';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { addGrain, filmicToSrgb255, toneMap } from '../../main/engine/frames/post/tonemap';
import { createRasterTarget } from '../../main/engine/frames/rasterizer/target';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { hash2, hash3, valueNoise, valueNoise3 } from '../../main/engine/frames/shading/noise';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 160;
const H = 90;
const FAST = { grain: false, antialias: false } as const;
type TimeOfDay = ScenePlan['setting']['timeOfDay'];

// A grey ball resting in a park, filmed close, of a given material at a given time of day.
function restingBall(material: Material, timeOfDay: TimeOfDay = 'day'): { plan: ScenePlan; trace: WorldTrace } {
  const plan = scenePlanSchema.parse({
    version: 1,
    prompt: 'a ball in a park',
    setting: { kind: 'park', indoor: false, timeOfDay },
    entities: [{ id: 'ball', kind: 'ball', label: 'ball', material, color: 0xb0b0b0, size: [0.3], position: [0, 0.3, 0], restitution: 0.5, friction: 0.5, mass: 1 }],
    actions: [{ kind: 'drop', object: 'ball', startSec: 0 }],
    camera: { shot: 'close', angle: 'side', motion: 'follow', subject: 'ball' },
    lighting: { mood: 'neutral', intensity: 1 },
    dialogue: [],
    format: { durationSec: 1, fps: 12, width: W, height: H },
  });
  const trace = worldTraceSchema.parse({
    version: 1, seed: 1, fps: 12, frameCount: 12,
    bodies: [{ id: 'ball', shape: { kind: 'sphere', radius: 0.3 }, material, dynamic: true }],
    frames: Array.from({ length: 12 }, () => [0, 0.3, 0, 0, 0, 0, 1]),
    events: [], actors: [],
    outcome: { summary: 'The ball rests.', scored: null, rimContacts: 0, attempts: 1, intentMatched: true },
  });
  return { plan, trace };
}

const luma = (px: Uint8Array, i: number): number => 0.2126 * px[i * 4]! + 0.7152 * px[i * 4 + 1]! + 0.0722 * px[i * 4 + 2]!;

// Mean and spread of the luminance over the pixels a mask covers.
// Mean, spread and brightest luminance over the pixels a mask covers, and how much bluer than red.
function stats(px: Uint8Array, mask: Uint8Array): { mean: number; std: number; max: number; blueShift: number } {
  let n = 0, s = 0, s2 = 0, max = 0, shift = 0;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    const l = luma(px, i);
    n++; s += l; s2 += l * l; max = Math.max(max, l);
    shift += px[i * 4 + 2]! - px[i * 4]!;
  }
  return { mean: s / n, std: Math.sqrt(Math.max(0, s2 / n - (s / n) ** 2)), max, blueShift: shift / n };
}

describe('tone mapping', () => {
  it('maps radiance to display levels filmically: black stays black, mid-grey sits mid-way, highlights roll off without clipping', () => {
    expect(filmicToSrgb255(0)).toBe(0);
    // Monotonic all the way up.
    let last = -1;
    for (let v = 0; v <= 16; v += 0.01) {
      const out = filmicToSrgb255(v);
      expect(out).toBeGreaterThanOrEqual(last);
      last = out;
    }
    const grey = filmicToSrgb255(0.18);
    expect(grey).toBeGreaterThan(90);
    expect(grey).toBeLessThan(150);
    // A sun glint (4x) and a bright sky (2x) stay distinguishable instead of both clipping to white.
    expect(filmicToSrgb255(2)).toBeLessThan(filmicToSrgb255(4) - 2);
    expect(filmicToSrgb255(4)).toBeLessThan(255);
    // A hard clip would put 1.0 at white; the shoulder keeps it below.
    expect(filmicToSrgb255(1)).toBeLessThan(240);
  });

  it('applies exposure to the whole frame', () => {
    const target = createRasterTarget(4, 1);
    target.hdr.set([0.05, 0.05, 0.05, 0.18, 0.18, 0.18, 0.5, 0.5, 0.5, 2, 2, 2]);
    toneMap(target, 1);
    const base = Array.from({ length: 4 }, (_, i) => target.color[i * 4]!);
    toneMap(target, 1.25);
    const brighter = Array.from({ length: 4 }, (_, i) => target.color[i * 4]!);
    for (let i = 0; i < 4; i++) expect(brighter[i]!).toBeGreaterThan(base[i]!);
  });
});

describe('noise and grain', () => {
  it('value noise passes through the lattice hash at every corner (2D and 3D, negative cells, any seed)', () => {
    for (const [i, j, k, seed] of [[0, 0, 0, 0], [3, -7, 2, 11], [-40000, 123456, -9, 202], [2147483, -2147483, 65535, 7]] as const) {
      expect(valueNoise(i, j, seed)).toBe(hash2(i, j, seed));
      expect(valueNoise(i + 1, j + 1, seed)).toBe(hash2(i + 1, j + 1, seed));
      expect(valueNoise3(i, j, k, seed)).toBe(hash3(i, j, k, seed));
      expect(valueNoise3(i + 1, j, k + 1, seed)).toBe(hash3(i + 1, j, k + 1, seed));
    }
  });

  it('grain is the same for a frame every time, differs between frames, keeps mid-grey on average and spares black and white', () => {
    const W = 64, H = 48;
    const grey = (v: number): Uint8Array => new Uint8Array(W * H * 4).fill(v);
    const a = grey(128), b = grey(128), c = grey(128), black = grey(0), white = grey(255);
    addGrain(a, W, H, 3, 5); addGrain(b, W, H, 3, 5); addGrain(c, W, H, 3, 6);
    addGrain(black, W, H, 3, 5); addGrain(white, W, H, 3, 5);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const levels = a.filter((_, p) => p % 4 === 0);
    expect(Math.abs(levels.reduce((s, v) => s + v, 0) / levels.length - 128)).toBeLessThan(0.3);
    expect(new Set(levels).size).toBeGreaterThan(3);
    expect(black.every((v) => v === 0)).toBe(true);
    expect(white.every((v) => v === 255)).toBe(true);
  });
});

describe('materials and sky', () => {
  it('a grey metal ball mirrors the blue sky and the sun; a grey rubber one stays grey and diffuse', () => {
    const shot = (material: Material): ReturnType<typeof stats> => {
      const { plan, trace } = restingBall(material);
      const r = createFrameRenderer(plan, trace, FAST);
      const px = r.renderFrame(6);
      const { mask, box } = objectPixels(r, 'ball:ball');
      expect(box.count).toBeGreaterThan(W * H * 0.05);
      return stats(px, mask);
    };
    const metal = shot('metal');
    const rubber = shot('rubber');
    expect(metal.blueShift).toBeGreaterThan(rubber.blueShift + 10);
    expect(Math.abs(rubber.blueShift)).toBeLessThan(10);
    expect(metal.max).toBeGreaterThan(rubber.max + 15);
    // Glass is smoother than rubber: a sharper, brighter highlight.
    expect(shot('glass').max).toBeGreaterThan(rubber.max);
  });

  it('the sky follows the time of day: blue by day, warm at sunset, dark at night', () => {
    const sky = (time: TimeOfDay): [number, number, number] => {
      const { plan, trace } = restingBall('rubber', time);
      const r = createFrameRenderer(plan, trace, FAST);
      const px = r.renderFrame(0);
      const { target } = r.lastFrame();
      const sum = [0, 0, 0];
      let n = 0;
      for (let i = 0; i < W * H; i++) {
        if (target.id[i] !== 0) continue;
        for (let c = 0; c < 3; c++) sum[c] = sum[c]! + px[i * 4 + c]!;
        n++;
      }
      expect(n).toBeGreaterThan(50);
      return sum.map((v) => v / n) as [number, number, number];
    };
    const day = sky('day'), sunset = sky('sunset'), night = sky('night');
    expect(day[2]).toBeGreaterThan(day[0]);
    expect(sunset[0]).toBeGreaterThan(sunset[2]);
    expect(night[0] + night[1] + night[2]).toBeLessThan((day[0] + day[1] + day[2]) / 3);
  });
});

describe('people', () => {
  // The highest drawn point of each person (world metres), from the posed geometry itself.
  async function drawnHeights(prompt: string): Promise<{ plan: ScenePlan; top: Map<string, number> }> {
    const plan = parsePrompt(prompt);
    plan.format = { ...plan.format, durationSec: 1, width: W, height: H };
    const trace = await simulate(plan, 5);
    const built = buildScene(plan, trace);
    built.update(0);
    built.scene.updateMatrixWorld(true);
    const top = new Map<string, number>();
    const v = new THREE.Vector3();
    for (const e of plan.entities.filter((x) => x.kind === 'person')) {
      const group = built.scene.getObjectByName(`person:${e.id}`)!;
      let max = -Infinity;
      group.traverse((o) => {
        if (!(o instanceof THREE.Mesh)) return;
        const pos = o.geometry.getAttribute('position');
        for (let i = 0; i < pos.count; i++) max = Math.max(max, v.fromBufferAttribute(pos, i).applyMatrix4(o.matrixWorld).y);
      });
      top.set(e.label, max);
    }
    return { plan, top };
  }

  it('a child is drawn shorter than the adult beside them, a woman differently from a man', async () => {
    const family = await drawnHeights('a man and a child walk in a park');
    const man = family.top.get('man')!, child = family.top.get('child')!;
    expect(man).toBeGreaterThan(1.6);
    expect(man).toBeLessThan(2);
    expect(child).toBeLessThan(man * 0.85);

    const couple = await drawnHeights('a man and a woman walk in a park');
    const [manE, womanE] = ['man', 'woman'].map((l) => couple.plan.entities.find((e) => e.label === l)!);
    const he = appearanceFor(manE!, 5), she = appearanceFor(womanE!, 5);
    // Different builds (hips against shoulders), hair and stature.
    expect(she.build.hips / she.build.shoulders).toBeGreaterThan((he.build.hips / he.build.shoulders) * 1.1);
    expect(['long', 'long-curly', 'bun', 'ponytail', 'curly']).toContain(she.hair.style);
    expect(couple.top.get('woman')!).toBeLessThan(couple.top.get('man')!);
  });

  it('the same role varies with the seed but is stable for one take', () => {
    const man = parsePrompt('a man walks in a park').entities.find((e) => e.kind === 'person')!;
    const key = (seed: number): string => {
      const l = appearanceFor(man, seed);
      return [l.skin.getHexString(), l.hair.style, l.hair.color.getHexString(), l.top.color.getHexString(), l.bottom.kind, l.bottom.color.getHexString()].join('/');
    };
    expect(key(1)).toBe(key(1));
    const looks = new Set([1, 2, 3, 4, 5, 6].map(key));
    expect(looks.size).toBeGreaterThanOrEqual(4);
  });

  it('a beard grows on the jaw and chin and leaves the mouth seen', async () => {
    const plan = parsePrompt('close-up of an old man standing in a park');
    const man = plan.entities.find((e) => e.kind === 'person')!;
    const seed = [1, 2, 3, 4, 5, 6, 7, 8].find((s) => appearanceFor(man, s).hair.beard)!;
    plan.format = { ...plan.format, durationSec: 1, width: 320, height: 180 };
    const renderer = createFrameRenderer(plan, await simulate(plan, seed), FAST);
    renderer.renderFrame(6);
    const beard = objectPixels(renderer, 'beard').box, mouth = objectPixels(renderer, 'mouth').box;
    const head = objectPixels(renderer, 'head').box, moustache = objectPixels(renderer, 'moustache').box;
    expect(mouth.count).toBeGreaterThan(5);
    expect(moustache.count).toBeGreaterThan(5);
    // The beard reaches below the skin of the chin and spans the jaw on both sides of the mouth.
    expect(beard.maxY).toBeGreaterThanOrEqual(head.maxY);
    expect(beard.minX).toBeLessThan(mouth.minX);
    expect(beard.maxX).toBeGreaterThan(mouth.maxX);
    // It does not climb over the eyes: its top is below the mouth's top less a mouth's height or so.
    expect(beard.minY).toBeGreaterThan(head.minY + (head.maxY - head.minY) * 0.4);
  });

  it("a knight's helm sits on a gorget on his shoulders: no gap at the neck", async () => {
    const plan = parsePrompt('a knight stands in a park');
    plan.format = { ...plan.format, durationSec: 1, width: W, height: H };
    const built = buildScene(plan, await simulate(plan, 5));
    built.update(0.5);
    built.scene.updateMatrixWorld(true);
    const knight = built.scene.getObjectByName(`person:${plan.entities.find((e) => e.kind === 'person')!.id}`)!;
    const span = (name: string): THREE.Box3 => new THREE.Box3().setFromObject(knight.getObjectByName(name)!);
    const helm = span('helmet'), gorget = span('gorget');
    // The helm comes down inside the gorget's top, and the gorget starts below the shoulders' tops.
    expect(helm.min.y).toBeLessThan(gorget.max.y - 0.01);
    expect(gorget.min.y).toBeLessThan(Math.min(span('armL').max.y, span('armR').max.y));
  });
});
