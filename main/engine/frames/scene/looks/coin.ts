// A coin as it is seen up close: metal, each face sunk a little inside a raised rim, with a low
// boss in the middle of each face where the design stands. The collider is the plain disc; the
// rim's top is its faces.
import * as THREE from 'three';
import { heightOf, widestOf } from '../../../objects/geometry';
import { GeometryBuilder } from '../builder';
import { creasedLathe } from '../lathe';
import { group, lookPart, type ObjectLook } from './types';

// The rim's width and how deep each face sits inside it; the boss's radius and height (shares of
// the coin's radius and of the face's depth).
const RIM_SHARE = 0.1;
const SINK_SHARE = 0.14;
const BOSS_SHARE = 0.6;

export const coinLook: ObjectLook = (e, o) => {
  const R = widestOf(o);
  const T = heightOf(o);
  const inner = R * (1 - RIM_SHARE), sink = T * SINK_SHARE, boss = R * BOSS_SHARE;
  // Bottom face up to the top face, outside in: the rim, the sunk field, the boss.
  const profile: [number, number][] = [
    [0, sink * 0.6], [boss, sink * 0.6], [boss * 1.05, sink], [inner, sink], [inner * 1.03, 0], [R, 0],
    [R, T], [inner * 1.03, T], [inner, T - sink], [boss * 1.05, T - sink], [boss, T - sink * 0.6], [0, T - sink * 0.6],
  ];
  const lathe = creasedLathe(profile.map(([r, y]) => new THREE.Vector2(r, y - T / 2)), 48);
  const metal = new GeometryBuilder().add(lathe, new THREE.Matrix4(), e.color);
  return group(lookPart('metal', metal, null, { roughness: 0.3, metalness: 1 }));
};
