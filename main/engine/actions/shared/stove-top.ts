// A stove the prompt names is what its pots stand on ("a pot of soup on the stove"), as a table is
// for the tabletop things: it stands in the middle of the room with its front left burner under
// the spot (x = 0, z = 0) where the liquid actions set their vessel, so a pot set there is on that
// burner, and the next things on the burners beside and behind it.
import type { Entity } from '../../../contract/scene-plan';
import { v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import { objectModule } from '../../objects';
import { heightOf } from '../../objects/geometry';
import { BURNERS } from '../../objects/stove';

export const isStove = (e: Pick<Entity, 'form'>): boolean => e.form === 'stove';

export const stoveOf = (scene: CastScene): Entity | undefined => scene.of('object').find(isStove);

// The things a push, a tip or a fall moves when the prompt also names the stove they stand on ("the
// pot slides across the stove", "the kettle falls off the stove"): all but the stove, which stands
// by (it was pushed, knocked over or let fall from a hand with them, all 45 kg of it); the stove
// itself only when nothing else is named ("a man pushes the stove").
export function besidesStove<T extends Pick<Entity, 'form'>>(things: readonly T[]): { moved: T[]; standing: T[] } {
  const moved = things.filter((t) => !isStove(t));
  return moved.length > 0 ? { moved, standing: things.filter(isStove) } : { moved: [...things], standing: [] };
}

const scaleOf = (stove: Entity): number => (stove.size[1] ?? 1) / (heightOf(objectModule('stove')) / 2);

// Stands the stove on the floor, its front left burner under the origin, and returns the height of
// the burners' rings (what a pot stands on).
export function standStove(stove: Entity): number {
  const s = scaleOf(stove);
  const [front] = BURNERS;
  const halfH = stove.size[1] ?? heightOf(objectModule('stove')) / 2;
  stove.position = v3(-(front?.center[0] ?? 0) * s, halfH, -(front?.center[2] ?? 0) * s);
  return 2 * halfH;
}

// Where on the floor plan the stove's burners are (x, z), front left first, once it stands.
export function burnerSpots(stove: Entity): [number, number][] {
  const s = scaleOf(stove);
  return BURNERS.map((b) => [stove.position[0] + b.center[0] * s, stove.position[2] + b.center[2] * s]);
}

// The stove's back edge (z) and burner height once it stands, and how far its back burners are
// behind its front ones (m).
export function stoveBack(stove: Entity): { backZ: number; topY: number; rowStepM: number } {
  const s = scaleOf(stove);
  const [front, , back] = BURNERS;
  return { backZ: stove.position[2] - (stove.size[0] ?? 0.3), topY: 2 * (stove.size[1] ?? 0.45), rowStepM: ((front?.center[2] ?? 0) - (back?.center[2] ?? 0)) * s };
}

// Whether the prompt names a stove: what its pots stand on, so no table is brought for them.
export const stoveNamed = (ctx: DraftContext): boolean => ctx.draftsOf('object').some((d) => d.target.kind === 'object' && d.target.form === 'stove');
