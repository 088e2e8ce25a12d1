// The containers' walls as the liquid's drawing needs them: where each container is at a frame (from
// the trace), so the surface can be kept inside its cavity. The particles keep a radius off the wall
// and the surface is drawn a little beyond the particles (draw.ts), so without this the surface
// would poke through a glass's wall: partly in front of it (drawn unveiled) and partly behind (seen
// through it), a pale patchwork instead of the liquid's colour behind the glass.
import * as THREE from 'three';
import type { ScenePlan } from '../../contract/scene-plan';
import type { TraceSampler } from '../frames/trace-sampler';
import { objectModule } from '../objects';
import { ContainerShape } from './container';
import { rotate } from './motion';
import { CONTAINER_FORMS } from './floaters';

export interface LiquidWall {
  shape: ContainerShape;
  position: readonly [number, number, number];
  // Unit quaternion x, y, z, w.
  rotation: { x: number; y: number; z: number; w: number };
}

export type WallsAt = (frame: number) => LiquidWall[];

// Where each container is comes from the trace through its sampler (the one reader of body poses).
export function liquidWalls(plan: ScenePlan, sampler: TraceSampler): WallsAt {
  const vessels = plan.entities.flatMap((e) =>
    e.kind === 'object' && e.form && CONTAINER_FORMS.has(e.form) && sampler.hasBody(e.id) ? [{ id: e.id, shape: new ContainerShape(objectModule(e.form)) }] : [],
  );
  const p = new THREE.Vector3();
  const q = new THREE.Quaternion();
  return (frame) =>
    vessels.map(({ id, shape }) => {
      sampler.position(id, frame, p);
      sampler.quaternion(id, frame, q);
      return { shape, position: [p.x, p.y, p.z], rotation: { x: q.x, y: q.y, z: q.z, w: q.w } };
    });
}

// Whether a point (world, m) is in a container's wall or floor, or within `gapM` of its cavity's
// side: the liquid's surface is kept out of there.
// (one scratch point: the liquid's drawing asks this for every filled cell of its grids)
const v = [0, 0, 0];
export function inWall(walls: readonly LiquidWall[], x: number, y: number, z: number, gapM: number): boolean {
  for (const w of walls) {
    v[0] = x - w.position[0]; v[1] = y - w.position[1]; v[2] = z - w.position[2];
    const s = w.shape;
    // Beyond the sphere round the container (and the gap) it is never in the wall: the turn is
    // skipped for most of a grid's cells (a hair wide of the bound, against rounding).
    const hh = s.heightM / 2, wide = s.widestM + Math.max(0, gapM);
    const reach = hh * hh + wide * wide;
    if (v[0]! * v[0]! + v[1]! * v[1]! + v[2]! * v[2]! > reach * (1 + 1e-9)) continue;
    rotate(v, w.rotation, true);
    const h = v[1]! + s.heightM / 2;
    if (h < 0 || h > s.heightM) continue;
    // (a square root of the sum, as the native twin takes it: native/render/src/cubes.cc)
    const r = Math.sqrt(v[0]! * v[0]! + v[2]! * v[2]!);
    if (r > s.rOut(h) + gapM) continue;
    if (h < s.floorM || r > s.rIn(h) - gapM) return true;
  }
  return false;
}

// The walls as the native clip reads them (native/render/src/cubes.cc clipCavities): per wall its
// position, rotation (x, y, z, w), height, floor, and its outside and cavity profiles ((r, y) pairs)
// each after its length.
export function packWalls(walls: readonly LiquidWall[]): Float64Array {
  const out: number[] = [];
  for (const w of walls) {
    const { outer, cavity } = w.shape.profiles();
    const q = w.rotation;
    out.push(...w.position, q.x, q.y, q.z, q.w, w.shape.heightM, w.shape.floorM, w.shape.widestM, outer.length, ...outer.flat(), cavity.length, ...cavity.flat());
  }
  return Float64Array.from(out);
}
