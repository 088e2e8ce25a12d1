// Arms and shoulders that hold up in a close shot: the arm tapers from the shoulder to an elbow,
// swells again below it and narrows to the wrist; a sleeve stands off the skin and ends in a hem
// (a darker turned band);
// seen from the front, the shoulder's outline runs down from the neck over the arm's top with no
// block standing up out of it, and rounds over the deltoid instead of turning a corner.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;

// Each ring of a limb's loft: its centre, mean radius and colour (red channel), root to end.
function rings(mesh: THREE.Mesh): { centre: THREE.Vector3; radius: number; red: number }[] {
  const geo = mesh.geometry;
  const pos = geo.getAttribute('position'), col = geo.getAttribute('color');
  // Vertices per ring: the first triangle joins vertex 0 to its twin on the next ring.
  const perRing = geo.getIndex()!.getX(2);
  const out = [];
  for (let r = 0; r < pos.count / perRing; r++) {
    const centre = new THREE.Vector3();
    for (let k = 0; k < perRing - 1; k++) centre.add(new THREE.Vector3().fromBufferAttribute(pos, r * perRing + k));
    centre.divideScalar(perRing - 1);
    let radius = 0;
    for (let k = 0; k < perRing - 1; k++) radius += new THREE.Vector3().fromBufferAttribute(pos, r * perRing + k).distanceTo(centre);
    out.push({ centre, radius: radius / (perRing - 1), red: col.getX(r * perRing) });
  }
  return out;
}

describe('an arm', () => {
  it('tapers to the elbow, swells below it and narrows to the wrist; a T-shirt sleeve ends in a hem', async () => {
    const plan = parsePrompt('a man stands in a park');
    plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
    const e = plan.entities.find((x) => x.kind === 'person')!;
    const built = buildScene(plan, await simulate(plan, 1));
    built.update(0.5);
    const person = built.scene.getObjectByName(`person:${e.id}`)!;
    const arm = rings(person.getObjectByName('armL') as THREE.Mesh);
    const pose = built.poseFn(built.sampler.actorTrack(e), e.size[0]!, 0.5);
    const shoulder = new THREE.Vector3().fromArray(pose.shoulderL), elbow = new THREE.Vector3().fromArray(pose.elbowL);
    const hand = new THREE.Vector3().fromArray(pose.handL);
    const whole = shoulder.distanceTo(elbow) + elbow.distanceTo(hand);
    // Each ring's place along the arm (0 at the shoulder, 1 at the hand): distance along the rings'
    // centres from the one at the shoulder.
    const run = arm.map((_, i) => arm.slice(1, i + 1).reduce((d, r, k) => d + r.centre.distanceTo(arm[k]!.centre), 0));
    const atShoulder = arm.reduce((best, r, i) => (r.centre.distanceTo(shoulder) < arm[best]!.centre.distanceTo(shoulder) ? i : best), 0);
    const along = run.map((d) => (d - run[atShoulder]!) / whole);
    const radiusNear = (s: number): number => arm[along.reduce((best, a, i) => (Math.abs(a - s) < Math.abs(along[best]! - s) ? i : best), 0)]!.radius;
    // Skin only (the sleeve is looser than the arm): the elbow, the forearm below it, the wrist.
    const elbowR = radiusNear(0.5), forearmR = radiusNear(0.62), wristR = radiusNear(0.92);
    expect(forearmR).toBeGreaterThan(1.1 * elbowR);
    expect(wristR).toBeLessThan(0.75 * forearmR);
    // The upper arm (under the sleeve, at the deltoid a third of the way down it) is the thickest
    // part; the wrist well under half its width; the arm's top, inside the shoulder, is narrower.
    const deltoidR = radiusNear(0.13);
    expect(wristR).toBeLessThan(0.5 * deltoidR);
    expect(radiusNear(0)).toBeLessThan(0.85 * deltoidR);
    // The sleeve's end: a hem, a band darker than the sleeve (a turned fold, 1-3 cm), whose last
    // ring stands out over the first skin ring, with the cloth's dark inside (its lip) between them
    // (the skin's own tints change less than 10%).
    const changes = arm.flatMap((r, i) => (i > 0 && Math.abs(r.red - arm[i - 1]!.red) > 0.1 * arm[i - 1]!.red ? [i] : []));
    expect(changes).toHaveLength(3);
    const [hem, lip, edge] = changes as [number, number, number];
    expect(edge).toBe(lip + 1);
    expect(arm[hem]!.red).toBeLessThan(0.9 * arm[hem - 1]!.red);
    expect(arm[lip]!.red).toBeLessThan(0.5 * arm[lip - 1]!.red);
    const band = arm[lip - 1]!.centre.distanceTo(arm[hem]!.centre);
    expect(band).toBeGreaterThan(0.01); expect(band).toBeLessThan(0.03);
    expect(arm[lip - 1]!.radius).toBeGreaterThan(1.08 * arm[edge]!.radius);
    // The bare skin below it is not one flat hue: redder over the elbow than on the inside of the
    // forearm, by 8% or more in red over green (every vertex was the same colour).
    const col = (person.getObjectByName('armL') as THREE.Mesh).geometry.getAttribute('color');
    const perRing = col.count / arm.length;
    const warmth = Array.from({ length: (arm.length - edge) * perRing }, (_, k) => col.getX(edge * perRing + k) / col.getY(edge * perRing + k));
    expect(Math.max(...warmth) / Math.min(...warmth)).toBeGreaterThan(1.08);
  });
});

describe('shoulders from the front', () => {
  it.each(['a man', 'a woman'])('%s: the outline runs down from the neck over the arm, no block standing up out of it', async (who) => {
    const plan = parsePrompt(`close-up of ${who} stands in a park`);
    plan.camera = { ...plan.camera, angle: 'front', motion: 'static' };
    plan.format = { ...plan.format, durationSec: 1, width: 480, height: 270 };
    const renderer = createFrameRenderer(plan, await simulate(plan, 1), FAST);
    renderer.renderFrame(12);
    const { width, height } = renderer.lastFrame().target;
    const body = ['torso', 'armL', 'armR'].map((n) => objectPixels(renderer, n).mask);
    // Long hair's front locks lie over the shoulders: where they hide the outline it is not judged.
    const locks = ['hairLockL', 'hairLockR'].map((n) => objectPixels(renderer, n).mask);
    const hidden = (x: number): boolean => locks.some((m) => { for (let y = 0; y < height; y++) if (m[y * width + x]) return true; return false; });
    const neck = objectPixels(renderer, 'head').box;
    const top = (x: number): number => {
      for (let y = 0; y < height; y++) if (body.some((m) => m[y * width + x])) return y;
      return height;
    };
    const cx = Math.round((neck.minX + neck.maxX) / 2);
    let checked = 0;
    for (const dir of [-1, 1]) {
      // From beside the neck outward until the outline drops off the frame's bottom or the body ends.
      const start = cx + dir * Math.round(0.3 * (neck.maxX - neck.minX));
      let prev = hidden(start) ? NaN : top(start);
      const outline: [number, number][] = [];
      for (let x = cx + dir * Math.round(0.35 * (neck.maxX - neck.minX)); x > 0 && x < width - 1; x += dir) {
        if (hidden(x)) continue;
        const y = top(x);
        if (y >= height - 2) break;
        outline.push([Math.abs(x - cx), y]);
        if (Number.isNaN(prev)) prev = y;
        // (the arm's top stood up above the shoulder's line beside it, a block with a corner)
        expect(y, `${who} x=${x}`).toBeGreaterThanOrEqual(prev - 1);
        prev = Math.max(prev, y);
        checked++;
      }
      // The shoulder rounds over the deltoid: its outline turns from a gentle slope (under 1 in 2)
      // to a steep fall (over 3 in 1) across at least a tenth of the head's width (it turned within
      // 3 to 6 pixels, a box's corner).
      const slope = (k: number): number => (outline[k + 3]![1] - outline[k]![1]) / Math.max(1, outline[k + 3]![0] - outline[k]![0]);
      const gentle = outline.findLastIndex((_, k) => k + 3 < outline.length && slope(k) < 0.5);
      const steep = outline.findIndex((_, k) => k > gentle && k + 3 < outline.length && slope(k) > 3);
      if (gentle >= 0 && steep > gentle) expect(outline[steep]![0] - outline[gentle]![0], `${who} dir ${dir}`).toBeGreaterThan(0.1 * (neck.maxX - neck.minX));
      else expect.fail(`${who} dir ${dir}: no turn from a slope to a fall`);
    }
    expect(checked).toBeGreaterThan(40);
  });
});
