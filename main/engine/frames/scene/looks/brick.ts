// A house brick as it is seen up close: its boxes (the solid and the rim round its frog) in fired
// clay, speckled and varied by the firing (shading/surfaces/clay.ts), matte.
import { GeometryBuilder } from '../builder';
import { claySurface } from '../../shading/surfaces/clay';
import { group, lookPart, type ObjectLook } from './types';

export const brickLook: ObjectLook = (e, o) => {
  const clay = new GeometryBuilder();
  for (const p of o.parts!) clay.box({ x: p.center[0], y: p.center[1], z: p.center[2] }, { x: 2 * p.half[0], y: 2 * p.half[1], z: 2 * p.half[2] }, e.color);
  return group(lookPart('clay', clay, claySurface(), { roughness: 0.92 }));
};
