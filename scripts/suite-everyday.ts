// The everyday-physics prompt suite (issue 11): reads every prompt of test/helpers/everyday-prompts.ts,
// simulates each one Kinora accepts (3 s clips, no frames drawn) and prints, per prompt, what it made
// of it, then the share depicted (accepted, with its action, and something really moved) and the
// still fakes (accepted, yet nothing moved in the simulation; there must be none).
//   npm run suite:everyday            all of it (the pours take a while: a particle liquid)
//   npm run suite:everyday -- --plans  the readings only, no simulation
//   npm run suite:everyday -- --only coin  the prompts with that word
import { FLOATS_PER_BODY, type WorldTrace } from '../main/contract/world-trace';
import { readPrompt } from '../main/engine/prompt/parse-prompt';
import { simulate } from '../main/engine/simulate/simulate';
import { speakLines } from '../main/engine/speech/speak-lines';
import { EVERYDAY_PROMPTS, STILL_LIQUID_PROMPTS } from '../test/helpers/everyday-prompts';

const CLIP_SEC = 3;
// A body moved when its centre went this far (metres) from where it started, or it turned this far
// (a spinning coin stays where it is).
const MOVED_M = 0.01;
const TURNED_RAD = 0.17;

// A liquid an action brings moves; one at rest in its vessel (plan.stillLiquid) does not count.
function somethingMoved(trace: WorldTrace, stillLiquid: boolean): boolean {
  return (trace.liquid !== undefined && !stillLiquid) || bodiesMoved(trace);
}

function bodiesMoved(trace: WorldTrace): boolean {
  const first = trace.frames[0] ?? [];
  return trace.frames.some((row) =>
    trace.bodies.some((_, b) => {
      const o = b * FLOATS_PER_BODY;
      const dot = Math.abs([3, 4, 5, 6].reduce((s, k) => s + (row[o + k] ?? 0) * (first[o + k] ?? 0), 0));
      const turned = 2 * Math.acos(Math.min(1, dot)) > TURNED_RAD;
      return turned || Math.hypot((row[o] ?? 0) - (first[o] ?? 0), (row[o + 1] ?? 0) - (first[o + 1] ?? 0), (row[o + 2] ?? 0) - (first[o + 2] ?? 0)) > MOVED_M;
    }),
  );
}

async function main(): Promise<void> {
  const plansOnly = process.argv.includes('--plans');
  // --only WORD: just the prompts with that word (a quick look at one verb).
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const prompts = EVERYDAY_PROMPTS.filter((p) => !only || p.includes(only));
  let depicted = 0;
  let stillFakes = 0;
  const started = Date.now();
  for (const prompt of prompts) {
    const reading = readPrompt(prompt, { durationSec: CLIP_SEC });
    const plan = reading.plan;
    if (!reading.accepted || !plan) {
      console.info(`refused   ${prompt}  -- ${(reading.refusal ?? '').split('.')[0]}.`);
      continue;
    }
    const acts = plan.actions.map((a) => a.kind).join(', ') || 'nothing';
    // A prompt with a quoted line is simulated with it said (its timing is the voice's).
    const speech = plansOnly || plan.dialogue.length === 0 ? undefined : await speakLines(plan);
    const moved = plan.actions.length > 0 && (plansOnly || somethingMoved(await simulate(plan, 1, speech ? { speech } : {}), plan.stillLiquid !== undefined));
    if (moved) depicted++;
    else stillFakes++;
    const unshown = reading.understanding?.notDepicted.length ? `  (not shown: ${reading.understanding.notDepicted.join(', ')})` : '';
    console.info(`${moved ? 'depicted ' : 'STILL    '} ${prompt}  -> ${acts}${unshown}`);
  }
  const n = prompts.length;
  console.info(`\n${n} everyday prompts: ${depicted} depicted (${((100 * depicted) / n).toFixed(1)}%), ${n - depicted - stillFakes} refused, ${stillFakes} still fakes${plansOnly ? ' (readings only, not simulated)' : ''}; ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const stillShown = await stillScenes(plansOnly, only);
  if (stillFakes > 0 || !stillShown) process.exitCode = 1;
}

// The scenes that ask for nothing to move (a glass of water on the table): each must stand with its
// liquid in it and nothing moving; they are not counted as depicted (no motion) nor as still fakes.
async function stillScenes(plansOnly: boolean, only: string | undefined): Promise<boolean> {
  const prompts = STILL_LIQUID_PROMPTS.filter((p) => !only || p.includes(only));
  let shown = 0;
  for (const prompt of prompts) {
    const plan = readPrompt(prompt, { durationSec: CLIP_SEC }).plan;
    const trace = plan && !plansOnly ? await simulate(plan, 1, {}) : null;
    const ok = plan?.stillLiquid !== undefined && plan.actions.length === 0 && (plansOnly || (trace?.liquid !== undefined && !bodiesMoved(trace)));
    if (ok) shown++;
    console.info(`${ok ? 'still     ' : 'NOT SHOWN '} ${prompt}  -> ${plan?.stillLiquid ? `${plan.stillLiquid.liquid} at rest, ${plan.stillLiquid.fill} full` : 'no liquid'}`);
  }
  console.info(`${prompts.length} still scenes asked for (a liquid at rest): ${shown} shown standing with their liquid`);
  return shown === prompts.length;
}

void main();
