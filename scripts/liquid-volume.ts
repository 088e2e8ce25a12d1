// The liquid's volume over a pour clip: the default pour prompt (or the one given) is simulated
// whole, and at each state the take keeps (one a second) the volume its particles fill as packed
// is printed against their rest volume (engine/liquids/volume.ts). The issue asks for it to stay
// within 1% over the clip.
// Usage: node --import tsx scripts/liquid-volume.ts ["prompt"] [particles]
//   KINORA_LIQUID_METHOD=dfsph|pbf|flip picks the pressure solve (method.ts; else the plan's: a
//   pour's or a tap's by its size, method.ts methodFor; a bottle's pour is PBF, not told here).
import { methodFor, methodOverride } from '../main/engine/liquids/method';
import { nativeSolverStatus } from '../main/engine/liquids/native-solver';
import { takeVolumes } from '../main/engine/liquids/volume';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { simulateTake } from '../main/engine/simulate/simulate';

const prompt = process.argv[2] ?? 'water is poured from a jug into a glass';
const particles = process.argv[3] ? Number(process.argv[3]) : undefined;
const plan = parsePrompt(prompt, { durationSec: 5, width: 160, height: 90 });
const pour = plan.actions.find((a) => a.kind === 'pour');
if (pour?.kind === 'pour' && particles) pour.from.particles = particles;
plan.liquidMethod = methodOverride(process.env) ?? plan.liquidMethod;
const { trace, states } = await simulateTake(plan, 1);
if (!trace.liquid) throw new Error(`"${prompt}" has no liquid.`);
console.info(`liquid solver: ${nativeSolverStatus()}, ${plan.liquidMethod ?? methodFor(undefined, undefined, true, trace.liquid.count)} (KINORA_LIQUID_METHOD); "${prompt}": ${trace.liquid.count} particles, ${(1000 * trace.liquid.spacingM).toFixed(2)} mm apart`);
let worst = 0;
for (const v of takeVolumes(plan, trace, states)) {
  worst = Math.max(worst, Math.abs(1 - v.ratio));
  console.info(`t = ${v.t.toFixed(1)} s: ${(100 * v.ratio).toFixed(2)}% of rest volume (densest particle ${(100 * (v.densest - 1)).toFixed(1)}% over rest)`);
}
console.info(`largest change over the clip: ${(100 * worst).toFixed(2)}% (target: 1%)`);
