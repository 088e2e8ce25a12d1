// Where things are, decided once per plan: the hoops' geometry, the main action axis, the court frame
// and the interior bounds the camera must stay in. The scene builders and the camera rig share it so
// the court lines, the bleachers and the "side" camera all agree on which way is which.
import { FLOATS_PER_BODY } from '../../../contract/world-trace';
import type { ScenePlan, Vec3 } from '../../../contract/scene-plan';
import type { WorldTrace } from '../../../contract/world-trace-types';
import { hoopGeometry, type HoopGeometry } from '../../simulate/fixtures';

export interface SceneLayout {
  hoops: { id: string; geometry: HoopGeometry }[];
  // Unit horizontal vector the action runs along (shooter -> hoop, or the throw/roll direction).
  axis: Vec3;
  // Unit horizontal vector perpendicular to `axis`: the camera's side for "side" shots, chosen so the
  // action runs left to right on screen.
  side: Vec3;
  // Floor point at the centre of the action.
  center: Vec3;
  // Court/hall frame: origin on the floor, `u` along the court's length (pointing away from the main
  // hoop), `v` across it (v = (-u.z, 0, u.x): the frame's local x, z axes, a pure rotation about y). The camera's
  // side is -v; scenery meant to be seen behind the action (bleachers, road, sea) sits at +v.
  court: { origin: Vec3; u: Vec3; v: Vec3; halfLength: number; halfWidth: number };
  // Interior (walls) in the court frame; the camera is kept inside it. Null outdoors.
  interior: { halfLength: number; halfWidth: number; height: number } | null;
  // Where the action goes: the horizontal box of everything that exists or moves over the take (a
  // continued take keeps its parent's, so its scenery is the parent's). Scenery stands clear of it.
  footprint: Footprint;
}

// Tall scenery the camera keeps out of and looks past (a tree, crown and all): a column standing on
// the floor at world (x, z), `radius` metres round.
export interface Obstacle {
  x: number;
  z: number;
  radius: number;
}

// FIBA court: 28 x 15 m; rim centre 1.575 m in front of the baseline.
export const COURT = { halfLength: 14, halfWidth: 7.5, rimFromBaseline: 1.575 } as const;

function unit(x: number, z: number, fallback: Vec3): Vec3 {
  const l = Math.hypot(x, z);
  return l > 1e-6 ? [x / l, 0, z / l] : fallback;
}

// Horizontal bounding box of everything that exists or moves: entities, every body in every trace
// frame, and the actors. Rooms are sized from it so nothing visibly leaves through a wall (the
// simulation has no walls).
export interface Footprint {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

export function footprintOf(plan: ScenePlan, trace: WorldTrace | undefined): Footprint {
  const box = { minX: Infinity, maxX: -Infinity, minZ: Infinity, maxZ: -Infinity };
  const add = (x: number, z: number): void => {
    if (!Number.isFinite(x) || !Number.isFinite(z)) return;
    box.minX = Math.min(box.minX, x); box.maxX = Math.max(box.maxX, x);
    box.minZ = Math.min(box.minZ, z); box.maxZ = Math.max(box.maxZ, z);
  };
  for (const e of plan.entities) add(e.position[0], e.position[2]);
  if (trace) {
    for (const row of trace.frames) {
      for (let o = 0; o + 2 < row.length; o += FLOATS_PER_BODY) add(row[o]!, row[o + 2]!);
    }
    for (const a of trace.actors) add(a.position[0], a.position[2]);
  }
  return box;
}

// How the setting shapes the layout (from its module): a court around the hoop, a room fitted
// around the action, or open ground; and whether it is indoors.
export interface LayoutPlace {
  interior: 'court' | 'room' | null;
  indoor: boolean;
  // Where to look (m along the court frame's v) when the scene is only the place ("waves crash on a
  // beach" looks at the water's edge).
  emptyFocusM?: number;
  // The place is fixed in the world (a beach's sea does not move with the action): its frame is the
  // world's, whatever happens where (a scene with a hoop still gets its court).
  fixedFrame?: boolean;
}

// `pinned` keeps a room the size it had in the take this one continues (a range, an extension), so
// the frames before the join stay the parent's even if the new motion reaches further.
export function computeLayout(plan: ScenePlan, place: LayoutPlace, trace?: WorldTrace, pinned?: Footprint): SceneLayout {
  const hoops = plan.entities.filter((e) => e.kind === 'hoop').map((h) => ({ id: h.id, geometry: hoopGeometry(h) }));
  const firstHoop = hoops[0];
  // Simulated hoops always face -x (shooter at -x), so the action runs towards +x.
  let axis: Vec3 = [1, 0, 0];
  if (!firstHoop) {
    const moving = plan.actions.find((a) => 'velocity' in a && a.velocity);
    const v = moving && 'velocity' in moving ? moving.velocity : undefined;
    if (v) axis = unit(v[0], v[2], axis);
  }
  const u: Vec3 = [-axis[0], 0, -axis[2]];
  const v: Vec3 = [-u[2], 0, u[0]];

  // Action centre: mean of the interesting entities' floor points (big static props excluded).
  const pts = plan.entities.filter((e) => e.kind === 'ball' || e.kind === 'person' || e.kind === 'hoop');
  const src = pts.length > 0 ? pts : plan.entities;
  // A scene of only its place's elements (rain on a street) is laid out about the origin, and looks
  // where the place says.
  const n = Math.max(1, src.length);
  const centroid: Vec3 = [src.reduce((s, e) => s + e.position[0], 0) / n, 0, src.reduce((s, e) => s + e.position[2], 0) / n];
  const focusM = src.length === 0 ? (place.emptyFocusM ?? 0) : 0;
  const center: Vec3 = [centroid[0] + v[0] * focusM, 0, centroid[2] + v[2] * focusM];

  // A take with nothing in it happens at its centre.
  const found = pinned ?? footprintOf(plan, trace);
  const fp = Number.isFinite(found.minX) ? found : { minX: center[0], maxX: center[0], minZ: center[2], maxZ: center[2] };
  let interior: SceneLayout['interior'] = null;
  let origin: Vec3 = centroid;
  const interiorKind = place.interior;
  if (firstHoop && interiorKind !== 'room') {
    // The main hoop's baseline is the court's -u end; the court centre is half a court in front of it.
    const fromRim = COURT.halfLength - COURT.rimFromBaseline;
    const r = firstHoop.geometry.rimCenter;
    origin = [r[0] + u[0] * fromRim, 0, r[2] + u[2] * fromRim];
  }
  if (interiorKind === 'court' && place.indoor) {
    interior = { halfLength: COURT.halfLength + 4, halfWidth: COURT.halfWidth + 5, height: 10 };
  } else if (interiorKind === 'room') {
    // Centred on everything that happens, big enough to hold it with space to stand around it (the
    // room is axis-aligned with the court frame, whose u is +-x or along the action).
    origin = [(fp.minX + fp.maxX) / 2, 0, (fp.minZ + fp.maxZ) / 2];
    const dx = (fp.maxX - fp.minX) / 2, dz = (fp.maxZ - fp.minZ) / 2;
    const along = Math.abs(u[0]) * dx + Math.abs(u[2]) * dz;
    const across = Math.abs(u[2]) * dx + Math.abs(u[0]) * dz;
    interior = { halfLength: Math.max(4.5, along + 1.5), halfWidth: Math.max(3.5, across + 2.5), height: firstHoop ? 4 : 2.8 };
  }
  const fixed = place.fixedFrame === true && !firstHoop;
  const court = { origin: fixed ? ([0, 0, 0] as Vec3) : origin, u: fixed ? ([-1, 0, 0] as Vec3) : u, v: fixed ? ([0, 0, -1] as Vec3) : v, halfLength: COURT.halfLength, halfWidth: COURT.halfWidth };
  return { hoops, axis, side: [-v[0], 0, -v[2]], center, court, interior, footprint: fp };
}
// Court-frame helpers: (s along u, t along v) -> world, and back.
export function courtToWorld(layout: SceneLayout, s: number, t: number, y = 0): Vec3 {
  const { origin, u, v } = layout.court;
  return [origin[0] + u[0] * s + v[0] * t, y, origin[2] + u[2] * s + v[2] * t];
}

// Metres from the court-frame floor point (s, t) to the nearest point of the action's footprint (0
// inside it): how far a piece of scenery stands from where the action goes.
export function distanceToAction(layout: SceneLayout, s: number, t: number): number {
  const [x, , z] = courtToWorld(layout, s, t);
  const fp = layout.footprint;
  return Math.hypot(Math.max(fp.minX - x, 0, x - fp.maxX), Math.max(fp.minZ - z, 0, z - fp.maxZ));
}

export function worldToCourt(layout: SceneLayout, p: Vec3): [number, number] {
  const { origin, u, v } = layout.court;
  const dx = p[0] - origin[0];
  const dz = p[2] - origin[2];
  return [dx * u[0] + dz * u[2], dx * v[0] + dz * v[2]];
}
