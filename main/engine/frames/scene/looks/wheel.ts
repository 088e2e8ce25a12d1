// A car wheel as it is seen up close: a black tyre, its tread grooved and bladed
// (shading/surfaces/tread.ts), rounded shoulders and sidewalls bulging out from the rim, round a
// silver rim sunk into it with a hub and five wheel nuts on each face. The collider is the
// catalog's profile, the axle along y.
import * as THREE from 'three';
import { heightOf, widestOf } from '../../../objects/geometry';
import { treadSurface } from '../../shading/surfaces/tread';
import { GeometryBuilder } from '../builder';
import { creasedLathe } from '../lathe';
import { group, lookPart, type ObjectLook } from './types';

// Shares of the tyre's radius and width: where the rim's edge is, how far its faces are sunk in,
// the hub, and the nuts' circle.
const RIM = 0.62;
const DISH = 0.3;
const HUB = 0.2;
const NUTS_AT = 0.15;
const SILVER = 0xc2c6cc;
const NUT = new THREE.CylinderGeometry(1, 1, 1, 8);

export const wheelLook: ObjectLook = (e, o) => {
  const R = widestOf(o), T = heightOf(o);
  const rim = R * RIM, dish = T * DISH;
  const at = (pts: [number, number][]): THREE.Vector2[] => pts.map(([r, y]) => new THREE.Vector2(r, y - T / 2));
  // The tyre's section, round from the rim's edge on one face to the other.
  const tyre = creasedLathe(at([
    [rim, 0.1 * T], [0.8 * R, 0], [0.94 * R, 0.02 * T], [R, 0.15 * T], [R, 0.85 * T], [0.94 * R, 0.98 * T], [0.8 * R, T], [rim, 0.9 * T],
  ]), 48);
  const rubber = new GeometryBuilder().add(tyre, new THREE.Matrix4(), e.color);
  // The rim: its barrel inside the tyre, each face dished in to the hub.
  const rimShape = creasedLathe(at([
    [0, dish - 0.04 * T], [HUB * R, dish - 0.04 * T], [HUB * R * 1.1, dish], [rim * 0.95, 0.12 * T], [rim, 0.1 * T],
    [rim, 0.9 * T], [rim * 0.95, 0.88 * T], [HUB * R * 1.1, T - dish], [HUB * R, T - dish + 0.04 * T], [0, T - dish + 0.04 * T],
  ]), 40);
  const metal = new GeometryBuilder().add(rimShape, new THREE.Matrix4(), SILVER);
  for (const face of [-1, 1]) {
    const y = face * (T / 2 - dish + 0.04 * T + 0.006);
    for (let k = 0; k < 5; k++) {
      const a = (k / 5) * 2 * Math.PI;
      metal.add(NUT, new THREE.Matrix4().compose(new THREE.Vector3(NUTS_AT * R * Math.cos(a), y, NUTS_AT * R * Math.sin(a)), new THREE.Quaternion(), new THREE.Vector3(0.011, 0.012, 0.011)), SILVER);
    }
  }
  return group(
    lookPart('tyre', rubber, treadSurface({ radiusM: R, halfWidthM: 0.35 * T, blocks: 60 }), { roughness: 0.9 }),
    lookPart('rim', metal, null, { roughness: 0.25, metalness: 1 }),
  );
};
