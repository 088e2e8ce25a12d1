// A mug's, cup's or jug's loop handle, one home for its shape: drawn as a tube along its path
// (frames/scene/objects.ts), collided with as a box round its outer bar (simulate/bodies/
// object-body.ts), and held by a hand that pours (actions/pour/hand.ts). Coordinates are the thing's
// own, centred on its middle as its drawing and its body are.
import type { Vec3 } from '../../contract/scene-plan';
import { heightOf, radiusAt } from './geometry';
import type { BoxPart, ObjectModule } from './types';

// The handle's centre line, from where it leaves the wall up and out round to where it rejoins it
// (x out from the axis, y up from the middle; z = 0): a rounded D, as a mug's handle is.
export function handlePath(o: ObjectModule): [number, number][] {
  const h = o.handle;
  if (!h) return [];
  const half = heightOf(o) / 2;
  const span = h.highM - h.lowM;
  // Sunk a little into the wall, so the joins show no gap.
  const at = (y: number): number => radiusAt(o, y) - h.thickM / 4;
  const out = (y: number): number => radiusAt(o, y) + h.reachM;
  return [
    [at(h.lowM), h.lowM],
    [out(h.lowM) - 0.35 * h.reachM, h.lowM + 0.04 * span],
    [out(h.lowM + 0.25 * span), h.lowM + 0.25 * span],
    [out(h.lowM + 0.5 * span), h.lowM + 0.5 * span],
    [out(h.lowM + 0.75 * span), h.lowM + 0.75 * span],
    [out(h.highM) - 0.35 * h.reachM, h.highM - 0.04 * span],
    [at(h.highM), h.highM],
  ].map(([x, y]) => [x!, y! - half]);
}

// The box round the handle's outer bar (the part a table or a floor meets).
export function handleBox(o: ObjectModule): BoxPart | null {
  const h = o.handle;
  if (!h) return null;
  const half = heightOf(o) / 2;
  const mid = (h.lowM + h.highM) / 2;
  const x = radiusAt(o, mid) + h.reachM;
  return { center: [x, mid - half, 0], half: [h.thickM / 2, (h.highM - h.lowM) / 2, h.thickM / 2] };
}

// Where a hand's palm holds the handle: just outside the middle of its outer bar.
export function handleGrip(o: ObjectModule): Vec3 | null {
  const h = o.handle;
  if (!h) return null;
  const mid = (h.lowM + h.highM) / 2;
  return [radiusAt(o, mid) + h.reachM + h.thickM / 2, mid - heightOf(o) / 2, 0];
}
