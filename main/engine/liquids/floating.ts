// What a container's liquid does to the things over it each physics step: lift and drag
// (buoyancy.ts) at the level the liquid stands at in it, the container's wall and floor kept
// around the thing (its hull ignores what goes in), and a splash when one comes down through the
// surface fast enough.
import type { TraceEvent } from '../../contract/world-trace-types';
import { GRAVITY } from '../physics/constants';
import { pushFloater, submergedVolume, type Floater } from './buoyancy';
import type { ContainerCollider } from './container';
import type { LiquidMemory } from './liquid-state';
import type { Vessel } from './scene-solids';

// Coming down into the liquid faster than this is a splash (m/s).
const SPLASH_MIN_SPEED = 0.4;

export // Lift and drag on each thing over a container's liquid (kept inside its wall), and a splash where
// one comes down through the surface.
// `pressure`: the liquid's own pressure pushes the things (DFSPH: scene-solids.ts's push), so
// Archimedes' lift is not added again; the drag is (it stands in for the waves and wake that damp
// a bobbing thing, which a coarse liquid misses).
function liftFloaters(floaters: readonly Floater[], vessels: readonly Vessel[], mem: LiquidMemory, densityKgM3: number, t: number, dt: number, pressure = false): void {
  for (const f of floaters) {
    const vessel = vessels.find((v) => insideFootprint(v.collider, f));
    const level = vessel ? (mem.levels.get(vessel.entity.id) ?? -Infinity) : -Infinity;
    if (!vessel || !Number.isFinite(level)) continue;
    keepInside(vessel.collider, f);
    const splash = enters(f, level, mem.wasAbove, t);
    if (splash) mem.events.push(splash);
    pushFloater(f, level, densityKgM3, dt, !pressure);
  }
}

// Archimedes' lift on a thing at the level of the container it is over (N; 0 outside one).
export function archimedes(f: Floater, vessels: readonly Vessel[], mem: LiquidMemory, densityKgM3: number): number {
  const vessel = vessels.find((v) => insideFootprint(v.collider, f));
  const level = vessel ? (mem.levels.get(vessel.entity.id) ?? -Infinity) : -Infinity;
  return Number.isFinite(level) ? densityKgM3 * GRAVITY * submergedVolume(f, level) : 0;
}

// A splash when a thing comes down through the surface fast enough.
function enters(f: Floater, level: number, wasAbove: Map<string, boolean>, t: number): TraceEvent | null {
  const c = f.body.translation();
  const above = c.y - (f.radiusM ?? f.half![1]) > level;
  const vy = f.body.linvel().y;
  const before = wasAbove.get(f.id);
  wasAbove.set(f.id, above);
  return before && !above && -vy >= SPLASH_MIN_SPEED ? { kind: 'splash', t, object: f.id, speed: -vy, massKg: f.massKg, position: [c.x, level, c.z] } : null;
}

function insideFootprint(c: ContainerCollider, f: Floater): boolean {
  const p = f.body.translation();
  const t = c.pose.position;
  return Math.hypot(p.x - t.x, p.z - t.z) < c.shape.rOut(c.shape.heightM) && p.y > t.y - c.shape.heightM / 2 && p.y < t.y + c.shape.heightM * 2;
}

// The container's wall and floor for a thing in it (its hull ignores the things that go in).
function keepInside(c: ContainerCollider, f: Floater): void {
  const s = c.shape;
  const p = f.body.translation();
  const t = c.pose.position;
  const bottom = t.y - s.heightM / 2;
  const e = f.radiusM ?? Math.max(f.half![0], f.half![1], f.half![2]);
  const ey = f.radiusM ?? f.half![1];
  const v = f.body.linvel();
  const y = p.y - bottom;
  let nx = p.x, ny = p.y, nz = p.z, vx = v.x, vy = v.y, vz = v.z;
  if (y - ey < s.floorM) {
    ny = bottom + s.floorM + ey;
    if (vy < 0) vy = -0.2 * vy;
  }
  const dx = p.x - t.x, dz = p.z - t.z;
  const r = Math.hypot(dx, dz);
  const rMax = Math.max(0, s.rIn(Math.min(Math.max(y, s.floorM), s.heightM)) - e);
  if (r > rMax && y < s.heightM && r > 1e-9) {
    nx = t.x + (dx * rMax) / r; nz = t.z + (dz * rMax) / r;
    const out = (vx * dx + vz * dz) / r;
    if (out > 0) { vx -= (out * dx) / r; vz -= (out * dz) / r; }
  }
  if (nx === p.x && ny === p.y && nz === p.z) return;
  f.body.setTranslation({ x: nx, y: ny, z: nz }, true);
  f.body.setLinvel({ x: vx, y: vy, z: vz }, true);
}

