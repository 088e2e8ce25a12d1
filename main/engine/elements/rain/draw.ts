// Rain as the eye and a camera see it: each drop a thin streak as long as the distance it falls
// while the shutter is open (terminal velocity x exposure), in a volume of air around the action;
// a drop that reaches the ground starts again at the top (the volume's rain is steady). Streaks are
// two crossed thin quads, so they read from any camera angle.
import * as THREE from 'three';
import type { ScenePlan } from '../../../contract/scene-plan';
import type { Environment } from '../../frames/scene/environment';
import type { SceneLayout } from '../../frames/scene/layout';
import { deriveSeed, mulberry32 } from '../../seeded-random';
import type { ElementView } from '../types';
import { terminalVelocity } from './physics';

const DROPS = 3200;
const RADIUS_M = 11;
const HEIGHT_M = 9;
const WIDTH_M = 0.016;
// The shutter is open for half of each frame (a 180-degree shutter, as film cameras use).
const SHUTTER = 0.5;

export function drawRain(plan: ScenePlan, layout: SceneLayout, env: Environment, seed: number): ElementView {
  const rand = mulberry32(deriveSeed(seed, 'rain-streaks'));
  const v = terminalVelocity();
  const streak = (v * SHUTTER) / plan.format.fps;
  const [cx, , cz] = layout.center;
  const drops = Array.from({ length: DROPS }, () => {
    const r = RADIUS_M * Math.sqrt(rand.next());
    const a = 2 * Math.PI * rand.next();
    return { x: cx + r * Math.cos(a), z: cz + r * Math.sin(a), phase: rand.next() * HEIGHT_M };
  });
  const positions = new Float32Array(DROPS * 8 * 3);
  const index: number[] = [];
  for (let i = 0; i < DROPS; i++) {
    const b = i * 8;
    for (const q of [0, 4]) index.push(b + q, b + q + 1, b + q + 2, b + q + 2, b + q + 1, b + q + 3);
  }
  const geo = new THREE.BufferGeometry();
  geo.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  geo.setIndex(index);
  const color = env.night ? 0x9aa8b8 : 0xd8e2ea;
  const mesh = new THREE.Mesh(geo, new THREE.MeshBasicMaterial({ color, transparent: true, opacity: env.night ? 0.55 : 0.45, depthWrite: false, side: THREE.DoubleSide }));
  mesh.name = 'rain';
  mesh.frustumCulled = false;
  const w = WIDTH_M / 2;
  const update = (t: number): void => {
    drops.forEach((d, i) => {
      // Height of the streak's lower end: falling at v, wrapping round the volume.
      const y = HEIGHT_M - ((d.phase + v * t) % HEIGHT_M);
      const corners: [number, number, number][] = [
        [d.x - w, y, d.z], [d.x + w, y, d.z], [d.x - w, y + streak, d.z], [d.x + w, y + streak, d.z],
        [d.x, y, d.z - w], [d.x, y, d.z + w], [d.x, y + streak, d.z - w], [d.x, y + streak, d.z + w],
      ];
      corners.forEach((c, k) => positions.set(c, (i * 8 + k) * 3));
    });
    (geo.getAttribute('position') as THREE.BufferAttribute).needsUpdate = true;
    geo.computeBoundingSphere();
  };
  update(0);
  return { group: mesh, update };
}
