// A hand of the trace (engine/hands/) in the picture: palm, fingers curled round what it holds and a
// thumb opposing them (hand-mesh.ts), and the arm back to its shoulder, bending at the elbow (two-bone IK in the plane the
// shoulder, hand and a downward pole make) and sleeved from just above the wrist. The shoulder is
// outside the frame; when the hand comes nearer or goes further than an arm allows, the arm slides
// along its own line (the body behind it leans), so a withdrawing hand leaves the picture arm first.
// A person's own hand (the shape's owner) is drawn without an arm, in their skin: their body's arm
// reaches its wrist (frames/scene/person.ts).
import * as THREE from 'three';
import type { TraceBody, Vec3, WorldTrace } from '../../../contract/world-trace-types';
import { FINGERS_M, FOREARM_M, PALM_HALF, UPPER_ARM_M } from '../../hands/hand-shape';
import { clothSurface, patternedMaterial, skinSurface } from '../shading/surfaces';
import type { TraceSampler } from '../trace-sampler';
import { routeArm } from './arm-route';
import { HandMesh, place, RELAXED_CURL } from './hand-mesh';

const SPHERE = new THREE.SphereGeometry(1, 14, 10);
// A unit cylinder from y = 0 to y = 1 (placed along a segment).
const LIMB = new THREE.CylinderGeometry(1, 1, 1, 12, 1).translate(0, 0.5, 0);
const SKIN = 0xd9a383;
const SLEEVE = 0x3b4a5e;
// How far past the shoulder the sleeve runs on (m): the arm goes on out of the frame.
export const BEYOND_M = 0.9;
// A grip closes in this long (s).
const CLOSE_SEC = 0.15;
// The tightest curl (rad, knuckle to tip): a loose fist round a thin handle, the fingertips coming
// back up its far side.
const MAX_CURL = 3.6;
// How far (m) the fingers' inner surface sits out from what they wrap.
const FINGER_THICK_M = 0.012;

type HandShape = Extract<TraceBody['shape'], { kind: 'hand' }>;
type Grips = NonNullable<HandShape['grips']>;

// How far the fingers are curled at time t (rad): round what they hold (a glass's radius lets
// them wrap about 100 degrees, a spoon's handle as far as a fist), relaxed when they hold nothing,
// closing and opening over a moment. A hand that holds from the clip's first instant is closed at
// its first frame (a coin on a fist, a ball in a palm): it did not just take hold.
export function curlAt(grips: Grips, t: number): number {
  let curl = RELAXED_CURL;
  for (const g of grips) {
    if (g.t > t) break;
    const target = g.closes ? THREE.MathUtils.clamp(FINGERS_M / (g.wrapM + FINGER_THICK_M), 0.6, MAX_CURL) : RELAXED_CURL;
    const u = g.t <= 0 ? 1 : THREE.MathUtils.clamp((t - g.t) / CLOSE_SEC, 0, 1);
    curl += (target - curl) * u * u * (3 - 2 * u);
  }
  return curl;
}

function mesh(group: THREE.Group, geometry: THREE.BufferGeometry, material: THREE.Material, name: string): THREE.Mesh {
  const m = new THREE.Mesh(geometry, material);
  m.matrixAutoUpdate = false;
  m.frustumCulled = false;
  m.castShadow = true;
  m.name = name;
  group.add(m);
  return m;
}

// A limb of radius r from a to b.
function limb(m: THREE.Object3D, a: THREE.Vector3, b: THREE.Vector3, r: number): void {
  const y = b.clone().sub(a);
  const len = y.length() || 1e-6;
  y.divideScalar(len);
  const x = Math.abs(y.y) < 0.9 ? new THREE.Vector3(0, 1, 0).cross(y).normalize() : new THREE.Vector3(1, 0, 0).cross(y).normalize();
  const z = x.clone().cross(y);
  m.matrix.set(x.x * r, y.x * len, z.x * r, a.x, x.y * r, y.y * len, z.y * r, a.y, x.z * r, y.z * len, z.z * r, a.z, 0, 0, 0, 1);
  m.matrixWorldNeedsUpdate = true;
}

// The elbow of an arm from shoulder s to wrist w, bending down and out (away from the pole's side).
export function elbowOf(s: THREE.Vector3, w: THREE.Vector3): THREE.Vector3 {
  const d = w.clone().sub(s);
  const len = Math.min(d.length(), FOREARM_M + UPPER_ARM_M - 1e-4);
  const dir = d.normalize();
  const a = (UPPER_ARM_M ** 2 - FOREARM_M ** 2 + len ** 2) / (2 * len);
  const h = Math.sqrt(Math.max(0, UPPER_ARM_M ** 2 - a * a));
  const pole = new THREE.Vector3(0, -1, 0).addScaledVector(dir, dir.y).normalize();
  return s.clone().addScaledVector(dir, a).addScaledVector(pole, h);
}

// The shoulder as drawn: towards the planned one, within what an arm can span. A hand withdrawing
// goes back the way its arm came, on through the planned shoulder (hand-moves.ts leave): as it
// nears it, the arm turns to point on along `outward` (the way the arm came in), and once past it
// keeps pointing on away, so it goes out of the picture with the hand. Turned to the planned
// shoulder instead, it flipped and hung back down into a wide shot, a tube with a cut end, after
// the hand had left; flipped at once as the hand passed, the arm swung by up to 106 degrees between
// two frames while the hand was still in a wide shot. The turn is smooth: the part of the way along
// `outward` is never less than ONWARD_M.
const ONWARD_M = 0.3;
function shoulderFor(planned: THREE.Vector3, wrist: THREE.Vector3, outward: THREE.Vector3): THREE.Vector3 {
  const d = planned.clone().sub(wrist);
  const along = d.dot(outward);
  const way = d.addScaledVector(outward, Math.max(along, ONWARD_M) - along);
  const reach = FOREARM_M + UPPER_ARM_M;
  const len = THREE.MathUtils.clamp(way.length(), 0.7 * reach, 0.97 * reach);
  return wrist.clone().addScaledVector(way.normalize(), len);
}

// The way the arm comes in: from where the hand first is in the trace to its planned shoulder (a
// function of the trace alone, so every frame worker draws the same arm).
function outwardOf(sampler: TraceSampler, body: TraceBody, planned: THREE.Vector3): THREE.Vector3 {
  const p = new THREE.Vector3();
  for (let f = 0; f < sampler.frameCount; f++) if (sampler.position(body.id, f, p)) return planned.clone().sub(p).normalize();
  return new THREE.Vector3(0, 1, 0);
}

// A thin handle (a spoon's) is held in the crook of the fingers, not against the middle of the palm
// where the trace's palm presses it (the fingers, which start at the palm's far edge, curled into a
// fist beside it): the drawn hand sits back along its fingers by this much (m) while it holds one.
const THIN_M = 0.015;
const PINCH_BACK_M = PALM_HALF[0] * 0.6;

function drawnBack(grips: Grips, t: number): number {
  const held = heldAt(grips, t);
  return held !== null && held < THIN_M ? PINCH_BACK_M : 0;
}

// Where a hand's wrist is drawn at a frame (the back of its palm), or null before the trace has it.
export function wristAt(sampler: TraceSampler, body: TraceBody, frame: number): Vec3 | null {
  const p = new THREE.Vector3(), q = new THREE.Quaternion();
  if (!sampler.position(body.id, frame, p) || !sampler.quaternion(body.id, frame, q)) return null;
  const back = body.shape.kind === 'hand' ? drawnBack(body.shape.grips ?? [], frame / sampler.fps) : 0;
  const w = p.addScaledVector(new THREE.Vector3(1, 0, 0).applyQuaternion(q), -PALM_HALF[0] * 0.95 - back);
  return [w.x, w.y, w.z];
}

// The radius (m) of what the hand holds at time t, or null while its fingers are open.
export function heldAt(grips: Grips, t: number): number | null {
  let held: number | null = null;
  for (const g of grips) {
    if (g.t > t) break;
    held = g.closes ? g.wrapM : null;
  }
  return held;
}

export class FreeHand {
  readonly group = new THREE.Group();
  private readonly m: Record<string, THREE.Mesh> = {};
  private readonly p = new THREE.Vector3();
  private readonly q = new THREE.Quaternion();
  private readonly shoulder: THREE.Vector3;
  private readonly outward: THREE.Vector3;
  private readonly grips: Grips;
  private readonly hand: HandMesh;

  // skin: the owner's skin colour, for a person's own hand (drawn without its arm).
  constructor(private readonly body: TraceBody, shape: HandShape, private readonly sampler: TraceSampler, owner?: { skin: THREE.Color }) {
    this.shoulder = new THREE.Vector3(...shape.shoulder);
    this.outward = outwardOf(sampler, body, this.shoulder);
    const skin = patternedMaterial(skinSurface(), { color: owner?.skin ?? SKIN, roughness: 0.55 });
    this.grips = shape.grips ?? [];
    this.hand = new HandMesh((geometry, name) => mesh(this.group, geometry, skin, `hand:${body.id}:${name}`), 1);
    this.group.name = `hand:${body.id}`;
    // A person's own hand: their arm, drawn with their body, runs to its wrist.
    if (owner) return;
    this.m.wrist = mesh(this.group, SPHERE, skin, `hand:${body.id}:wrist`);
    const cloth = patternedMaterial(clothSurface(), { color: SLEEVE, roughness: 0.85 });
    this.m.forearm = mesh(this.group, LIMB, skin, `hand:${body.id}:forearm`);
    this.m.sleeve = mesh(this.group, LIMB, cloth, `hand:${body.id}:sleeve`);
    this.m.upper = mesh(this.group, LIMB, cloth, `hand:${body.id}:upper`);
    this.m.elbow = mesh(this.group, SPHERE, cloth, `hand:${body.id}:elbow`);
  }

  // camera: this frame's, when drawing it (the arm is routed out of its picture: arm-route.ts).
  update(frame: number, camera?: THREE.PerspectiveCamera): void {
    if (!this.sampler.position(this.body.id, frame, this.p) || !this.sampler.quaternion(this.body.id, frame, this.q)) return;
    const x = new THREE.Vector3(1, 0, 0).applyQuaternion(this.q);
    const y = new THREE.Vector3(0, 1, 0).applyQuaternion(this.q);
    const z = new THREE.Vector3(0, 0, 1).applyQuaternion(this.q);
    const { m, p } = this;
    const t = frame / this.sampler.fps;
    // What it holds lies against the trace's palm, whose centre the drawn hand may sit back from.
    const heldM = heldAt(this.grips, t);
    const held = heldM === null ? null : { axis: p.clone().addScaledVector(y, -(PALM_HALF[1] + heldM)), radiusM: heldM };
    p.addScaledVector(x, -drawnBack(this.grips, t));
    this.hand.update(p, x, y, z, curlAt(this.grips, t), held);
    const [hx] = PALM_HALF;
    const wrist = p.clone().addScaledVector(x, -hx * 0.95);
    if (!m.forearm) return;
    place(m.wrist!, wrist, x, y, z, 0.025, 0.022, 0.03);
    const shoulder = shoulderFor(this.shoulder, wrist, this.outward);
    if (camera) {
      const lengthM = shoulder.distanceTo(wrist);
      const way = routeArm(wrist, shoulder.clone().sub(wrist).normalize(), lengthM, camera);
      shoulder.copy(wrist).addScaledVector(way, lengthM);
    }
    const elbow = elbowOf(shoulder, wrist);
    // Bare forearm for its lower half, then the sleeve.
    const cuff = wrist.clone().lerp(elbow, 0.45);
    limb(m.forearm!, wrist, cuff, 0.026);
    limb(m.sleeve!, cuff, elbow, 0.036);
    const beyond = shoulder.clone().addScaledVector(shoulder.clone().sub(elbow).normalize(), BEYOND_M);
    limb(m.upper!, elbow, beyond, 0.045);
    place(m.elbow!, elbow, x, y, z, 0.042, 0.042, 0.042);
  }
}

// Every hand in the trace, drawn and posed at each frame; `skinOf` gives the skin of a person whose
// own hand it is (null: no such person drawn, e.g. a cameo's card, so the hand keeps its arm).
export function addHands(scene: THREE.Scene, trace: WorldTrace, sampler: TraceSampler, skinOf: (owner: string) => THREE.Color | null): ((frame: number, camera?: THREE.PerspectiveCamera) => void)[] {
  return trace.bodies.flatMap((body) => {
    if (body.shape.kind !== 'hand') return [];
    const skin = body.shape.owner ? skinOf(body.shape.owner) : null;
    const hand = new FreeHand(body, body.shape, sampler, skin ? { skin } : undefined);
    scene.add(hand.group);
    return [(frame: number, camera?: THREE.PerspectiveCamera) => hand.update(frame, camera)];
  });
}
