// Park: rolling grass, a concrete pad with a half court when there is a hoop, a gravel path, trees
// scattered outside the action area, benches and distant hills that the fog turns blue.
import * as THREE from 'three';
import { GeometryBuilder, rng } from '../../frames/scene/builder';
import { buildCourtMarkings, buildCourtSurface, courtFrame } from '../../frames/scene/court';
import type { Environment } from '../../frames/scene/environment';
import { buildGround } from '../../frames/scene/ground';
import type { SceneLayout } from '../../frames/scene/layout';
import { addTree, Grove } from '../../frames/scene/trees';
import { grassSurface } from '../../frames/shading/surfaces';
import { pathRibbon } from './path';
import { parkPathT, parkTreeSpots } from './trees';

export function buildPark(layout: SceneLayout, _env: Environment): THREE.Group {
  const group = new THREE.Group();
  group.name = 'park';
  const local = courtFrame(layout);
  group.add(local);
  const origin = new THREE.Vector3(...layout.court.origin);
  // Mown in stripes across the action's axis.
  group.add(buildGround(320, 72, origin, 0x4f7f34, 0.2, 7, 5, grassSurface({ stripes: [layout.court.u[0], layout.court.u[2]] })));
  const hasHoop = layout.hoops.length > 0;
  if (hasHoop) {
    local.add(buildCourtSurface(0xa9a59c, true));
    local.add(buildCourtMarkings(layout, { line: 0xf5f5f0, paint: null, centerFill: null, half: true }));
  }
  const b = new GeometryBuilder();
  // A gently curving gravel path passing behind the action (+v).
  b.add(pathRibbon(-80, 80), new THREE.Matrix4(), 0xc2ab84);
  // Benches along the path.
  for (const s of [-8, 6]) {
    const t = parkPathT(s) - 1.8;
    b.box({ x: s, y: 0.45, z: t }, { x: 1.8, y: 0.06, z: 0.45 }, 0x8a5a35);
    b.box({ x: s, y: 0.75, z: t + 0.22 }, { x: 1.8, y: 0.4, z: 0.05 }, 0x8a5a35);
    for (const dx of [-0.8, 0.8]) b.box({ x: s + dx, y: 0.22, z: t }, { x: 0.06, y: 0.45, z: 0.4 }, 0x2f3236);
  }
  // Trees outside the play area, clear of the action's whole path (trees.ts), each shaped by a seeded
  // stream of its own.
  const grove = new Grove();
  for (const [i, spot] of parkTreeSpots(layout).entries()) addTree(grove, spot.s, spot.t, spot.scale, rng(2300 + i));
  // Distant hills.
  const rand = rng(29);
  for (let i = 0; i < 7; i++) {
    const a = (i / 7) * Math.PI * 2 + rand();
    const d = 150 + rand() * 40;
    const r = 40 + rand() * 40;
    b.add(new THREE.SphereGeometry(1, 16, 8, 0, Math.PI * 2, 0, Math.PI / 2), new THREE.Matrix4().compose(new THREE.Vector3(Math.cos(a) * d, -2, Math.sin(a) * d), new THREE.Quaternion(), new THREE.Vector3(r, r * 0.28, r)), 0x557f45);
  }
  const scenery = b.mesh();
  scenery.name = 'park-scenery';
  local.add(scenery, ...grove.meshes('park-trees'));
  return group;
}
