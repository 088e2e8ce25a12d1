// Keeping the camera where a real one could stand: inside the room or hall (walls push it in, and
// the lens widens to keep the framing), above the ground, never inside a person or a tree, and with
// no one else and no tree standing between it and its subject.
import * as THREE from 'three';
import type { Entity } from '../../../contract/scene-plan';
import { courtToWorld, worldToCourt, type Obstacle, type SceneLayout } from '../scene/layout';
import type { Watcher } from './focus';

// How close the camera may come to a wall, the floor and a person's body (metres).
const WALL_MARGIN = 0.4;
const PERSON_CLEARANCE = 0.55;

export function clampInside(layout: SceneLayout, p: THREE.Vector3, minY: number): THREE.Vector3 {
  const interior = layout.interior;
  if (!interior) {
    p.y = Math.max(p.y, minY);
    return p;
  }
  const [s, t] = worldToCourt(layout, [p.x, p.y, p.z]);
  const cs = THREE.MathUtils.clamp(s, -interior.halfLength + WALL_MARGIN, interior.halfLength - WALL_MARGIN);
  const ct = THREE.MathUtils.clamp(t, -interior.halfWidth + WALL_MARGIN, interior.halfWidth - WALL_MARGIN);
  const w = courtToWorld(layout, cs, ct);
  return p.set(w[0], THREE.MathUtils.clamp(p.y, minY, interior.height - 0.3), w[2]);
}

// Distance from p to the segment a-b.
function toSegment(p: THREE.Vector3, a: THREE.Vector3, b: THREE.Vector3): { d: number; closest: THREE.Vector3 } {
  const ab = b.clone().sub(a);
  const t = THREE.MathUtils.clamp(p.clone().sub(a).dot(ab) / Math.max(1e-9, ab.lengthSq()), 0, 1);
  const closest = a.clone().addScaledVector(ab, t);
  return { d: p.distanceTo(closest), closest };
}

// A person's body as a vertical segment (feet to head) for clearance tests.
function bodyAxis(watcher: Watcher, e: Entity, f: number): [THREE.Vector3, THREE.Vector3] {
  const pose = watcher.pose(e, f);
  return [new THREE.Vector3(pose.pelvis[0], 0.1, pose.pelvis[2]), new THREE.Vector3(...pose.head)];
}

// Pushes the camera out of anyone's body (sideways, away from their axis).
export function keepOutOfPeople(p: THREE.Vector3, people: readonly Entity[], watcher: Watcher, f: number): void {
  for (const e of people) {
    const [a, b] = bodyAxis(watcher, e, f);
    const { d, closest } = toSegment(p, a, b);
    if (d >= PERSON_CLEARANCE) continue;
    const away = p.clone().sub(closest).setY(0);
    if (away.lengthSq() < 1e-8) away.set(1, 0, 0);
    p.addScaledVector(away.normalize(), PERSON_CLEARANCE - d);
  }
}

// Pushes the camera out of tall scenery (sideways, away from its axis).
export function keepOutOfObstacles(p: THREE.Vector3, obstacles: readonly Obstacle[]): void {
  for (const o of obstacles) {
    const dx = p.x - o.x, dz = p.z - o.z;
    const d = Math.hypot(dx, dz);
    if (d >= o.radius) continue;
    const k = d > 1e-6 ? o.radius / d : 0;
    p.set(d > 1e-6 ? o.x + dx * k : o.x + o.radius, p.y, d > 1e-6 ? o.z + dz * k : o.z);
  }
}

// Whether the sight line from cam to aim passes through tall scenery (a tree is taken as a column
// as wide as its crown, from the ground up).
function throughObstacle(cam: THREE.Vector3, aim: THREE.Vector3, obstacles: readonly Obstacle[]): boolean {
  const q = new THREE.Vector3();
  for (let k = 0; k <= 10; k++) {
    q.copy(cam).lerp(aim, k / 10);
    if (obstacles.some((o) => Math.hypot(q.x - o.x, q.z - o.z) < o.radius)) return true;
  }
  return false;
}

// Frames in which someone other than the subject, or a tree, stands between the camera and the aim.
export function blockedFrames(cameraAt: (f: number) => THREE.Vector3, aimAt: (f: number) => THREE.Vector3, others: readonly Entity[], obstacles: readonly Obstacle[], watcher: Watcher, frames: number, step: number): number {
  let blocked = 0;
  for (let f = 0; f < frames; f += step) {
    const cam = cameraAt(f), aim = aimAt(f);
    if (throughObstacle(cam, aim, obstacles)) blocked++;
    for (const e of others) {
      const [a, b] = bodyAxis(watcher, e, f);
      // Sample the sight line; a body blocks it when the line passes within its radius.
      for (let k = 1; k < 10; k++) {
        const q = cam.clone().lerp(aim, k / 10);
        if (toSegment(q, a, b).d < 0.25) { blocked++; k = 10; }
      }
    }
  }
  return blocked;
}

// How near (m, across the floor) the aim must be to a backboard for the camera to be kept in front
// of it, and how far in front of its face the camera then stands at the least.
const NEAR_BOARD_M = 3;
const BEFORE_BOARD_M = 1.2;

// Keeps the camera on the court's side of a backboard the shot is near: standing level with the
// board or behind it, a close-up of a ball coming off the board showed the board edge-on or not at
// all. Pushed straight out from the board's face, the aim kept.
export function keepBeforeBoards(p: THREE.Vector3, aim: THREE.Vector3, hoops: SceneLayout['hoops']): void {
  for (const { geometry: g } of hoops) {
    const c = new THREE.Vector3(...g.board.center);
    const n = new THREE.Vector3(...g.rimCenter).sub(c).setY(0);
    if (n.lengthSq() < 1e-9 || Math.hypot(aim.x - c.x, aim.z - c.z) > NEAR_BOARD_M) continue;
    n.normalize();
    const before = p.clone().sub(c).dot(n);
    if (before < BEFORE_BOARD_M) p.addScaledVector(n, BEFORE_BOARD_M - before);
  }
}
