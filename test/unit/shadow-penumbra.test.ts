// A wide penumbra (a kitchen's broad ceiling light: the filter reaches 8 texels each way) over a caster
// smaller than it. The corner-and-centre probes used to stand for the whole footprint, so a point
// whose probes all missed a small caster (a glass) read fully lit, and its shadow was drawn as hard
// texel blocks; and the 4x4 taps, each snapped to a texel, drew the caster's outline four times
// over. Now such a point is partly shadowed, by an amount that depends on the tap pattern's phase
// only a little (the mask's blur averages the four phases).
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { createShadowMap } from '../../main/engine/frames/shading/shadow-map';

describe('soft shadows of small casters', () => {
  const scene = new THREE.Scene();
  // A 5 cm cube 30 cm above the ground, lit from straight above.
  const cube = new THREE.Mesh(new THREE.BoxGeometry(0.05, 0.05, 0.05), new THREE.MeshBasicMaterial());
  cube.position.set(0, 0.3, 0);
  cube.castShadow = true;
  scene.add(cube);
  // 64 texels a metre: the cube is 3.2 texels wide, the penumbra 8 texels each way.
  const shadow = createShadowMap({ size: 256, center: new THREE.Vector3(0, 0, 0), radius: 2, lightDir: new THREE.Vector3(0, 1, 0), softness: 0.125 });
  shadow.update(scene);
  const at = (x: number, phase: number): number => shadow.visibility(x, 0, 0, 0, 1, 0, phase);

  it('shades a point whose probes all miss the caster, whatever the phase', () => {
    // 6 cm to the side: the centre probe and the corners (12.5 cm out) all see the ground lit.
    const seen = [0, 1, 2, 3].map((phase) => at(0.06, phase));
    for (const v of seen) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(1);
    }
  });

  it('fades smoothly from under the caster to open ground', () => {
    // The mean over the four phases, every 5 mm outwards: never rising by more than a fifth at once.
    const mean = (x: number): number => [0, 1, 2, 3].reduce((s, p) => s + at(x, p), 0) / 4;
    let last = mean(0);
    expect(last).toBeLessThan(1);
    for (let x = 0.005; x <= 0.2; x += 0.005) {
      const v = mean(x);
      expect(v).toBeGreaterThanOrEqual(last - 1e-9);
      expect(v - last).toBeLessThan(0.2);
      last = v;
    }
    expect(last).toBe(1);
  });
});
