// The things a liquid acts on, as simple solids: balls and round everyday things (an apple, a
// stone) as spheres of their own volume, boxes (a block) as boxes. The same solids push the
// particles aside (solids.ts) and get the liquid's lift and drag (buoyancy.ts).
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { Entity } from '../../contract/scene-plan';
import { OBJECTS, objectModule } from '../objects';
import { heightOf, volumeOf } from '../objects/geometry';
import type { ObjectModule } from '../objects/types';
import type { Floater } from './buoyancy';
import { BoxCollider, SphereCollider, type Solid } from './solids';

// Forms that hold a liquid (the rest are solids in it): the catalog's open vessels.
export const CONTAINER_FORMS: ReadonlySet<string> = new Set(OBJECTS.filter((o) => o.holds).map((o) => o.form));

// The volume the profile turns out (a solid thing's, m^3).
export const solidVolume = (o: ObjectModule): number => volumeOf(o);

// What floating needs of a thing: what it is, its size and its mass (an entity, or a catalog thing
// before it is one).
export type ThingBulk = Pick<Entity, 'kind' | 'size' | 'form' | 'mass'>;

// A thing's volume (m^3) as the liquid's lift counts it: a ball's sphere, a box's, an everyday
// thing's profile turned out.
export function volumeOfThing(e: ThingBulk): number {
  if (e.kind === 'ball') return (4 / 3) * Math.PI * (e.size[0] ?? 0.1) ** 3;
  if (e.kind === 'box') {
    const h = e.size[0] ?? 0.1;
    return 8 * h * (e.size[1] ?? h) * (e.size[2] ?? h);
  }
  return solidVolume(objectModule(e.form));
}

// Whether a thing floats in a liquid of this density (kg/m^3): what the simulation's lift decides,
// said before it runs (the understanding, the fit in a container) and after (the take's card).
export const floatsIn = (e: ThingBulk, liquidDensityKgM3: number): boolean => e.mass / volumeOfThing(e) < liquidDensityKgM3;

export function floaterOf(e: Entity, body: RigidBody): Floater | null {
  if (e.kind === 'ball') return { id: e.id, body, radiusM: e.size[0] ?? 0.1, volumeM3: volumeOfThing(e), massKg: e.mass };
  if (e.kind === 'box') {
    const h = e.size[0] ?? 0.1;
    const half = [h, e.size[1] ?? h, e.size[2] ?? h] as const;
    return { id: e.id, body, half, volumeM3: volumeOfThing(e), massKg: e.mass };
  }
  if (e.kind === 'object' && e.form && !CONTAINER_FORMS.has(e.form)) {
    const o = objectModule(e.form);
    if (o.standsOnFloor) return null;
    const v = volumeOfThing(e);
    const half = heightOf(o) / 2;
    const k = (e.size[1] ?? half) / half;
    const reach = o.profile.length > 0 ? { reach: { sideM: k * Math.max(...o.profile.map((p) => p[0])), upM: k * half } } : {};
    return { id: e.id, body, radiusM: Math.cbrt((3 * v) / (4 * Math.PI)), volumeM3: v, massKg: e.mass, ...reach };
  }
  return null;
}

// Its mass is counted in particles of particleKg (the liquid brakes it within its step by it).
export function solidOf(f: Floater, particleKg: number): Solid {
  const pose = { position: f.body.translation(), rotation: f.body.rotation() };
  const solid = f.radiusM !== undefined ? new SphereCollider(f.radiusM, pose) : new BoxCollider(f.half!, pose, true);
  solid.massInParticles = f.massKg / particleKg;
  return solid;
}
