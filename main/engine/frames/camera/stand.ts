// Where the camera can stand, frame by frame, once the shot has placed it: in front of backboards,
// inside the walls, above the floor and above the surface its subject rests on, out of people and
// trees; then eased into those pushes by the operator's follow.
import * as THREE from 'three';
import type { Entity, ScenePlan } from '../../../contract/scene-plan';
import type { Obstacle, SceneLayout } from '../scene/layout';
import { surfaceHeight } from '../scene/surface-height';
import { clampInside, keepBeforeBoards, keepOutOfObstacles, keepOutOfPeople } from './clearance';
import { criticallyDamped, followPoints } from './follow';
import type { Watcher } from './focus';
import { isThing } from './hand-work';

// Over the surface a thing rests on (a table top, the floor), the camera looks down across it by at
// least this much: a low angle's 14 degrees up from under a bottle on a table stood the camera below
// the top, which hid the bottle once it lay down (the frame was the top's underside), and books
// lying on the floor seen from 3 degrees over it were lines. A ball is round from any side: only
// kept over the top.
const OVER_TOP_TAN = { thing: Math.tan(THREE.MathUtils.degToRad(10)), ball: Math.tan(THREE.MathUtils.degToRad(3)) };

export interface StandInput {
  plan: ScenePlan;
  layout: SceneLayout;
  watcher: Watcher;
  subject: Entity | null;
  people: readonly Entity[];
  trees: readonly Obstacle[];
  // The lowest the camera goes anywhere (metres over the floor).
  floorY: number;
  fps: number;
  easeSec: number;
}

// The camera's position per frame from where the shot places it (`placed`) and the aim, and how much
// further off than placed people and trees pushed it (a ratio of distances).
export function standCamera(input: StandInput, placed: readonly THREE.Vector3[], target: readonly THREE.Vector3[]): { position: THREE.Vector3[]; backed: number[] } {
  const { layout, watcher, subject, people, trees, fps, easeSec } = input;
  const surface = surfaceHeight(input.plan);
  const slope = subject && isThing(subject) ? OVER_TOP_TAN.thing : subject?.kind === 'ball' ? OVER_TOP_TAN.ball : null;
  const at = new THREE.Vector3();
  const lowest: number[] = [];
  const backed: number[] = [];
  const pushed = placed.map((q, f) => {
    const p = q.clone();
    const planned = p.distanceTo(target[f]!);
    keepBeforeBoards(p, target[f]!, layout.hoops);
    lowest.push(Math.max(input.floorY, slope !== null ? overTop(surface, watcher.locate(subject!, f, at), p, slope) : 0));
    clampInside(layout, p, lowest[f]!);
    keepOutOfPeople(p, people, watcher, f);
    keepOutOfObstacles(p, trees);
    backed.push(p.distanceTo(target[f]!) / Math.max(1e-6, planned));
    return p;
  });
  // Pushes off walls and people are sudden; the operator eases into them (aimed ahead, so the move
  // starts before the push is needed), then stays inside the walls and over the top, eased the same
  // way (a ball rolling off a table lets the camera down as it goes, not in one step).
  const floor = criticallyDamped(lowest, fps, easeSec);
  const position = followPoints(pushed, fps, easeSec).map((q, f) => clampInside(layout, new THREE.Vector3(q.x, q.y, q.z), floor[f]!));
  return { position, backed };
}

// The least height for a camera at `cam` over a thing at `thing` resting on the surface under it (a
// table top, a stair, a ramp, the floor), looking down across it at `slope`; 0 for one in the air
// beside a raised surface or under it.
function overTop(surface: (x: number, z: number) => number, thing: THREE.Vector3, cam: THREE.Vector3, slope: number): number {
  const top = surface(thing.x, thing.z);
  if (thing.y < top - 0.01) return 0;
  return top + Math.hypot(cam.x - thing.x, cam.z - thing.z) * slope;
}
