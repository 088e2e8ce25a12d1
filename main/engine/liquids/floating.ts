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
// Heights the cavity's narrowest is looked for at, over a thing's height.
const NARROW_SAMPLES = 4;
// A thing past the wall is moved back in over this many steps, at most this fast (m/s).
const WALL_STEPS = 6;
const WALL_SPEED = 0.25;

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
    keepInside(vessel.collider, f, dt);
    const splash = enters(f, level, mem.wasAbove, t);
    if (splash) mem.events.push(splash);
    pushFloater(f, level, densityKgM3, dt, !pressure);
  }
}

// Each thing over a container's liquid kept inside its wall and on its floor after a physics step,
// before DFSPH sweeps it from where it was to where it is now (the things pass through the
// container's hull, and keepInside otherwise ran only before the next physics step): swept to
// where a physics step had carried it, a falling stone stood a centimetre into the bowl's floor,
// through the water under it (the stone dropped into a bowl: 8.0% of the water out without this,
// 5.7% with it).
export function keepFloatersInside(floaters: readonly Floater[], vessels: readonly Vessel[], mem: LiquidMemory, dt: number): void {
  for (const f of floaters) {
    const vessel = vessels.find((v) => insideFootprint(v.collider, f));
    if (vessel && Number.isFinite(mem.levels.get(vessel.entity.id) ?? -Infinity)) keepInside(vessel.collider, f, dt);
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

// How far a thing with a shape of its own (a stone) reaches from its centre sideways and up or
// down, tilted as it is now: its axis's lean trades its width and its height.
function tilted(reach: NonNullable<Floater['reach']>, f: Floater): { side: number; up: number } {
  const q = f.body.rotation();
  const c = Math.abs(1 - 2 * (q.x * q.x + q.z * q.z));
  const s = Math.sqrt(Math.max(0, 1 - c * c));
  return { side: s * reach.upM + c * reach.sideM, up: c * reach.upM + s * reach.sideM };
}

// How far a box reaches from its centre towards the wall (unit horizontal direction ux, uz), turned
// as it is: its widest half when square to the wall, its corner's 1.41 times that when turned 45
// degrees. Kept in by its widest half alone, three 3 cm ice cubes in a glass stuck 4-8 mm out
// through its wall.
function boxReach(f: Floater, ux: number, uz: number): number {
  const q = f.body.rotation();
  const [hx, hy, hz] = f.half!;
  // The box's axes turned by q, each dotted with (ux, 0, uz), times its half extent.
  const ax = [1 - 2 * (q.y * q.y + q.z * q.z), 2 * (q.x * q.z - q.w * q.y)];
  const ay = [2 * (q.x * q.y - q.w * q.z), 2 * (q.y * q.z + q.w * q.x)];
  const az = [2 * (q.x * q.z + q.w * q.y), 1 - 2 * (q.x * q.x + q.y * q.y)];
  return hx * Math.abs(ax[0]! * ux + ax[1]! * uz) + hy * Math.abs(ay[0]! * ux + ay[1]! * uz) + hz * Math.abs(az[0]! * ux + az[1]! * uz);
}

// The narrowest the cavity is over heights [from, to] above the container's bottom (m).
function narrowest(s: ContainerCollider['shape'], from: number, to: number): number {
  let r = Infinity;
  for (let k = 0; k <= NARROW_SAMPLES; k++) r = Math.min(r, s.rIn(Math.min(Math.max(from + ((to - from) * k) / NARROW_SAMPLES, s.floorM), s.heightM)));
  return r;
}

// The container's floor and wall for a thing in it (its hull ignores the things that go in). A
// thing with a shape of its own (a stone) is kept inside over its whole height, since a bowl
// narrows towards its floor: held off the wall at its middle only, and as the sphere of its volume,
// a stone stuck out through the bowl's outer wall below it. A ball or a block is kept in at its
// middle by its widest half, as before (held in all over, the 6.4 cm block and the stone of "a
// wooden block floats in a bowl of water while a stone sinks" no longer fit side by side).
function keepInside(c: ContainerCollider, f: Floater, dt: number): void {
  const s = c.shape;
  const p = f.body.translation();
  const t = c.pose.position;
  const bottom = t.y - s.heightM / 2;
  const v = f.body.linvel();
  const y = p.y - bottom;
  let ny = p.y, vx = v.x, vy = v.y, vz = v.z;
  // On the floor a stone lies as it comes to rest, on its flat side.
  const rests = f.reach?.upM ?? f.radiusM ?? f.half![1];
  if (y - rests < s.floorM) {
    ny = bottom + s.floorM + rests;
    if (vy < 0) vy = -0.2 * vy;
  }
  const dx = p.x - t.x, dz = p.z - t.z;
  const r = Math.hypot(dx, dz);
  const ext = f.reach ? tilted(f.reach, f) : null;
  const low = ext ? ny - bottom - ext.up : y;
  const rMax = ext ? narrowest(s, low, Math.min(low + 2 * ext.up, s.heightM)) - ext.side : s.rIn(Math.min(Math.max(y, s.floorM), s.heightM)) - (f.radiusM ?? boxReach(f, dx / (r || 1), dz / (r || 1)));
  if (r > Math.max(0, rMax) && low < s.heightM && r > 1e-9) {
    // Moved back in by its velocity over a few steps, never put back in one: a thing jumped
    // through the liquid in one step leaves the particles no time to flow round it, and they burst
    // out over the rim.
    const out = (vx * dx + vz * dz) / r;
    const wanted = -Math.min(WALL_SPEED, (r - Math.max(0, rMax)) / (WALL_STEPS * dt));
    if (out > wanted) { vx += ((wanted - out) * dx) / r; vz += ((wanted - out) * dz) / r; }
  }
  if (ny === p.y && vx === v.x && vz === v.z) return;
  if (ny !== p.y) f.body.setTranslation({ x: p.x, y: ny, z: p.z }, true);
  f.body.setLinvel({ x: vx, y: vy, z: vz }, true);
}

