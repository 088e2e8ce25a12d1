// A pencil as it is seen up close: a six-sided painted body, a sharpened cone of bare wood ending
// in the graphite point, and at its other end a metal ferrule holding a pink eraser. Drawn within
// the catalog's profile (its collider): the hexagon's corners on the profile's radius.
import * as THREE from 'three';
import { heightOf, widestOf } from '../../../objects/geometry';
import { GeometryBuilder } from '../builder';
import { group, lookPart, type ObjectLook } from './types';

const WOOD = 0xe2b98a;
const GRAPHITE = 0x2b2b2e;
const FERRULE = 0xb9bcc0;
const ERASER = 0xe58a96;
// Heights up the pencil (m from its end): the eraser's top, the ferrule's top, and where the
// graphite shows at the sharpened end (its share of the cone).
const ERASER_M = 0.006;
const FERRULE_M = 0.014;
const LEAD_SHARE = 0.3;

// A lathe through the points, turned in `sides` flat faces (six for the painted body).
function turned(points: readonly [number, number][], sides: number, H: number, flat: boolean): THREE.BufferGeometry {
  const g = new THREE.LatheGeometry(points.map(([r, y]) => new THREE.Vector2(r, y - H / 2)), sides);
  if (!flat) return g;
  const faceted = g.toNonIndexed();
  faceted.computeVertexNormals();
  return faceted;
}

export const pencilLook: ObjectLook = (e, o) => {
  const H = heightOf(o), R = widestOf(o);
  // Where the body's straight side ends and the cone begins (the profile's last point at full radius).
  const coneFrom = Math.max(...o.profile.filter(([r]) => r >= R).map(([, y]) => y));
  const lead = H - LEAD_SHARE * (H - coneFrom);
  const leadR = R * (1 - (lead - coneFrom) / (H - coneFrom));
  const paint = new GeometryBuilder().add(turned([[R, FERRULE_M], [R, coneFrom]], 6, H, true), new THREE.Matrix4(), e.color);
  const bare = new GeometryBuilder()
    .add(turned([[R, coneFrom], [leadR, lead]], 24, H, false), new THREE.Matrix4(), WOOD)
    .add(turned([[leadR, lead], [0, H]], 24, H, false), new THREE.Matrix4(), GRAPHITE)
    .add(turned([[0, 0], [0.94 * R, 0], [0.94 * R, ERASER_M]], 24, H, false), new THREE.Matrix4(), ERASER);
  const ferrule = new GeometryBuilder().add(turned([[R, ERASER_M], [R, FERRULE_M]], 24, H, false), new THREE.Matrix4(), FERRULE);
  return group(
    lookPart('paint', paint, null, { roughness: 0.35 }),
    lookPart('wood', bare, null, { roughness: 0.8 }),
    lookPart('ferrule', ferrule, null, { roughness: 0.3, metalness: 1 }),
  );
};
