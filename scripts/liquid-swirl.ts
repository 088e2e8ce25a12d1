// How long a stirred coffee keeps turning: "she stirs her coffee" is simulated (6 s by default) and
// the liquid's mean angular speed about the mug's axis (sum of r x v over sum of r^2, rad/s, from
// its recorded particles) is printed every quarter second, with the share of the stirring's speed
// left 1 s and 2 s after the spoon is out of the coffee. A real cup turns on for many seconds. Under
// DFSPH (friction for films only: dfsph-solids.ts) it keeps about a fifth of its speed as the spoon
// leaves 2 s later; under PBF, whose friction (fluid-solids.ts's collide) is taken at every wall, it stops
// within half a second.
// Usage: node --import tsx scripts/liquid-swirl.ts [seconds] [particles]
//   KINORA_LIQUID_METHOD=dfsph|pbf picks the pressure solve (method.ts; else the plan's default).
import { LIFT_SEC } from '../main/engine/actions/stir/path';
import { DEFAULT_METHOD, methodOverride } from '../main/engine/liquids/method';
import { traceSwirl } from '../main/engine/liquids/trace-swirl';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { simulate } from '../main/engine/simulate/simulate';

const seconds = Number(process.argv[2] ?? 6);
const particles = Number(process.argv[3] ?? 1500);
const plan = parsePrompt('she stirs her coffee', { durationSec: seconds, width: 160, height: 90 });
plan.liquidMethod = methodOverride(process.env) ?? plan.liquidMethod;
const stir = plan.actions.find((a) => a.kind === 'stir');
if (stir?.kind !== 'stir') throw new Error('"she stirs her coffee" was not read as a stir.');
stir.in.particles = particles;
const cup = plan.entities.find((e) => e.id === stir.in.in)!;

const cpu0 = process.cpuUsage();
const wall0 = performance.now();
const trace = await simulate(plan, 1);
const cpu = process.cpuUsage(cpu0);
const liquid = trace.liquid!;
const fps = plan.format.fps;


// The mean over [from, to) seconds.
function mean(from: number, to: number): number {
  const frames: number[] = [];
  for (let f = Math.max(1, Math.round(from * fps)); f < Math.min(liquid.frames.length, Math.round(to * fps)); f++) frames.push(f);
  return frames.reduce((s, f) => s + traceSwirl(liquid, cup.position, f, fps), 0) / Math.max(1, frames.length);
}

const end = stir.startSec + stir.stirSec;
const out = end + LIFT_SEC;
console.info(`"${plan.prompt}", ${plan.liquidMethod ?? DEFAULT_METHOD}: ${liquid.count} particles, ${(1000 * liquid.spacingM).toFixed(2)} mm apart; stirred ${stir.startSec}-${end.toFixed(1)} s, spoon out at ${out.toFixed(1)} s`);
console.info(`simulated in ${((performance.now() - wall0) / 1000).toFixed(1)} s wall, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
const row: string[] = [];
for (let t = 0; t + 0.25 <= seconds; t += 0.25) row.push(`${t.toFixed(2)}: ${mean(t, t + 0.25).toFixed(2)}`);
console.info(`rad/s per quarter second: ${row.join(', ')}`);
const stirring = mean(end - 0.5, end);
for (const after of [1, 2]) {
  if (out + after + 0.25 <= seconds) console.info(`${after} s after the spoon is out: ${(100 * (mean(out + after - 0.25, out + after + 0.25) / stirring)).toFixed(0)}% of the stirring's ${stirring.toFixed(2)} rad/s`);
}
