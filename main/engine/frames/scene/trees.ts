// Trees for every outdoor setting that plants them, in three kinds chosen by the scatter's random
// stream: broadleaf (a trunk and a crown of leafy clumps), conifer (stacked cones) and birch (a pale
// slim trunk, a tall loose crown). Trunks and leaves go into separate builders so each is drawn with
// its own surface (bark, foliage).
import * as THREE from 'three';
import { GeometryBuilder } from './builder';
import { barkSurface, foliageSurface, patternedMaterial } from '../shading/surfaces';

export class Grove {
  readonly trunks = new GeometryBuilder();
  readonly leaves = new GeometryBuilder();

  // The grove as two static meshes that cast shadows.
  meshes(name: string): THREE.Mesh[] {
    const bark = this.trunks.mesh(patternedMaterial(barkSurface(), { roughness: 0.95 }));
    bark.name = `${name}-trunks`;
    const crown = this.leaves.mesh(patternedMaterial(foliageSurface(), { roughness: 0.8 }));
    crown.name = `${name}-leaves`;
    return [bark, crown];
  }
}

const GREENS = [0x3f7a2e, 0x4d8a34, 0x356b27, 0x5a9440, 0x6b8f3a];
const DARK_GREENS = [0x24502a, 0x2d5e31, 0x1f4526];

// How far a tree of this scale spreads from its trunk's axis at most (metres): a broadleaf's crown,
// its clumps up to 1 m off the axis and 1.9 m in radius (a conifer's lowest tier and a birch's
// crown spread less). Scenery placed clear of the action keeps its crowns clear, not only its trunks.
export function crownReach(scale: number): number {
  return 2.9 * scale;
}

export function addTree(g: Grove, x: number, z: number, scale: number, rand: () => number): void {
  const kind = rand();
  if (kind < 0.55) broadleaf(g, x, z, scale, rand);
  else if (kind < 0.82) conifer(g, x, z, scale, rand);
  else birch(g, x, z, scale, rand);
}

function broadleaf(g: Grove, x: number, z: number, scale: number, rand: () => number): void {
  const h = (3 + rand() * 2.5) * scale;
  g.trunks.add(new THREE.CylinderGeometry(0.14 * scale, 0.24 * scale, h, 8), new THREE.Matrix4().makeTranslation(x, h / 2, z), 0x5b3f2a);
  const tint = GREENS[Math.floor(rand() * GREENS.length)]!;
  const blobs = 4 + Math.floor(rand() * 3);
  for (let i = 0; i < blobs; i++) {
    const r = (1.0 + rand() * 0.9) * scale;
    const m = new THREE.Matrix4().compose(
      new THREE.Vector3(x + (rand() - 0.5) * 2 * scale, h + (rand() - 0.2) * 1.4 * scale, z + (rand() - 0.5) * 2 * scale),
      new THREE.Quaternion().setFromEuler(new THREE.Euler(rand() * 3, rand() * 3, 0)),
      new THREE.Vector3(r, r * (0.75 + rand() * 0.2), r),
    );
    g.leaves.add(new THREE.IcosahedronGeometry(1, 2), m, new THREE.Color(tint).multiplyScalar(0.85 + rand() * 0.3));
  }
}

function conifer(g: Grove, x: number, z: number, scale: number, rand: () => number): void {
  const h = (5 + rand() * 4) * scale;
  g.trunks.add(new THREE.CylinderGeometry(0.1 * scale, 0.2 * scale, h * 0.4, 7), new THREE.Matrix4().makeTranslation(x, h * 0.2, z), 0x4a3322);
  const tint = DARK_GREENS[Math.floor(rand() * DARK_GREENS.length)]!;
  const tiers = 4;
  for (let i = 0; i < tiers; i++) {
    const k = i / tiers;
    const r = (1.6 - 1.1 * k) * scale * (0.9 + rand() * 0.2);
    const th = h * 0.32;
    g.leaves.add(new THREE.ConeGeometry(r, th, 12, 2), new THREE.Matrix4().makeTranslation(x, h * 0.25 + k * h * 0.62 + th / 2, z), new THREE.Color(tint).multiplyScalar(0.9 + rand() * 0.2));
  }
}

function birch(g: Grove, x: number, z: number, scale: number, rand: () => number): void {
  const h = (5 + rand() * 2) * scale;
  const lean = (rand() - 0.5) * 0.12;
  g.trunks.add(new THREE.CylinderGeometry(0.08 * scale, 0.13 * scale, h, 7), new THREE.Matrix4().compose(new THREE.Vector3(x, h / 2, z), new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 0, 1), lean), new THREE.Vector3(1, 1, 1)), 0xd8d4c8);
  for (let i = 0; i < 5; i++) {
    const r = (0.7 + rand() * 0.6) * scale;
    const m = new THREE.Matrix4().compose(
      new THREE.Vector3(x + (rand() - 0.5) * 1.4 * scale - lean * h * 0.6, h * (0.6 + rand() * 0.45), z + (rand() - 0.5) * 1.4 * scale),
      new THREE.Quaternion(),
      new THREE.Vector3(r, r * 1.3, r),
    );
    g.leaves.add(new THREE.IcosahedronGeometry(1, 1), m, new THREE.Color(0x7a9a3c).multiplyScalar(0.85 + rand() * 0.3));
  }
}
