// Clothes cut and sewn as clothes: a shirt's neckline dips in front (a crew neck's U, a V), measured
// on the picture where the shirt's colour gives way to the neck's skin; trousers held by a belt,
// with the shirt's hem hanging over it.
import type * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;
const dist = (a: readonly number[], b: readonly number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

// The median colour of the masked pixels of an RGBA frame.
function median(px: Uint8Array, mask: Uint8Array): [number, number, number] {
  const ch = [[], [], []] as number[][];
  mask.forEach((m, i) => { if (m) for (let c = 0; c < 3; c++) ch[c]!.push(px[i * 4 + c]!); });
  return ch.map((v) => v.sort((a, b) => a - b)[v.length >> 1]!) as [number, number, number];
}

describe('a neckline', () => {
  // Seeds whose man wears a T-shirt with a crew neck (1) and with a V (3).
  it.each([[1, 'crew'], [3, 'v']] as const)('seed %i: the %s neck dips in front, not a straight cut across the neck', async (seed, neck) => {
    const plan = parsePrompt('close-up of a man stands in a park');
    plan.camera = { ...plan.camera, angle: 'front', motion: 'static' };
    plan.format = { ...plan.format, durationSec: 1, width: 320, height: 180 };
    const trace = await simulate(plan, seed);
    expect(appearanceFor(plan.entities.find((e) => e.kind === 'person')!, seed).top.neck).toBe(neck);
    const renderer = createFrameRenderer(plan, trace, FAST);
    const px = renderer.renderFrame(12);
    const { width, height } = renderer.lastFrame().target;
    const torso = objectPixels(renderer, 'torso'), head = objectPixels(renderer, 'head').box;
    // Skin as the face shows it; the shirt as the chest does, a head's height below the chin.
    const chest = new Uint8Array(width * height);
    const headW = head.maxX - head.minX, cx = Math.round((head.minX + head.maxX) / 2);
    for (let y = head.maxY + headW; y < Math.min(height, head.maxY + 1.3 * headW); y++) for (let x = cx - 5; x <= cx + 5; x++) chest[y * width + x] = torso.mask[y * width + x]!;
    // The face's lower half: the head's upper half is mostly hair.
    const face = objectPixels(renderer, 'head').mask.map((m, i) => (Math.floor(i / width) > (head.minY + head.maxY) / 2 ? m : 0));
    const skin = median(px, face), shirt = median(px, chest);
    const near = (i: number, c: number[]): number => Math.hypot(px[i * 4]! - c[0]!, px[i * 4 + 1]! - c[1]!, px[i * 4 + 2]! - c[2]!);
    // Down each column from the chin: the first pixel of the trunk nearer the shirt's colour.
    const edge = (x: number): number => {
      for (let y = head.maxY - 10; y < height; y++) {
        const i = y * width + x;
        if (torso.mask[i] && near(i, shirt) < near(i, skin)) return y;
      }
      return NaN;
    };
    // Beside the neck: the highest the shirt reaches 0.3-0.5 head widths either side (where the collar
    // meets the shoulder; a level ring would be as high as the middle there).
    const highest = (sign: number): number => Math.min(...Array.from({ length: Math.round(0.2 * headW) + 1 }, (_, k) => edge(cx + sign * (Math.round(0.3 * headW) + k))).filter(Number.isFinite));
    const middle = edge(cx), sides = [highest(-1), highest(1)];
    // In front, the cut is lower in the middle than beside the neck by 15% of the head's width or
    // more (a crew neck: 27%, a V: 48-64%; the shirt ended in a level ring, 7% lower in the middle
    // only as the camera looks down on it).
    for (const side of sides) expect(middle - side, `${neck}: middle ${middle}, side ${side}`).toBeGreaterThan(0.15 * headW);
  });
});

describe('the waist', () => {
  it("a man's trousers have a dark belt, and his shirt's hem (a darker band) stands out over it", async () => {
    const plan = parsePrompt('a man stands in a park');
    plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
    const e = plan.entities.find((x) => x.kind === 'person')!;
    const look = appearanceFor(e, 1);
    expect(look.bottom.kind).toBe('trousers');
    const built = buildScene(plan, await simulate(plan, 1));
    built.update(0.5);
    const geo = (built.scene.getObjectByName(`person:${e.id}`)!.getObjectByName('torso') as THREE.Mesh).geometry;
    const pos = geo.getAttribute('position'), col = geo.getAttribute('color');
    const perRing = geo.getIndex()!.getX(2);
    // Each ring's colour (its first vertex's) and its width across (the spread of its vertices).
    const rings = Array.from({ length: pos.count / perRing }, (_, r) => {
      const xs = Array.from({ length: perRing }, (_, k) => pos.getX(r * perRing + k)), zs = Array.from({ length: perRing }, (_, k) => pos.getZ(r * perRing + k));
      return { rgb: [col.getX(r * perRing), col.getY(r * perRing), col.getZ(r * perRing)], width: Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...zs) - Math.min(...zs)) };
    });
    const same = (a: number[], b: THREE.Color): boolean => Math.abs(a[0]! - b.r) + Math.abs(a[1]! - b.g) + Math.abs(a[2]! - b.b) < 1e-3;
    const lastTrousers = rings.findLastIndex((r) => same(r.rgb, look.bottom.color));
    const firstShirt = rings.findIndex((r) => same(r.rgb, look.top.color));
    const belt = rings.slice(lastTrousers + 1, firstShirt).filter((r) => Math.max(...r.rgb) < 0.05);
    const hem = rings.slice(lastTrousers + 1, firstShirt).filter((r) => r.rgb.every((c, k) => Math.abs(c - 0.8 * look.top.color.toArray()[k]!) < 1e-3));
    expect(belt.length).toBeGreaterThan(0);
    expect(hem.length).toBeGreaterThan(0);
    expect(Math.min(...hem.map((r) => r.width))).toBeGreaterThan(1.015 * Math.max(...belt.map((r) => r.width)));
  });
});

describe('a skirt', () => {
  it('hangs in soft folds round its hem (a cone has two widest points round, an ellipse)', async () => {
    const plan = parsePrompt('a woman in a skirt walks in a park');
    plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
    const e = plan.entities.find((x) => x.kind === 'person')!;
    expect(appearanceFor(e, 8).bottom.kind).toBe('skirt');
    const built = buildScene(plan, await simulate(plan, 8));
    built.update(0.5);
    const geo = (built.scene.getObjectByName(`person:${e.id}`)!.getObjectByName('skirt') as THREE.Mesh).geometry;
    const pos = geo.getAttribute('position');
    const perRing = geo.getIndex()!.getX(2), last = pos.count / perRing - 1;
    const at = (k: number): [number, number] => [pos.getX(last * perRing + k), pos.getZ(last * perRing + k)];
    const n = perRing - 1;
    const centre = Array.from({ length: n }, (_, k) => at(k)).reduce(([x, z], [a, b]) => [x + a / n, z + b / n], [0, 0]);
    const radius = Array.from({ length: n }, (_, k) => Math.hypot(at(k)[0] - centre[0], at(k)[1] - centre[1]));
    const peaks = radius.filter((r, k) => r > radius[(k + n - 1) % n]! && r >= radius[(k + 1) % n]!).length;
    expect(peaks).toBeGreaterThanOrEqual(6);
  });

  it('in a squat lies over the thighs, falls from the knees, and hugs the seat, not a board standing out', async () => {
    const plan = parsePrompt('a woman in a skirt squats');
    plan.format = { ...plan.format, width: 160, height: 90 };
    const trace = await simulate(plan, 42);
    const e = plan.entities.find((x) => x.kind === 'person')!;
    const track = trace.actors.find((a) => a.entityId === e.id)!;
    expect(appearanceFor(e, 42).bottom.kind).toBe('skirt');
    const H = e.size[0]!, t = track.releaseSec + 0.5;
    const built = buildScene(plan, trace);
    built.update(Math.round(t * trace.fps));
    const geo = (built.scene.getObjectByName(`person:${e.id}`)!.getObjectByName('skirt') as THREE.Mesh).geometry;
    const pos = geo.getAttribute('position');
    const perRing = geo.getIndex()!.getX(2), last = pos.count / perRing - 1;
    const hem = Array.from({ length: perRing }, (_, k) => last * perRing + k);
    const ys = hem.map((i) => pos.getY(i)), zs = hem.map((i) => pos.getZ(i));
    const pose = built.poseFn(track, H, t);
    const knee = (pose.kneeL[1] + pose.kneeR[1]) / 2;
    const [top, bottom] = [Math.max(...ys), Math.min(...ys)];
    // Its hem has fallen from the knees: all of it below their joints (the bell's stood 0.14 H
    // above them; a hem cut square at the knees stood 0.06 H above and read from the side as a
    // board's end), lying level round the shins (it was 0.56 as tall as wide, now 0.08).
    expect(knee - top).toBeGreaterThan(0.03 * H);
    expect(knee - bottom).toBeGreaterThan(0.06 * H);
    expect((top - bottom) / (Math.max(...zs) - Math.min(...zs))).toBeLessThan(0.3);
    // Drawn over the kneecaps (0.032 H round the joint) and hanging in front of them (0.044 H
    // ahead of the joint; the square hem's front stood 0.015 H ahead, inside the knee's).
    expect(Math.max(...hem.map((i) => pos.getX(i))) - Math.max(pose.kneeL[0], pose.kneeR[0])).toBeGreaterThan(0.035 * H);
    // Its back hangs down over the seat, but close to it: no cloth behind the pelvis hangs more than
    // 0.09 H below it (a tail standing out behind the seat reached 0.12 H below).
    const back = Array.from({ length: perRing }, (_, k) => perRing + k);
    expect(pose.pelvis[1] - Math.min(...back.map((i) => pos.getY(i)))).toBeGreaterThan(0.04 * H);
    let lowestBehind = Infinity;
    for (let i = 0; i < pos.count; i++) if (pos.getX(i) < pose.pelvis[0]) lowestBehind = Math.min(lowestBehind, pos.getY(i));
    expect(pose.pelvis[1] - lowestBehind).toBeLessThan(0.09 * H);
  });

  it('in a squat shows no bare thigh at the seat, seen from the side', async () => {
    const plan = parsePrompt('a woman in a skirt squats');
    plan.camera = { ...plan.camera, shot: 'medium', angle: 'side', motion: 'static' };
    plan.format = { ...plan.format, durationSec: 3, width: 320, height: 180 };
    const e = plan.entities.find((x) => x.kind === 'person')!;
    const look = appearanceFor(e, 42);
    const r = createFrameRenderer(plan, await simulate(plan, 42), FAST);
    const px = r.renderFrame(60);
    const { width } = r.lastFrame().target;
    const skirt = objectPixels(r, 'skirt').box;
    const legs = [objectPixels(r, 'legL').mask, objectPixels(r, 'legR').mask];
    // A pixel's hue nearer the skin's than the skirt's (shading darkens both alike).
    const hue = (c: readonly number[]): number[] => { const n = Math.hypot(...c) || 1; return c.map((v) => v / n); };
    const skin = hue(look.skin.toArray()), cloth = hue(look.bottom.color.toArray());
    let bare = 0;
    for (let y = skirt.minY; y < (skirt.minY + skirt.maxY) / 2; y++) {
      for (let x = skirt.minX; x <= skirt.maxX; x++) {
        const i = y * width + x;
        if (!legs.some((m) => m[i])) continue;
        const c = hue([px[4 * i]!, px[4 * i + 1]!, px[4 * i + 2]!]);
        if (dist(c, skin) < dist(c, cloth)) bare++;
      }
    }
    // (the tops of the thighs showed as a patch of skin behind the skirt: 90 px at 320x180)
    expect(bare).toBeLessThan(5);
  });
});
