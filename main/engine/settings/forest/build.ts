// A forest: a floor of leaf litter with a worn dirt path along the action, trees standing close all
// around (a clear corridor keeps them off the action and out of the camera's way), and fallen logs.
import * as THREE from 'three';
import { GeometryBuilder, rng } from '../../frames/scene/builder';
import { courtFrame } from '../../frames/scene/court';
import type { Environment } from '../../frames/scene/environment';
import { buildGround } from '../../frames/scene/ground';
import type { SceneLayout } from '../../frames/scene/layout';
import { addTree, Grove } from '../../frames/scene/trees';
import { concreteSurface, litterSurface, patternedMaterial } from '../../frames/shading/surfaces';
import { valueNoise } from '../../frames/shading/noise';

// Half-width of the clear corridor along the action, and how far it reaches along it (metres).
const CLEAR_HALF_WIDTH = 4;
const CLEAR_HALF_LENGTH = 14;

export function buildForest(layout: SceneLayout, _env: Environment): THREE.Group {
  const group = new THREE.Group();
  group.name = 'forest';
  const local = courtFrame(layout);
  group.add(local);
  group.add(buildGround(240, 80, new THREE.Vector3(...layout.court.origin), 0x5b4a2f, 0.28, 4, 11, litterSurface()));
  const b = new GeometryBuilder();
  // The path: packed dirt along the action (the court frame's s axis), edges worn ragged.
  const path = new GeometryBuilder();
  path.add(new THREE.PlaneGeometry(60, 1.8, 60, 4).rotateX(-Math.PI / 2), new THREE.Matrix4().makeTranslation(0, 0.004, 0), (p) => new THREE.Color(0x7a6442).multiplyScalar(0.85 + 0.3 * valueNoise(p.x * 0.7, p.z * 2, 5)));
  const pathMesh = path.mesh(patternedMaterial(concreteSurface(111), { roughness: 0.95 }));
  pathMesh.name = 'path';
  pathMesh.castShadow = false;
  local.add(pathMesh);
  const grove = new Grove();
  const rand = rng(41);
  let placed = 0;
  for (let tries = 0; tries < 900 && placed < 150; tries++) {
    const s = (rand() - 0.5) * 120;
    const t = (rand() - 0.5) * 120;
    if (Math.abs(t) < CLEAR_HALF_WIDTH + (Math.abs(s) > CLEAR_HALF_LENGTH ? 0 : 2) || (Math.abs(s) < CLEAR_HALF_LENGTH && t > 0 && t < 16)) continue;
    addTree(grove, s, t, 0.9 + rand() * 0.7, rand);
    placed++;
  }
  // A few fallen logs beside the path.
  for (const [s, t, a] of [[-6, -5.2, 0.4], [7, -5.8, -0.3], [12, 5.6, 0.2]] as const) {
    b.add(new THREE.CylinderGeometry(0.18, 0.2, 2.6, 8).rotateZ(Math.PI / 2), new THREE.Matrix4().compose(new THREE.Vector3(s, 0.18, t), new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 1, 0), a), new THREE.Vector3(1, 1, 1)), 0x4e3a26);
  }
  const scenery = b.mesh();
  scenery.name = 'forest-scenery';
  local.add(scenery, ...grove.meshes('forest-trees'));
  return group;
}
