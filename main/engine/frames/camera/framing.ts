// How far the camera stands and what it centres on: a wide shot fits everything interesting over
// the whole clip (or follows a long throw); tighter shots frame a field of view around the subject.
import * as THREE from 'three';
import type { CameraPlan, Entity } from '../../../contract/scene-plan';
import { SHOT_SIZES } from './shot-sizes';

// Beyond this a wide shot stops fitting the whole clip and follows the action instead.
const MAX_WIDE_DISTANCE = 15;
const MIN_WIDE_DISTANCE = 6;
// A locked-off medium shot never widens past this frame height (metres).
const MAX_MEDIUM_FIELD = 8;

export interface ViewBasis {
  right: THREE.Vector3;
  up: THREE.Vector3;
  view: THREE.Vector3;
  tanV: number;
  tanH: number;
  aspect: number;
}

export interface Framing {
  center: THREE.Vector3;
  distance: number;
  // The action travels too far to fit: the framing travels with it.
  follows: boolean;
}

interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  minZ: number;
}

function extentAround(points: readonly THREE.Vector3[], centre: THREE.Vector3, b: ViewBasis): Extent {
  const e: Extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity, minZ: Infinity };
  const tmp = new THREE.Vector3();
  for (const p of points) {
    tmp.subVectors(p, centre);
    const x = tmp.dot(b.right), y = tmp.dot(b.up), z = tmp.dot(b.view);
    e.minX = Math.min(e.minX, x);
    e.maxX = Math.max(e.maxX, x);
    e.minY = Math.min(e.minY, y);
    e.maxY = Math.max(e.maxY, y);
    e.minZ = Math.min(e.minZ, z);
  }
  return e;
}

const centred = (c: THREE.Vector3, e: Extent, b: ViewBasis): THREE.Vector3 =>
  c.clone().addScaledVector(b.right, (e.minX + e.maxX) / 2).addScaledVector(b.up, (e.minY + e.maxY) / 2);

export function frameWide(all: readonly THREE.Vector3[], b: ViewBasis): Framing {
  const c0 = all.reduce((acc, p) => acc.add(p), new THREE.Vector3()).divideScalar(Math.max(1, all.length));
  const e = extentAround(all, c0, b);
  const halfW = (e.maxX - e.minX) / 2 + 0.6;
  const halfH = (e.maxY - e.minY) / 2 + 0.4;
  const fit = Math.max(Math.max(halfW / b.tanH, halfH / b.tanV) * 1.08 + Math.max(0, -e.minZ), MIN_WIDE_DISTANCE);
  // A long throw or roll would need a camera so far away that the ball vanishes: frame a wide slice
  // of it instead and let the framing travel with the action.
  return { center: centred(c0, e, b), distance: Math.min(fit, MAX_WIDE_DISTANCE), follows: fit > MAX_WIDE_DISTANCE };
}

export function frameTight(cam: CameraPlan, subject: Entity | null, focus: readonly THREE.Vector3[], meanFocus: THREE.Vector3, b: ViewBasis): Framing {
  const size = SHOT_SIZES[cam.shot];
  const r = subject?.kind === 'ball' ? (subject.size[0] ?? 0.12) : 0;
  // A close shot of an everyday thing (a glass being filled) frames it as it would a ball its size.
  const thing = subject?.kind === 'object' && cam.shot === 'close' ? size.ballField(Math.max(...subject.size)) : null;
  let field = subject?.kind === 'person' ? size.personField : subject?.kind === 'ball' ? size.ballField(r) : (thing ?? size.otherField);
  let center = meanFocus.clone();
  if (cam.shot === 'medium' && cam.motion === 'static') {
    // A locked-off medium shot widens to keep a moving subject (a bouncing ball) in frame.
    const e = extentAround(focus, meanFocus, b);
    center = centred(meanFocus, e, b);
    field = Math.min(MAX_MEDIUM_FIELD, Math.max(field, (e.maxY - e.minY) * 1.25 + 2 * r, ((e.maxX - e.minX) * 1.2) / b.aspect));
  }
  return { center, distance: field / 2 / b.tanV, follows: false };
}
