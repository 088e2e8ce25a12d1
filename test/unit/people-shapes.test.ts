// The shapes people's bodies are drawn with: their skin faces outward (the rasterizer culls back
// faces, so an inside-out tube shows its far wall and whatever is inside it), shoulders that round
// over the arms' tops, a neck that is a column, a knight in steel, a dress that holds the legs, and
// clothes that end crisply on the skin.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { spreadShoulders } from '../../main/engine/body/body-kinds';
import { stoopPose } from '../../main/engine/body/elderly';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { Loft } from '../../main/engine/frames/people/loft';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;

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
    const trace = await simulate(plan, 2);
    const built = buildScene(plan, trace);
    built.update(0.5);
    built.scene.updateMatrixWorld(true);
    const e = plan.entities.find((x) => x.kind === 'person')!;
    const H = e.size[0]!;
    const person = built.scene.getObjectByName(`person:${e.id}`)!;
    // The pose as drawn: an old person's back is rounded over it (body/elderly.ts), and the
    // shoulder joints moved to a woman's or a child's spread (body/body-kinds.ts; at the skeleton's
    // man's spread the ray fell on a woman's deltoid, 1.6 cm outside her joint).
    const pose = built.poseFn(built.sampler.actorTrack(e), H, 0.5);
    const look = appearanceFor(e, trace.seed);
    stoopPose(pose, look.build.stoop);
    spreadShoulders(pose, look.face, H);
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
          // (a bare limb's own tints, limb-profile.ts limbSkinTint, change its colour by under 10%)
          if (Math.abs(col.getX(r * perRing) - col.getX((r + 1) * perRing)) <= 0.1 * col.getX(r * perRing)) continue;
          edges++;
          // Cloth colour to skin colour within 5 mm along the limb.
          expect(centre(r).distanceTo(centre(r + 1)), `${prompt} ${name}`).toBeLessThan(0.005);
        }
      }
      expect(edges, prompt).toBeGreaterThan(0);
    }
  });
});
