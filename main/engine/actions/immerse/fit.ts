// How big the things put into a container of liquid may be, and where they go, so that where each
// comes to rest (a floater at its waterline, a sinker on the floor) it is clear of the wall and of
// the others, and the liquid they push up stays below the rim. A 9.6 cm block let into a 17 cm
// bowl (8 cm across its floor) displaced more water than the bowl held: it wedged on the wall and
// the liquid squeezed past it burst out of the bowl (78% of it ended on the table).
import type { Entity } from '../../../contract/scene-plan';
import { round } from '../../cast/arrange';
import type { ContainerShape } from '../../liquids/container';
import { floatsIn, volumeOfThing } from '../../liquids/floaters';
import { objectModule } from '../../objects';
import { heightOf, radiusAt } from '../../objects/geometry';

// Clearance from the wall and between things (m): a few particle spacings.
const CLEAR_M = 0.006;
// The usual fill (a share of the cavity's height) and the most it is filled to for a sinker to be
// covered by COVER_M.
const FILL = 0.6;
const MAX_FILL = 0.75;
const COVER_M = 0.01;
// The level the liquid may rise to with everything in, as a share of the cavity's height.
const MAX_RISE = 0.85;
// The widest a thing may be, as a share of the liquid surface's width.
const WIDEST = 0.7;
// Boxes and balls are made smaller by this factor until they fit; everyday objects keep their size.
const SHRINK = 0.92;
// A box named in the prompt stays a box you can see: 3% of a 40 cm crate is no longer one.
const MIN_SHARE = 0.1;

// How full the container is at the start: FILL, or more so that what sinks is under the surface
// once it lies on the floor ("an egg sinks in water" left half the egg in the air), up to MAX_FILL.
export function fillFor(things: readonly Entity[], shape: ContainerShape, liquidDensity: number): number {
  const span = shape.heightM - shape.floorM;
  const sinkers = things.filter((e) => !floatsIn(e, liquidDensity));
  const tallest = Math.max(0, ...sinkers.map((e) => 2 * halfHeight(e)));
  return Math.min(MAX_FILL, Math.max(FILL, (tallest + COVER_M) / span));
}

export interface ImmerseFit {
  // Each thing's place about the container's axis (x, z), in the order given.
  places: [number, number][];
}

// Ice keeps its size too: a tray's cube is 3 cm whatever it goes into, and three crowd a glass as
// they do in life (fitted, three went in at 1 cm).
const scalable = (e: Entity): boolean => (e.kind === 'box' && e.material !== 'ice') || e.kind === 'ball';

// A box is taken as its bounding sphere: a block floats tilted as often as flat (a wooden cube,
// 0.6 of water's density, floats edge up: flat is stable only below 0.21 or above 0.79), and a
// tilted block's corner reached the bowl's sloping wall and leaned on it.
const boxReach = (e: Entity): number => Math.hypot(e.size[0] ?? 0.05, e.size[1] ?? e.size[0] ?? 0.05, e.size[2] ?? e.size[0] ?? 0.05);

// A round thing longer than it is wide that rolls (an egg) is let go lying on its side, as a hand
// holds it: stood on its end it rested upright on the bowl's floor with half of it out of the water.
export function laidOnSide(e: Entity): boolean {
  return e.kind === 'object' && objectModule(e.form).rolls === true && (e.size[1] ?? 0) > (e.size[0] ?? 0);
}

// Half its width across, seen from above, however it turns.
function footprint(e: Entity): number {
  if (e.kind === 'box') return boxReach(e);
  return laidOnSide(e) ? (e.size[1] ?? 0.05) : (e.size[0] ?? 0.05);
}

export function halfHeight(e: Entity): number {
  if (e.kind === 'box') return boxReach(e);
  if (e.kind === 'object') return laidOnSide(e) ? (e.size[0] ?? 0.04) : (e.size[1] ?? 0.04);
  return e.size[0] ?? 0.05;
}

// How deep it sits: its whole height if it sinks, its density share of it if it floats.
function submergedShare(e: Entity, liquidDensity: number): number {
  return Math.min(1, e.mass / volumeOfThing(e) / liquidDensity);
}

// Height above the container's bottom where its lowest point comes to rest, at the level `level`.
function restBottom(e: Entity, shape: ContainerShape, level: number, liquidDensity: number): number {
  const share = submergedShare(e, liquidDensity);
  return share >= 1 ? shape.floorM : Math.max(shape.floorM, level - share * 2 * halfHeight(e));
}

// Its half width at height y above its lowest point (upright, as it floats or rests).
function widthAt(e: Entity, y: number): number {
  if (e.kind === 'box') return footprint(e);
  if (e.kind === 'ball') {
    const r = e.size[0] ?? 0.05;
    return Math.sqrt(Math.max(0, r * r - (r - y) ** 2));
  }
  if (laidOnSide(e)) return footprint(e);
  const o = objectModule(e.form);
  const scale = (e.size[1] ?? heightOf(o) / 2) / (heightOf(o) / 2);
  return radiusAt(o, y / scale) * scale;
}

const HEIGHT_SAMPLES = 12;

// How far from the axis it may stand at its resting height (negative: it cannot fit at all): the
// cavity against its width, at each height it spans (a ball is widest at its middle, a block at
// its bottom where the bowl is narrowest).
function room(e: Entity, shape: ContainerShape, level: number, liquidDensity: number): number {
  const bottom = restBottom(e, shape, level, liquidDensity);
  const tall = 2 * halfHeight(e);
  let least = Infinity;
  for (let k = 0; k <= HEIGHT_SAMPLES; k++) {
    const y = (k / HEIGHT_SAMPLES) * tall;
    least = Math.min(least, shape.rIn(Math.min(bottom + y, shape.heightM)) - widthAt(e, y));
  }
  // No wider than WIDEST of the liquid's surface: a ball nearly as wide as the bowl floats in
  // reality, but it plugs it, and the liquid driven up round it leaves the bowl in the simulation.
  return Math.min(least - CLEAR_M, WIDEST * shape.rIn(level) - footprint(e));
}

// On spokes evenly round the axis (one thing: in the middle), each only as far out as it must be to
// clear its neighbours, and no further than the wall allows where it rests: a sinker goes to the
// floor, where the bowl is narrow, so its neighbour moves out where it floats, where it is wide. Off
// the wall, a floater floats free (one set against a sloping wall leaned on it).
function placesOf(things: readonly Entity[], shape: ContainerShape, level: number, liquidDensity: number): [number, number][] {
  const n = things.length;
  if (n < 2) return things.map(() => [0, 0]);
  const rooms = things.map((e) => Math.max(0, room(e, shape, level, liquidDensity)));
  // Neighbours on spokes 2 pi / n apart at radii ri, rj are at least (ri + rj) sin(pi / n) apart.
  const s = Math.sin(Math.PI / n);
  const radii = things.map((e, i) => Math.min(rooms[i]!, (footprint(e) + CLEAR_M / 2) / s));
  for (let pass = 0; pass < 8; pass++) {
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      const short = (footprint(things[i]!) + footprint(things[j]!) + CLEAR_M) / s - radii[i]! - radii[j]!;
      if (short <= 0) continue;
      const [more, less] = rooms[i]! - radii[i]! >= rooms[j]! - radii[j]! ? [i, j] : [j, i];
      const first = Math.min(short, rooms[more]! - radii[more]!);
      radii[more]! += first;
      radii[less]! = Math.min(rooms[less]!, radii[less]! + short - first);
    }
  }
  return things.map((_, i) => {
    const a = (2 * Math.PI * i) / n;
    return [radii[i]! * Math.cos(a), radii[i]! * Math.sin(a)];
  });
}

function clearOfEachOther(things: readonly Entity[], places: readonly [number, number][]): boolean {
  for (let i = 0; i < things.length; i++) {
    for (let j = i + 1; j < things.length; j++) {
      const [xi, zi] = places[i]!, [xj, zj] = places[j]!;
      if (Math.hypot(xi - xj, zi - zj) < footprint(things[i]!) + footprint(things[j]!) + CLEAR_M) return false;
    }
  }
  return true;
}

function displaced(things: readonly Entity[], liquidDensity: number): number {
  return things.reduce((v, e) => v + volumeOfThing(e) * submergedShare(e, liquidDensity), 0);
}

function fitsNow(things: readonly Entity[], shape: ContainerShape, level: number, liquidDensity: number): boolean {
  const rim = shape.floorM + MAX_RISE * (shape.heightM - shape.floorM);
  return (
    things.every((e) => room(e, shape, level, liquidDensity) >= 0) &&
    clearOfEachOther(things, placesOf(things, shape, level, liquidDensity)) &&
    shape.volumeBelow(level) + displaced(things, liquidDensity) <= shape.volumeBelow(rim)
  );
}

function shrink(e: Entity): void {
  e.size = e.size.map((s) => round(s * SHRINK));
  e.mass = round(e.mass * SHRINK ** 3);
}

// Shrinks the boxes and balls (keeping their density: a wooden block is still wood) until all the
// things fit at rest in the container filled to `level` (m above its bottom), and places them.
// Everyday objects and ice keep their size; other boxes and balls shrink to no less than MIN_SHARE of theirs.
export function fitInto(things: readonly Entity[], shape: ContainerShape, level: number, liquidDensity: number): ImmerseFit {
  const canShrink = things.filter(scalable);
  let fits = fitsNow(things, shape, level, liquidDensity);
  for (let share = 1; !fits && canShrink.length > 0 && share * SHRINK >= MIN_SHARE; share *= SHRINK) {
    for (const e of canShrink) shrink(e);
    fits = fitsNow(things, shape, level, liquidDensity);
  }
  // Where they still do not fit (an everyday thing too big for it), they go where the container allows.
  return { places: placesOf(things, shape, level, liquidDensity).map(([x, z]) => [round(x), round(z)]) };
}
