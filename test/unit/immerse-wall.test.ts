// A stone in a bowl of water stays inside the bowl, all of it: a bowl narrows towards its floor,
// so a stone kept off the wall only at its middle (and as the sphere of its own volume, 4.4 cm
// across, where it is 5.6 cm wide) stuck out through the bowl's outer wall below it.
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY } from '../../main/contract/world-trace';
import { ContainerShape } from '../../main/engine/liquids/container';
import { objectModule } from '../../main/engine/objects';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

describe('a stone sinking in a bowl', () => {
  it('"a wooden block floats in a bowl of water while a stone sinks": no part of the stone passes the bowl\'s wall', async () => {
    const plan = parsePrompt('a wooden block floats in a bowl of water while a stone sinks');
    const trace = await simulate(plan, 1);
    const bowl = plan.entities.find((e) => e.form === 'mixing-bowl')!;
    const shape = new ContainerShape(objectModule('mixing-bowl'));
    const bottom = bowl.position[1] - shape.heightM / 2;
    const stone = plan.entities.find((e) => e.form === 'stone')!;
    const i = trace.bodies.findIndex((b) => b.id === stone.id);
    const profile = objectModule('stone').profile;
    const halfH = profile[profile.length - 1]![1] / 2;
    let worst = -Infinity;
    for (let f = Math.round(0.8 * trace.fps); f < trace.frameCount; f++) {
      const p = trace.frames[f]!.slice(i * FLOATS_PER_BODY, i * FLOATS_PER_BODY + 7);
      const [qx, , qz] = [p[3]!, p[4]!, p[5]!];
      const r = Math.hypot(p[0]! - bowl.position[0], p[2]! - bowl.position[2]);
      // Each ring of the stone's profile, tilted as the stone is (its axis's lean from the vertical),
      // against the bowl's outer wall at that ring's height.
      const c = Math.abs(1 - 2 * (qx * qx + qz * qz));
      const s = Math.sqrt(Math.max(0, 1 - c * c));
      for (const [ringR, ringY] of profile) {
        const dy = ringY - halfH;
        const y = p[1]! - bottom + c * dy - s * ringR;
        const reach = r + c * ringR + s * Math.abs(dy);
        worst = Math.max(worst, reach - shape.rOut(Math.min(Math.max(y, 0), shape.heightM)));
      }
    }
    // Within 3 mm (the drawn bowl's facets).
    expect(worst).toBeLessThan(0.003);
  }, 180_000);
});
