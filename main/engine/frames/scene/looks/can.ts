// A drinks can as it is seen up close: a painted body between bare aluminium at the foot and at
// the neck, whose rolled rim stands round a lid sunk inside it, with the ring pull's tab lying on
// the lid. Drawn from the catalog's profile, which is the collider's: only the lid's dip inside
// the rim is the look's own.
import * as THREE from 'three';
import type { ProfilePoint } from '../../../objects/types';
import { heightOf, widestOf } from '../../../objects/geometry';
import { GeometryBuilder } from '../builder';
import { creasedLathe } from '../lathe';
import { group, lookPart, type ObjectLook } from './types';

const ALUMINIUM = 0xc9cdd2;
// How far the lid sits inside the rim, and down from its top (m).
const LID_IN_M = 0.0025;
const LID_DOWN_M = 0.0035;
// The paint covers the straight wall: where the profile's radius is within this share of the widest.
const STRAIGHT = 0.995;

export const canLook: ObjectLook = (e, o) => {
  const H = heightOf(o);
  const widest = widestOf(o);
  const rim = o.profile[o.profile.length - 2]!;
  // The profile up to the rim, then the lid dipping inside it.
  const outline: ProfilePoint[] = [...o.profile.slice(0, -1), [rim[0] - LID_IN_M * 0.4, H], [rim[0] - LID_IN_M, H - LID_DOWN_M], [0, H - LID_DOWN_M]];
  const lathe = creasedLathe(outline.map(([r, y]) => new THREE.Vector2(r, y - H / 2)), 40);
  const painted = straightSpan(o.profile, widest);
  const [paintedGeo, bareGeo] = splitByHeight(lathe, (y) => y + H / 2 > painted[0] && y + H / 2 < painted[1]);
  const body = new GeometryBuilder().add(paintedGeo, new THREE.Matrix4(), e.color);
  const bare = new GeometryBuilder().add(bareGeo, new THREE.Matrix4(), ALUMINIUM);
  // The tab, lying on the lid off its middle.
  bare.box({ x: 0.006, y: H / 2 - LID_DOWN_M + 0.0004, z: 0 }, { x: 0.02, y: 0.0008, z: 0.009 }, ALUMINIUM);
  return group(lookPart('paint', body, null, { roughness: 0.3 }), lookPart('metal', bare, null, { roughness: 0.3, metalness: 1 }));
};

// The heights (from the base) between which the wall is straight at its widest.
function straightSpan(profile: readonly ProfilePoint[], widest: number): [number, number] {
  const ys = profile.filter(([r]) => r >= STRAIGHT * widest).map(([, y]) => y);
  return [Math.min(...ys), Math.max(...ys)];
}

// The triangles of a turned shell whose middles are at a height `inside` picks, and the rest, each
// keeping the lathe's smooth normals.
function splitByHeight(g: THREE.BufferGeometry, inside: (y: number) => boolean): [THREE.BufferGeometry, THREE.BufferGeometry] {
  const flat = g.toNonIndexed();
  const pos = flat.getAttribute('position'), nrm = flat.getAttribute('normal');
  const out: [{ p: number[]; n: number[] }, { p: number[]; n: number[] }] = [{ p: [], n: [] }, { p: [], n: [] }];
  for (let t = 0; t + 2 < pos.count; t += 3) {
    const into = out[inside((pos.getY(t) + pos.getY(t + 1) + pos.getY(t + 2)) / 3) ? 0 : 1];
    for (let k = t; k < t + 3; k++) {
      into.p.push(pos.getX(k), pos.getY(k), pos.getZ(k));
      into.n.push(nrm.getX(k), nrm.getY(k), nrm.getZ(k));
    }
  }
  return out.map(({ p, n }) => new THREE.BufferGeometry().setAttribute('position', new THREE.Float32BufferAttribute(p, 3)).setAttribute('normal', new THREE.Float32BufferAttribute(n, 3))) as [THREE.BufferGeometry, THREE.BufferGeometry];
}
