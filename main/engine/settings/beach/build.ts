// Beach: sand running down to a wet strip and the sea behind the action, with a swell that
// moves over time (the surf that breaks and washes up the sand is elements/surf/); palms and an umbrella for scale. The sea is
// on the +v side, behind the action from the default camera.
import * as THREE from 'three';
import { GeometryBuilder, rng } from '../../frames/scene/builder';
import { buildCourtMarkings, buildCourtSurface, courtFrame } from '../../frames/scene/court';
import type { Environment } from '../../frames/scene/environment';
import { buildGround } from '../../frames/scene/ground';
import type { SceneLayout } from '../../frames/scene/layout';
import { SHORE_M } from './facts';

export interface BeachView {
  group: THREE.Group;
  update(t: number): void;
}

// Where the sea meets the sand, in the court frame (the surf rolls in to here: elements/surf/).
const SHORE_T = SHORE_M;

export function buildBeach(layout: SceneLayout, env: Environment): BeachView {
  const group = new THREE.Group();
  group.name = 'beach';
  const local = courtFrame(layout);
  group.add(local);
  // Sand is built in the court frame so the shoreline runs parallel to the action.
  const sand = buildGround(300, 64, new THREE.Vector3(0, 0, SHORE_T - 150), 0xdcc596, 0.1, 5, 9);
  local.add(sand);
  if (layout.hoops.length > 0) {
    local.add(buildCourtSurface(0xcdb88c, true));
    local.add(buildCourtMarkings(layout, { line: 0x3b6ea8, paint: null, centerFill: null, half: true }));
  }
  const b = new GeometryBuilder();
  b.box({ x: 0, y: 0.002, z: SHORE_T - 1.5 }, { x: 300, y: 0.004, z: 3 }, 0xa99366);

  // Sea: a grid displaced every frame by a few travelling waves.
  const seaGeo = new THREE.PlaneGeometry(500, 240, 90, 40).rotateX(-Math.PI / 2).translate(0, 0, SHORE_T + 120);
  const seaPos = seaGeo.getAttribute('position') as THREE.BufferAttribute;
  const baseY = Float32Array.from({ length: seaPos.count }, () => -0.15);
  const sea = new THREE.Mesh(
    seaGeo,
    new THREE.MeshPhongMaterial({ color: env.night ? 0x0e2a40 : 0x1f6f9a, specular: 0x9ab8c8, shininess: 60 }),
  );
  sea.name = 'sea';
  sea.frustumCulled = false;
  local.add(sea);

  // Palms and a sun umbrella.
  const rand = rng(31);
  for (const [s, t] of [[-20, 4], [22, -2], [-28, -10], [30, 8]] as const) {
    let x = s, y = 0;
    const lean = (rand() - 0.5) * 0.5;
    for (let i = 0; i < 6; i++) {
      b.add(new THREE.CylinderGeometry(0.16, 0.2, 1.2, 7), new THREE.Matrix4().compose(new THREE.Vector3(x, y + 0.6, t), new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 0, 1), -lean * i * 0.3), new THREE.Vector3(1, 1, 1)), 0x7a5a3a);
      x += Math.sin(lean * i * 0.3) * 1.2;
      y += 1.15;
    }
    for (let k = 0; k < 7; k++) {
      const a = (k / 7) * Math.PI * 2;
      const m = new THREE.Matrix4().compose(
        new THREE.Vector3(x + Math.cos(a) * 1.2, y - 0.3, t + Math.sin(a) * 1.2),
        new THREE.Quaternion().setFromEuler(new THREE.Euler(0, -a, 0.45)),
        new THREE.Vector3(2.6, 0.08, 0.6),
      );
      b.add(new THREE.BoxGeometry(1, 1, 1), m, 0x3f8a3a);
    }
  }
  b.add(new THREE.CylinderGeometry(0.03, 0.03, 2.3, 6), new THREE.Matrix4().makeTranslation(12, 1.15, 6), 0xdddddd);
  b.add(new THREE.ConeGeometry(1.4, 0.5, 12), new THREE.Matrix4().makeTranslation(12, 2.3, 6), 0xe74c3c);
  const scenery = b.mesh();
  scenery.name = 'beach-scenery';
  local.add(scenery);

  const update = (time: number): void => {
    for (let i = 0; i < seaPos.count; i++) {
      const x = seaPos.getX(i), z = seaPos.getZ(i);
      const y = baseY[i]! + 0.12 * Math.sin(z * 0.45 + time * 1.6) + 0.06 * Math.sin(x * 0.2 + z * 0.3 - time * 1.1) + 0.03 * Math.sin(x * 0.9 - time * 2.3);
      seaPos.setY(i, y);
    }
    seaPos.needsUpdate = true;
    seaGeo.computeVertexNormals();
  };
  update(0);
  return { group, update };
}
