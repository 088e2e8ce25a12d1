// A scene with a liquid continues exactly: its states keep the particles (positions and velocities
// to the bit) with the rest of the world, so a take continued from a frame mid-pour, with its
// states read back from disk, has the parent's liquid frame for frame, and an extended pour runs on
// from where the clip ended. A small liquid (600 particles) keeps it quick.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenePlan } from '../../main/contract/scene-plan';
import { readStates, writeStates } from '../../main/engine/generate/state-file';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { continueTake } from '../../main/engine/simulate/continue-take';
import { timingFor } from '../../main/engine/simulate/schedule';
import { simulateTake } from '../../main/engine/simulate/simulate';

function smallPour(durationSec: number): ScenePlan {
  const plan = parsePrompt(`water is poured from a jug into a glass, ${durationSec} seconds`, { width: 160, height: 90 });
  const pour = plan.actions[0]!;
  if (pour.kind !== 'pour') throw new Error('expected a pour');
  pour.from.particles = 600;
  return plan;
}

describe('continuing a take with a liquid', () => {
  it('continues mid-pour from states read back from disk, and extends the pour', async () => {
    const plan = smallPour(2);
    const parent = await simulateTake(plan, 11);
    const dir = await mkdtemp(path.join(tmpdir(), 'kinora-liquid-'));
    try {
      await writeStates(path.join(dir, 'states.bin'), parent.states);
      const states = await readStates(path.join(dir, 'states.bin'));
      const fps = timingFor(plan.format).fps;
      const joinFrame = fps + 5;
      const again = await continueTake({ parent: { plan, trace: parent.trace, states }, joinFrame, plan, seed: 11, varyUntilFrame: null });
      expect(again.trace.frames).toEqual(parent.trace.frames);
      expect(again.trace.events).toEqual(parent.trace.events);
      expect(again.trace.liquid).toEqual(parent.trace.liquid);
      // The liquid moved between the join and the end (it is pouring), so this compares motion.
      const liquid = parent.trace.liquid!;
      expect(liquid.frames[joinFrame]).not.toEqual(liquid.frames[liquid.frames.length - 1]);

      const longer = { ...plan, format: { ...plan.format, durationSec: 3 } };
      const extended = await continueTake({ parent: { plan, trace: parent.trace, states }, joinFrame: parent.trace.frameCount, plan: longer, seed: 11, varyUntilFrame: null });
      const more = extended.trace.liquid!;
      expect(more.frames).toHaveLength(timingFor(longer.format).frameCount);
      expect(more.frames.slice(0, liquid.frames.length)).toEqual(liquid.frames);
      // Every particle is still there, and the pour went on after the old end.
      expect(more.frames.every((f) => f.length === 3 * liquid.count)).toBe(true);
      expect(more.frames[more.frames.length - 1]).not.toEqual(liquid.frames[liquid.frames.length - 1]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
