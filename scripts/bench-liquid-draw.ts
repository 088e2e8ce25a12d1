// The liquid's drawing, alone (issue 11): every frame of a pour drawn, with the CPU of each stage of
// the frame (frame-renderer.ts stageCpuMs) and of the liquid's own parts inside them: its grids
// (splat, wall clip, marching cubes: 'pose'), its see-through surface ('transparent') and its shadow
// ('shadow map'), per frame and per clip. The simulation is not timed: the trace is simulated once
// and kept in a file (a 20k pour takes minutes), so before and after a change draw the same liquid.
// Usage: node --import tsx scripts/bench-liquid-draw.ts [particles (default: the prompt's own)] [trace file]
//   The trace file (default: the system's temporary folder, kinora-pour-<particles>.json) is
//   written by the first run and read by the next. For a 20k pour without the native FLIP solver:
//   KINORA_LIQUID_SOLVER=js KINORA_LIQUID_METHOD=flip on the first run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ScenePlan } from '../main/contract/scene-plan';
import type { WorldTrace } from '../main/contract/world-trace-types';
import { createFrameRenderer } from '../main/engine/frames/frame-renderer';
import { nativeRenderStatus, threadCpuMs } from '../main/engine/frames/native-render';
import { LiquidSurfaceMesh } from '../main/engine/frames/clear/liquid-surface';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { simulate } from '../main/engine/simulate/simulate';

const POUR_SEC = 5;
const PROMPT = 'water is poured from a jug into a glass';

async function pourTrace(particles: number | undefined, file: string): Promise<{ plan: ScenePlan; trace: WorldTrace }> {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as { plan: ScenePlan; trace: WorldTrace };
  const plan = parsePrompt(PROMPT, { durationSec: POUR_SEC });
  const action = plan.actions[0];
  if (particles !== undefined && action?.kind === 'pour') action.from.particles = particles;
  const trace = await simulate(plan, 1);
  fs.writeFileSync(file, JSON.stringify({ plan, trace }));
  return { plan, trace };
}

// The CPU (ms) the liquid's see-through surface and its shadow take, tallied by wrapping its two
// drawing methods for this run.
const liquidCpuMs = { surface: 0, shadow: 0 };
function tally<K extends 'rasterDraw' | 'castShadowInto'>(method: K, into: keyof typeof liquidCpuMs): void {
  const original = LiquidSurfaceMesh.prototype[method] as (...args: unknown[]) => unknown;
  (LiquidSurfaceMesh.prototype as unknown as Record<K, (...args: unknown[]) => unknown>)[method] = function (this: LiquidSurfaceMesh, ...args: unknown[]): unknown {
    const t0 = threadCpuMs();
    const out = original.apply(this, args);
    liquidCpuMs[into] += threadCpuMs() - t0;
    return out;
  };
}
tally('rasterDraw', 'surface');
tally('castShadowInto', 'shadow');

const arg = process.argv[2] && process.argv[2] !== 'default' ? Number(process.argv[2]) : undefined;
const file = process.argv[3] ?? path.join(os.tmpdir(), `kinora-pour-${arg ?? 'default'}.json`);
const { plan, trace } = await pourTrace(arg, file);
const renderer = createFrameRenderer(plan, trace);
// The liquid's grids are meshed in the 'pose' stage: its share is the pose of this trace less the
// pose of the same frames with the liquid left out.
const frames = trace.frameCount;
const cpu0 = process.cpuUsage();
for (let f = 0; f < frames; f++) renderer.renderFrame(f);
const cpu = process.cpuUsage(cpu0);
const dry = createFrameRenderer(plan, { ...trace, liquid: undefined });
for (let f = 0; f < frames; f++) dry.renderFrame(f);
const all = (cpu.user + cpu.system) / 1000;
const grids = (renderer.stageCpuMs.pose ?? 0) - (dry.stageCpuMs.pose ?? 0);
const liquid = grids + liquidCpuMs.surface + liquidCpuMs.shadow;
const line = (name: string, ms: number): string => `  ${name}: ${(ms / frames).toFixed(1)} ms a frame, ${(ms / 1000).toFixed(2)} s the clip`;
console.info(`render passes: ${nativeRenderStatus()}; ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`);
console.info(`pour (${trace.liquid?.count} particles, ${frames} frames at ${renderer.width}x${renderer.height}), trace ${file}: CPU drawing the frames`);
console.info(line('whole frames (process CPU)', all));
for (const [name, ms] of Object.entries(renderer.stageCpuMs)) console.info(line(`stage ${name}`, ms));
console.info(line('the liquid in all', liquid));
console.info(line('  its grids (splat, clip, marching cubes)', grids));
console.info(line('  its surface (see-through, meniscus)', liquidCpuMs.surface));
console.info(line('  its shadow', liquidCpuMs.shadow));
