// Sky dome: a large inward-facing sphere with a vertex-colour gradient (zenith -> horizon -> below),
// unlit and unfogged, plus an optional sun/moon disc. A mesh rather than a renderer feature so the
// WebGL preview shows the same sky for free.
import * as THREE from 'three';
import type { Environment } from './environment';

export const SKY_RADIUS = 400;

export function buildSky(env: Environment, center: THREE.Vector3): THREE.Group {
  const group = new THREE.Group();
  group.name = 'sky';
  const geo = new THREE.SphereGeometry(SKY_RADIUS, 32, 20);
  const pos = geo.getAttribute('position');
  const colors = new Float32Array(pos.count * 3);
  const c = new THREE.Color();
  for (let i = 0; i < pos.count; i++) {
    const h = pos.getY(i) / SKY_RADIUS; // -1..1
    if (h >= 0) {
      // Most of the colour change happens near the horizon, like a real sky.
      c.copy(env.skyHorizon).lerp(env.skyZenith, Math.pow(h, 0.55));
    } else {
      c.copy(env.skyHorizon).lerp(env.skyNadir, Math.min(1, -h * 6));
    }
    colors[i * 3] = c.r; colors[i * 3 + 1] = c.g; colors[i * 3 + 2] = c.b;
  }
  geo.setAttribute('color', new THREE.BufferAttribute(colors, 3));
  const dome = new THREE.Mesh(geo, new THREE.MeshBasicMaterial({ vertexColors: true, side: THREE.BackSide, fog: false }));
  // Depth-tested like any mesh (the camera's far plane reaches past it): drawn last, it only shades
  // the pixels nothing else covered.
  dome.position.copy(center);
  dome.frustumCulled = false;
  dome.name = 'sky-dome';
  group.add(dome);

  if (env.sunDisc) {
    const r = SKY_RADIUS * 0.9;
    const disc = new THREE.Mesh(
      new THREE.CircleGeometry(env.sunDisc.size, 24),
      new THREE.MeshBasicMaterial({ color: env.sunDisc.color, fog: false }),
    );
    disc.position.copy(center).addScaledVector(env.keyDir, r);
    disc.lookAt(center);
    disc.name = 'sun';
    group.add(disc);
  }
  return group;
}
