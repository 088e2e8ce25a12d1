// A spill continued from a frame while its water is falling: the take continued from the state
// before the join (read back from disk) hears the same splashes as the parent, landings of water
// already in the air at that state included (they were lost, and the splashes after the join moved
// by 8-12 ms, when the splash hook started afresh).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStates, writeStates } from '../../main/engine/generate/state-file';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { continueTake } from '../../main/engine/simulate/continue-take';
import { timingFor } from '../../main/engine/simulate/schedule';
import { simulateTake } from '../../main/engine/simulate/simulate';

describe('a spill continued mid-fall', () => {
  it('hears the parent splashes after the join', async () => {
    const plan = parsePrompt('a glass of water is knocked over and spills on the table, 2 seconds');
    const tip = plan.actions[0]!;
    if (tip.kind !== 'tip') throw new Error('expected a tip');
    // Pushed later, the water is in the air at the state captured at 1 s.
    tip.startSec = 0.78;
    const parent = await simulateTake(plan, 1);
    const fps = timingFor(plan.format).fps;
    const joinFrame = fps + 2;
    const joinSec = joinFrame / fps;
    const splashes = parent.trace.events.filter((e) => e.kind === 'splash');
    expect(splashes.filter((s) => s.t >= joinSec).length).toBeGreaterThan(1);
    const dir = await mkdtemp(path.join(tmpdir(), 'kinora-spill-'));
    try {
      await writeStates(path.join(dir, 'states.bin'), parent.states);
      const states = await readStates(path.join(dir, 'states.bin'));
      const again = await continueTake({ parent: { plan, trace: parent.trace, states }, joinFrame, plan, seed: 1, varyUntilFrame: null });
      expect(again.trace.liquid).toEqual(parent.trace.liquid);
      expect(again.trace.events).toEqual(parent.trace.events);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
