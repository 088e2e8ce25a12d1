// The last check of the operator: what each frame must keep, seen from where the camera really
// stands. The framing plans every frame as if the camera stood square in front of the aim at the
// distance the frame needs, but a camera that does not travel stays where the shot's mean put it,
// and walls and people push it about; a thing that comes towards such a camera grows and drops out
// of the frame's foot (a ball a man rolls across the floor in a wide front shot rolled past the
// camera and was out of the last 12 frames). Here the aim is turned towards it, and where turning
// is not enough the lens widens, both eased like every other move.
import * as THREE from 'three';
import type { Entity } from '../../../contract/scene-plan';
import { criticallyDamped, windowMax } from './follow';
import type { Watcher } from './focus';
import { centredMean, PAN_SHARE } from './pan-to-keep';
import { MARGIN } from './projection';

// The widest lens the operator puts on to keep something in shot (degrees, vertical).
const WIDEST_FOV_DEG = 80;

export interface Shot {
  position: readonly THREE.Vector3[];
  target: THREE.Vector3[];
  fovDeg: number[];
  up: THREE.Vector3;
}

interface Need { turnX: number; turnY: number; tanHalf: number }

// How far (tangents of the view) the aim must turn across and up for the points to be inside the
// frame less its margins, and the least tan of half the vertical field that holds them; zeros when
// they are already in.
function needAt(points: readonly THREE.Vector3[], eye: THREE.Vector3, aim: THREE.Vector3, up: THREE.Vector3, fovDeg: number, aspect: number): Need {
  const forward = aim.clone().sub(eye).normalize();
  const right = new THREE.Vector3().crossVectors(forward, up).normalize();
  const upV = new THREE.Vector3().crossVectors(right, forward);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  const rel = new THREE.Vector3();
  for (const p of points) {
    rel.copy(p).sub(eye);
    const z = Math.max(0.05, rel.dot(forward));
    const x = rel.dot(right) / z, y = rel.dot(upV) / z;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const share = 1 - MARGIN;
  const halfY = Math.tan(THREE.MathUtils.degToRad(fovDeg / 2)) * share, halfX = halfY * aspect;
  const past = (lo: number, hi: number, half: number): number => (hi - lo > 2 * half ? (lo + hi) / 2 : hi > half ? hi - half : lo < -half ? lo + half : 0);
  const turnX = past(minX, maxX, halfX), turnY = past(minY, maxY, halfY);
  const tanHalf = Math.max((maxY - minY) / 2, (maxX - minX) / (2 * aspect)) / share;
  return { turnX, turnY, tanHalf: turnX === 0 && turnY === 0 ? 0 : tanHalf };
}

// The largest turn needed within `radius` frames either side, then averaged over as many: a smooth
// turn that is never short of what a frame needs (averaged alone, it fell short at the clip's end,
// the ball half out of the frame's foot).
function held(turns: readonly number[], radius: number): number[] {
  const most = turns.map((_, i) => {
    let m = 0;
    for (let k = Math.max(0, i - radius); k <= Math.min(turns.length - 1, i + radius); k++) if (Math.abs(turns[k]!) > Math.abs(m)) m = turns[k]!;
    return m;
  });
  return centredMean(most, radius);
}

// Turns the aim and widens the lens, frame by frame, so that what `keep[f]` lists stays in shot from the camera
// at `position[f]`. Frames where it already is are left alone.
export function keepInShot(shot: Shot, keep: readonly (readonly Entity[])[], watcher: Watcher, aspect: number, fps: number, followSec: number): void {
  const needs = shot.target.map((aim, f): Need => {
    const points = keep[f]!.flatMap((e) => watcher.bounds(e, f));
    return points.length === 0 ? { turnX: 0, turnY: 0, tanHalf: 0 } : needAt(points, shot.position[f]!, aim, shot.up, shot.fovDeg[f]!, aspect);
  });
  if (needs.every((n) => n.turnX === 0 && n.turnY === 0)) return;
  const radius = Math.max(1, Math.round(followSec * PAN_SHARE * fps));
  const turnX = held(needs.map((n) => n.turnX), radius), turnY = held(needs.map((n) => n.turnY), radius);
  // How much wider than planned the lens must be (a ratio of tangents), eased in before it is needed.
  const tanOf = (f: number): number => Math.tan(THREE.MathUtils.degToRad(shot.fovDeg[f]! / 2));
  const wider = needs.map((n, f) => Math.max(1, n.tanHalf / tanOf(f)));
  const eased = criticallyDamped(windowMax(wider, Math.round(fps * followSec)), fps, followSec);
  const widest = Math.tan(THREE.MathUtils.degToRad(WIDEST_FOV_DEG / 2));
  shot.target.forEach((aim, f) => {
    const eye = shot.position[f]!;
    const forward = aim.clone().sub(eye);
    const dist = forward.length();
    forward.normalize();
    const right = new THREE.Vector3().crossVectors(forward, shot.up).normalize();
    const upV = new THREE.Vector3().crossVectors(right, forward);
    aim.addScaledVector(right, turnX[f]! * dist).addScaledVector(upV, turnY[f]! * dist);
    const tanHalf = Math.min(widest, tanOf(f) * Math.max(eased[f]!, wider[f]!));
    shot.fovDeg[f] = Math.max(shot.fovDeg[f]!, THREE.MathUtils.radToDeg(2 * Math.atan(tanHalf)));
  });
}
