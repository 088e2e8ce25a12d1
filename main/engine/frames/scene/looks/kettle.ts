// A jug kettle as it is seen: brushed steel on a black plastic foot (the base it is lifted from),
// a steel lid sunk just inside its rim with a black knob, and a pinched spout at the rim opposite
// the handle, where what is poured leaves it (objects/stove.ts: the lid is drawn, not simulated,
// and the liquid inside is hidden by the steel either way). The handle is drawn as every handle is
// (scene/objects.ts).
import * as THREE from 'three';
import { heightOf, innerProfile, widestOf } from '../../../objects/geometry';
import { GeometryBuilder } from '../builder';
import { creasedLathe } from '../lathe';
import { group, lookPart, type ObjectLook } from './types';

const PLASTIC = 0x1d1d1f;
// The foot's height and the lid's depth below the rim (m).
const FOOT_M = 0.014;
const LID_DOWN_M = 0.004;
// How far the spout's lip reaches out from the rim (to the foot's radius).
const SPOUT_M = 0.014;

export const kettleLook: ObjectLook = (e, o) => {
  const H = heightOf(o), half = H / 2;
  const outer = o.profile.map(([r, y]) => new THREE.Vector2(r, y - half));
  const inner = innerProfile(o).reverse().map(([r, y]) => new THREE.Vector2(r, y - half));
  const shell = creasedLathe([...outer, ...inner], 40);
  const steel = new GeometryBuilder().add(shell, new THREE.Matrix4(), e.color);
  const plastic = new GeometryBuilder();
  // The foot: a black band round the bottom, a hair proud of the steel.
  const footR = widestOf(o) + 0.0005;
  plastic.add(new THREE.CylinderGeometry(footR, footR, FOOT_M, 40, 1, true), new THREE.Matrix4().makeTranslation(0, -half + FOOT_M / 2, 0), PLASTIC);
  // The lid, inside the rim, and its knob up to the rim's height.
  const rimR = o.profile[o.profile.length - 1]![0] - o.wallM;
  steel.add(new THREE.CylinderGeometry(rimR, rimR, 0.002, 40), new THREE.Matrix4().makeTranslation(0, half - LID_DOWN_M, 0), e.color);
  plastic.add(new THREE.CylinderGeometry(0.012, 0.014, LID_DOWN_M - 0.001, 16), new THREE.Matrix4().makeTranslation(0, half - LID_DOWN_M / 2, 0), PLASTIC);
  // The spout: a pinched lip standing out from the rim at -x, flattened, within the collider's reach.
  const spout = new THREE.ConeGeometry(0.016, SPOUT_M, 20).rotateZ(Math.PI / 2).scale(1, 0.45, 1);
  steel.add(spout, new THREE.Matrix4().makeTranslation(-(widestOf(o) - SPOUT_M / 2), half - 0.009, 0), e.color);
  return group(lookPart('steel', steel, null, { roughness: 0.3, metalness: 1 }), lookPart('plastic', plastic, null, { roughness: 0.5 }));
};
