// The shapes people are drawn with: their skin faces outward (the rasterizer culls back faces, so an
// inside-out tube shows its far wall and whatever is inside it), shoulders that round over the arms'
// tops, and long hair that hangs behind the head, neck and shoulders instead of sitting under the jaw
// like a beard.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { hashId } from '../../main/engine/frames/people/appearance';
import { BLINK, eyesClosed } from '../../main/engine/frames/people/blink';
import { Loft } from '../../main/engine/frames/people/loft';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;
const LONG_HAIRED = 'close-up of a woman with long hair stands in a park';

describe('a loft (limbs, trunk, hair)', () => {
  it('winds every face outward, as three.js counts front faces (counter-clockwise seen from outside)', () => {
    // A bent tube like an arm: down, then forward at the elbow.
    const loft = new Loft(6, 12, () => new THREE.Color(1, 1, 1));
    const path = [[0, 1.4, 0], [0, 1.3, 0], [0, 1.15, 0], [0, 1.05, 0.05], [0, 1.0, 0.15], [0, 0.98, 0.25]];
    path.forEach(([x, y, z], i) => Object.assign(loft.rings[i]!, { cx: x, cy: y, cz: z, ax: 0, ay: 0, az: 1, ra: 0.04, rb: 0.03 }));
    loft.commit();
    const pos = loft.geometry.getAttribute('position'), nor = loft.geometry.getAttribute('normal'), index = loft.geometry.getIndex()!;
    const a = new THREE.Vector3(), b = new THREE.Vector3(), c = new THREE.Vector3(), n = new THREE.Vector3(), face = new THREE.Vector3();
    let outward = 0;
    for (let t = 0; t < index.count; t += 3) {
      const [i, j, k] = [index.getX(t), index.getX(t + 1), index.getX(t + 2)];
      a.fromBufferAttribute(pos, i); b.fromBufferAttribute(pos, j); c.fromBufferAttribute(pos, k);
      face.subVectors(b, a).cross(c.sub(a));
      n.fromBufferAttribute(nor, i).add(b.fromBufferAttribute(nor, j)).add(c.fromBufferAttribute(nor, k));
      if (face.dot(n) > 0) outward++;
    }
    expect(outward).toBe(index.count / 3);
  });
});

describe('long hair', () => {
  it('hangs behind the neck and on down behind the shoulders, never in front of the neck under the chin', async () => {
    const plan = parsePrompt(LONG_HAIRED);
    plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
    const built = buildScene(plan, await simulate(plan, 3));
    const person = built.scene.getObjectByName(`person:${plan.entities.find((e) => e.kind === 'person')!.id}`)!;
    for (const t of [0, 0.5]) {
      built.update(t);
      built.scene.updateMatrixWorld(true);
      // The head's frame from the skull's placement: its columns are across, up and forward.
      const m = person.getObjectByName('head')!.matrixWorld.elements;
      const up = new THREE.Vector3(m[4], m[5], m[6]).normalize(), fwd = new THREE.Vector3(m[8], m[9], m[10]);
      const hr = fwd.length();
      fwd.normalize();
      const centre = new THREE.Vector3(m[12], m[13], m[14]);
      const hair = person.getObjectByName('hairBack') as THREE.Mesh;
      const pos = hair.geometry.getAttribute('position');
      const v = new THREE.Vector3();
      let lowest = Infinity;
      for (let i = 0; i < pos.count; i++) {
        v.fromBufferAttribute(pos, i).applyMatrix4(hair.matrixWorld).sub(centre);
        const u = v.dot(up) / hr, f = v.dot(fwd) / hr;
        lowest = Math.min(lowest, u);
        // Below the chin (0.9 head radii down) it is behind the neck's axis; from the neck's base
        // (1.6 down) behind the back of the neck (whose radius is about 0.45).
        if (u < -0.9) expect(f).toBeLessThan(0);
        if (u < -1.6) expect(f).toBeLessThan(-0.45);
      }
      // It falls past the shoulders (their joints about 1.85 head radii below the skull's centre).
      expect(lowest).toBeLessThan(-2.2);
    }
  });

  it('seen from the front, shows either side of the neck and its end is hidden behind the shoulders', async () => {
    const plan = parsePrompt(LONG_HAIRED);
    plan.camera.angle = 'front';
    plan.format = { ...plan.format, durationSec: 1, width: 320, height: 180 };
    const renderer = createFrameRenderer(plan, await simulate(plan, 3), FAST);
    renderer.renderFrame(6);
    const hair = objectPixels(renderer, 'hairBack'), neck = objectPixels(renderer, 'torso');
    const head = objectPixels(renderer, 'head').box;
    expect(hair.box.count).toBeGreaterThan(100);
    // Hair beside the jaw, both sides of the face.
    expect(hair.box.minX).toBeLessThan(head.minX + 3);
    expect(hair.box.maxX).toBeGreaterThan(head.maxX - 3);
    // Each column's lowest hair pixel sits on the body (torso or an arm), not on the background:
    // the fall goes on down behind the shoulders rather than ending in a rounded edge in view. (The
    // outermost columns are its sides' silhouette, which narrows as it falls.)
    const { width } = renderer.lastFrame().target;
    const arms = [objectPixels(renderer, 'armL').mask, objectPixels(renderer, 'armR').mask];
    const margin = Math.ceil(0.1 * (hair.box.maxX - hair.box.minX));
    let ends = 0, onBody = 0;
    for (let x = hair.box.minX + margin; x <= hair.box.maxX - margin; x++) {
      let y = hair.box.maxY;
      while (y >= hair.box.minY && !hair.mask[y * width + x]) y--;
      if (y < hair.box.minY || y + 1 >= 180) continue;
      ends++;
      const below = (y + 1) * width + x;
      if (neck.mask[below] || arms.some((a) => a[below])) onBody++;
    }
    expect(onBody / ends).toBeGreaterThan(0.9);
  });

  it('seen from behind, covers the back of the skull (no skin between the cap and the fall)', async () => {
    const plan = parsePrompt(LONG_HAIRED);
    plan.camera.angle = 'behind';
    plan.format = { ...plan.format, durationSec: 1, width: 320, height: 180 };
    const renderer = createFrameRenderer(plan, await simulate(plan, 3), FAST);
    renderer.renderFrame(6);
    expect(objectPixels(renderer, 'hairBack').box.count).toBeGreaterThan(500);
    expect(objectPixels(renderer, 'head').box.count).toBeLessThan(5);
  });
});

describe('shoulders', () => {
  // Posed vertices of one named part of a person, in metres: across (toward their right), up.
  function across(person: THREE.Object3D, name: string, centre: THREE.Vector3, right: THREE.Vector3): [number, number][] {
    const mesh = person.getObjectByName(name) as THREE.Mesh;
    const pos = mesh.geometry.getAttribute('position');
    const v = new THREE.Vector3();
    return Array.from({ length: pos.count }, (_, i) => {
      v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld).sub(centre);
      return [v.dot(right), v.y];
    });
  }

  it.each(['a man', 'a woman', 'a child', 'an elderly woman', 'a knight'])('%s: the trunk reaches over each arm\'s top, no arm standing up beside the neck', async (who) => {
    const plan = parsePrompt(`${who} stands in a park`);
    plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
    const built = buildScene(plan, await simulate(plan, 2));
    built.update(0.5);
    built.scene.updateMatrixWorld(true);
    const e = plan.entities.find((x) => x.kind === 'person')!;
    const H = e.size[0]!;
    const person = built.scene.getObjectByName(`person:${e.id}`)!;
    const pose = built.poseFn(built.sampler.actorTrack(e), H, 0.5);
    const shL = new THREE.Vector3().fromArray(pose.shoulderL), shR = new THREE.Vector3().fromArray(pose.shoulderR);
    const centre = shL.clone().add(shR).multiplyScalar(0.5);
    const right = shR.clone().sub(shL).normalize();
    const half = shL.distanceTo(shR) / 2;
    for (const [arm, side] of [['armL', -1], ['armR', 1]] as const) {
      // The trunk's top over the arm's joint (a ray down onto its surface from above)...
      const joint = side < 0 ? shL : shR;
      const hit = new THREE.Raycaster(joint.clone().add(new THREE.Vector3(0, 0.5, 0)), new THREE.Vector3(0, -1, 0)).intersectObject(person.getObjectByName('torso')!)[0];
      expect(hit, arm).toBeDefined();
      const shoulderTop = hit!.point.y - centre.y;
      // ...is no more than 0.6% of height below the highest point of the arm's top (its part within
      // 6% of height of the joint; the hand may be raised): the arm rounds off inside the shoulder
      // (it stood 3% above it, an epaulette beside the neck).
      const near = across(person, arm, centre, right).filter(([x, y]) => Math.hypot(x - side * half, y - (joint.y - centre.y)) < 0.06 * H);
      const armTop = Math.max(...near.map(([, y]) => y));
      expect(armTop - shoulderTop, arm).toBeLessThan(0.006 * H);
    }
  });
});

describe('the neck', () => {
  it('is a column about half the head deep under the jaw, not a stalk (side on)', async () => {
    const plan = parsePrompt('a man stands in a park');
    plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
    const built = buildScene(plan, await simulate(plan, 2));
    built.update(0.5);
    built.scene.updateMatrixWorld(true);
    const e = plan.entities.find((x) => x.kind === 'person')!;
    const person = built.scene.getObjectByName(`person:${e.id}`)!;
    const pose = built.poseFn(built.sampler.actorTrack(e), e.size[0]!, 0.5);
    const m = person.getObjectByName('head')!.matrixWorld.elements;
    const fwd = new THREE.Vector3(m[8], m[9], m[10]);
    const hr = fwd.length();
    fwd.normalize();
    // The neck just above the collar, measured front to back.
    const torso = person.getObjectByName('torso') as THREE.Mesh;
    const pos = torso.geometry.getAttribute('position');
    const v = new THREE.Vector3(), neckBase = new THREE.Vector3().fromArray(pose.neck);
    const depths: number[] = [];
    for (let i = 0; i < pos.count; i++) {
      v.fromBufferAttribute(pos, i);
      const up = v.y - neckBase.y;
      if (up > 0.014 * e.size[0]! && up < 0.025 * e.size[0]!) depths.push(v.sub(neckBase).dot(fwd));
    }
    expect(depths.length).toBeGreaterThan(0);
    expect((Math.max(...depths) - Math.min(...depths)) / (2 * hr)).toBeGreaterThan(0.48);
  });
});

describe('armour', () => {
  it("a knight's trunk is the same brushed steel as his arms and legs, not a cloth jumper and loincloth", async () => {
    const plan = parsePrompt('a knight stands in a park');
    plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
    const built = buildScene(plan, await simulate(plan, 2));
    const knight = built.scene.getObjectByName(`person:${plan.entities.find((e) => e.kind === 'person')!.id}`)!;
    const part = (name: string): THREE.Mesh<THREE.BufferGeometry, THREE.MeshStandardMaterial> => knight.getObjectByName(name) as THREE.Mesh<THREE.BufferGeometry, THREE.MeshStandardMaterial>;
    const torso = part('torso'), arm = part('armL');
    expect(torso.material.metalness).toBe(1);
    expect(torso.material.roughness).toBe(arm.material.roughness);
    // Every vertex of the trunk from the crotch to the collar is steel-coloured, as the arm is.
    const colours = torso.geometry.getAttribute('color'), steel = arm.geometry.getAttribute('color');
    const c = new THREE.Color();
    const steelHex = c.fromBufferAttribute(steel, 0).getHex();
    const perRing = colours.count / 14;
    for (let i = 0; i < perRing * 11; i++) expect(c.fromBufferAttribute(colours, i).getHex()).toBe(steelHex);
  });
});

describe('a dress', () => {
  it.each([0.2, 1.2])('hugs the waist and covers the hips: no leg shows above its hem (walking, %s s)', async (t) => {
    const plan = parsePrompt('a woman in a red dress walks in the park');
    plan.camera.shot = 'medium';
    plan.format = { ...plan.format, durationSec: 2, width: 320, height: 180 };
    const trace = await simulate(plan, 42);
    const renderer = createFrameRenderer(plan, trace, FAST);
    renderer.renderFrame(Math.round(t * trace.fps));
    const skirt = objectPixels(renderer, 'skirt').box;
    expect(skirt.count).toBeGreaterThan(200);
    // Rows from the skirt's top to half way down it: any leg seen there pokes through the dress.
    const { width } = renderer.lastFrame().target;
    const legs = [objectPixels(renderer, 'legL').mask, objectPixels(renderer, 'legR').mask];
    let poking = 0;
    for (let y = skirt.minY; y < (skirt.minY + skirt.maxY) / 2; y++) for (let x = 0; x < width; x++) if (legs.some((m) => m[y * width + x])) poking++;
    expect(poking).toBeLessThan(3);
    // Its top sits on the trunk: the skirt's top row is no wider than the trunk just above it plus
    // a pixel or two each side (a ledge opened there before, showing its inside).
    const torso = objectPixels(renderer, 'torso').mask, skirtMask = objectPixels(renderer, 'skirt').mask;
    const span = (mask: Uint8Array, y: number): number => { let n = 0; for (let x = 0; x < width; x++) n += mask[y * width + x]!; return n; };
    expect(span(skirtMask, skirt.minY + 1)).toBeLessThanOrEqual(span(torso, skirt.minY - 2) + 4);
  });
});

describe('curly hair', () => {
  it('has a fine, lumpy outline, not the long straight edges of a coarse polyhedron', async () => {
    const plan = parsePrompt('close-up of a man with curly hair stands in a park');
    plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
    const built = buildScene(plan, await simulate(plan, 5));
    const hair = built.scene.getObjectByName(`person:${plan.entities.find((e) => e.kind === 'person')!.id}`)!.getObjectByName('hair') as THREE.Mesh;
    const pos = hair.geometry.getAttribute('position');
    const index = hair.geometry.getIndex();
    const corner = (t: number): number => (index ? index.getX(t) : t);
    const count = index ? index.count : pos.count;
    // The longest edge of any of its triangles, in radii of the unit ball it is drawn from: a
    // straight run that long shows on the outline (it was 0.41, a helmet of flat plates).
    const a = new THREE.Vector3(), b = new THREE.Vector3();
    let longest = 0;
    for (let t = 0; t < count; t += 3) {
      for (const [i, j] of [[0, 1], [1, 2], [2, 0]] as const) {
        longest = Math.max(longest, a.fromBufferAttribute(pos, corner(t + i)).distanceTo(b.fromBufferAttribute(pos, corner(t + j))));
      }
    }
    expect(longest).toBeLessThan(0.25);
    // Its radius rises and falls round the ball (curls), by several per cent.
    const radii = Array.from({ length: pos.count }, (_, i) => a.fromBufferAttribute(pos, i).length());
    expect(Math.max(...radii) - Math.min(...radii)).toBeGreaterThan(0.05);
  });
});

describe('a face', () => {
  it('seen from the front, each iris sits in the middle of its eye with white either side (not cross-eyed)', async () => {
    const plan = parsePrompt('close-up of a woman stands in a park');
    plan.camera.angle = 'front';
    plan.format = { ...plan.format, durationSec: 1, width: 640, height: 360 };
    const renderer = createFrameRenderer(plan, await simulate(plan, 5), FAST);
    renderer.renderFrame(6);
    for (const s of ['L', 'R']) {
      const white = objectPixels(renderer, `eyeWhite${s}`).box, iris = objectPixels(renderer, `iris${s}`).box;
      expect(iris.count, s).toBeGreaterThan(20);
      const width = white.maxX - white.minX;
      expect(Math.abs((iris.minX + iris.maxX) / 2 - (white.minX + white.maxX) / 2), s).toBeLessThan(0.12 * width);
      // White shows on both sides of the iris, a good share of the iris's width each.
      const irisW = iris.maxX - iris.minX;
      expect(iris.minX - white.minX, s).toBeGreaterThan(0.3 * irisW);
      expect(white.maxX - iris.maxX, s).toBeGreaterThan(0.3 * irisW);
    }
  });
});

describe('clothes', () => {
  it("a T-shirt's sleeve and a pair of shorts end crisply on the skin, not in a fading band", async () => {
    for (const prompt of ['a man stands in a park', 'a child stands in a park']) {
      const plan = parsePrompt(prompt);
      plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
      const e = plan.entities.find((x) => x.kind === 'person')!;
      // A seed whose look has the cloth end on the limb (a T-shirt; a child's shorts).
      const built = buildScene(plan, await simulate(plan, 1));
      built.update(0.5);
      const person = built.scene.getObjectByName(`person:${e.id}`)!;
      let edges = 0;
      for (const name of ['armL', 'legL']) {
        const geo = (person.getObjectByName(name) as THREE.Mesh).geometry;
        const pos = geo.getAttribute('position'), col = geo.getAttribute('color');
        // Vertices per ring: the first triangle joins vertex 0 to its twin on the next ring.
        const perRing = geo.getIndex()!.getX(2);
        const rings = pos.count / perRing;
        const centre = (r: number): THREE.Vector3 => {
          const c = new THREE.Vector3();
          for (let k = 0; k < perRing - 1; k++) c.add(new THREE.Vector3().fromBufferAttribute(pos, r * perRing + k));
          return c.divideScalar(perRing - 1);
        };
        for (let r = 0; r + 1 < rings; r++) {
          if (col.getX(r * perRing) === col.getX((r + 1) * perRing)) continue;
          edges++;
          // Cloth colour to skin colour within 5 mm along the limb.
          expect(centre(r).distanceTo(centre(r + 1)), `${prompt} ${name}`).toBeLessThan(0.005);
        }
      }
      expect(edges, prompt).toBeGreaterThan(0);
    }
  });
});

describe('blinking', () => {
  it('a person blinks now and then on their own rhythm: the eyes shut for a frame or two, then open', async () => {
    const plan = parsePrompt('close-up of a woman stands in a park');
    plan.camera.angle = 'front';
    plan.format = { ...plan.format, durationSec: 6, width: 320, height: 180 };
    const trace = await simulate(plan, 5);
    const fps = trace.fps;
    const phase = (hashId(plan.entities.find((e) => e.kind === 'person')!.id) % 1000) / 1000;
    const frames = Array.from({ length: trace.frameCount }, (_, i) => i);
    // No blink in the opening second; then some frames shut, and only a few in a row.
    expect(frames.filter((i) => i / fps < BLINK.firstSec).every((i) => eyesClosed(i / fps, phase) === 0)).toBe(true);
    const shut = frames.filter((i) => eyesClosed(i / fps, phase) > 0.8);
    expect(shut.length).toBeGreaterThan(0);
    expect(shut.length).toBeLessThan(trace.frameCount / 10);
    // Drawn: the irises are seen with the eyes open and gone with them shut.
    const renderer = createFrameRenderer(plan, trace, FAST);
    const irises = (frame: number): number => {
      renderer.renderFrame(frame);
      return objectPixels(renderer, 'irisL').box.count + objectPixels(renderer, 'irisR').box.count;
    };
    const open = irises(shut[0]! - Math.round(0.3 * fps));
    expect(open).toBeGreaterThan(20);
    expect(irises(shut[0]!)).toBeLessThan(open * 0.15);
  });
});
