// Where a frame's time goes, per stage, at 480p, 720p and 1080p on one thread: the same frame drawn
// a few times and the least CPU time of each stage kept (the machine is shared; the minimum is the
// figure least disturbed by other work). Prints figures; asserts nothing.
//   node --import tsx scripts/profile-frames.ts ["prompt"]   (PASSES=js for the JavaScript passes,
//   RES=720p for one resolution, REPEATS=5 draws of the frame)
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { createFrameRenderer } from '../main/engine/frames/frame-renderer';
import { nativeRenderStatus } from '../main/engine/frames/native-render';
import { simulate } from '../main/engine/simulate/simulate';
import { RESOLUTION_IDS, RESOLUTIONS, type ResolutionId } from '../main/contract/format';

const prompt = process.argv[2] ?? 'a basketball player shoots at the hoop, the ball misses and bounces off the rim';
const passes = process.env.PASSES === 'js' ? 'js' : 'native';
const ids: readonly ResolutionId[] = process.env.RES ? [process.env.RES as ResolutionId] : RESOLUTION_IDS;
const REPEATS = Number(process.env.REPEATS ?? 5);
const plan = parsePrompt(prompt);
const trace = await simulate(plan, 42);
console.info(`${prompt}\npasses: ${passes === 'js' ? 'JavaScript' : nativeRenderStatus()}`);
for (const id of ids) {
  const r = createFrameRenderer({ ...plan, format: { ...plan.format, ...RESOLUTIONS[id] } }, trace, { passes });
  const frame = Math.floor(trace.frameCount / 2);
  r.renderFrame(frame - 1);
  const best: Record<string, number> = {};
  let bestTotal = Infinity;
  for (let k = 0; k < REPEATS; k++) {
    for (const s of Object.keys(r.stageCpuMs)) r.stageCpuMs[s] = 0;
    const cpu = process.cpuUsage();
    r.renderFrame(frame);
    const used = process.cpuUsage(cpu);
    bestTotal = Math.min(bestTotal, (used.user + used.system) / 1000);
    for (const [s, v] of Object.entries(r.stageCpuMs)) best[s] = Math.min(best[s] ?? Infinity, v);
  }
  const stages = Object.entries(best).sort((a, b) => b[1] - a[1]);
  console.info(`${id.padEnd(6)} ${bestTotal.toFixed(0)} ms CPU a frame (least of ${REPEATS}); by stage: ${stages.map(([s, v]) => `${s} ${v.toFixed(1)}`).join(', ')}`);
}
