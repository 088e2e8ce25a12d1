// Old people look old: the upper back rounds forward with the head carried out in front of the
// hips, and they walk with shorter, slower steps than a younger adult.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { personTake } from '../helpers/person-take';

async function walker(prompt: string): Promise<{ headAhead: number; period: number; speed: number }> {
  const { trace, built, track, H, person } = await personTake(prompt);
  const head = person.getObjectByName('head')!;
  const ahead = new THREE.Vector3(Math.cos(track.facing), 0, -Math.sin(track.facing));
  // How far the drawn skull's centre is in front of the hips, on average over the walk, as a
  // fraction of height.
  let sum = 0, n = 0;
  const beats = track.beats ?? [];
  for (let frame = Math.ceil(beats[1]! * trace.fps); frame / trace.fps < beats[beats.length - 2]!; frame += 3) {
    const t = frame / trace.fps;
    built.update(frame);
    built.scene.updateMatrixWorld(true);
    const pelvis = new THREE.Vector3(...built.poseFn(track, H, t).pelvis);
    sum += new THREE.Vector3().setFromMatrixPosition(head.matrixWorld).sub(pelvis).dot(ahead) / H;
    n++;
  }
  const period = beats[1]! - beats[0]!;
  return { headAhead: sum / n, period, speed: track.stepM! / period };
}

describe('an old man walking', () => {
  it('stoops: his head is carried well in front of his hips, as a younger man\'s is not', async () => {
    const old = await walker('an old man walks with a cane in the park'), young = await walker('a man walks in the park');
    // (with only the trunk's top drawn a couple of centimetres forward, his head was carried 1.7% of
    // height ahead of his hips, just as a younger man's; now about 11%)
    expect(old.headAhead - young.headAhead).toBeGreaterThan(0.04);
  });

  it('walks slower, with shorter steps at a slower cadence', async () => {
    for (const prompt of ['an old man walks with a cane in the park', 'an elderly woman walks in the park']) {
      const old = await walker(prompt), young = await walker('a man walks in the park');
      expect(old.period, prompt).toBeGreaterThan(1.15 * young.period);
      expect(old.speed, prompt).toBeLessThan(0.75 * young.speed);
    }
  });
});
