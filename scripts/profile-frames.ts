import { performance } from 'node:perf_hooks';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { createFrameRenderer } from '../main/engine/frames/frame-renderer';
import { simulate } from '../main/engine/simulate/simulate';
import { RESOLUTION_IDS, RESOLUTIONS } from '../main/contract/format';
const prompt = process.argv[2] ?? 'a basketball player shoots at the hoop, the ball misses and bounces off the rim';
const plan = parsePrompt(prompt);
const trace = await simulate(plan, 42);
for (const id of (process.env.RES ? [process.env.RES] : RESOLUTION_IDS) as typeof RESOLUTION_IDS) {
  const r = createFrameRenderer({ ...plan, format: { ...plan.format, ...RESOLUTIONS[id] } }, trace, { passes: process.env.PASSES === 'js' ? 'js' : 'native' });
  r.renderFrame(0);
  for (const k of Object.keys(r.stageMs)) r.stageMs[k] = r.stageCpuMs[k] = 0;
  const n = id === '1080p' ? 4 : 6;
  const cpu = process.cpuUsage(); const t = performance.now();
  for (let i = 0; i < n; i++) r.renderFrame(Math.floor(((i + 1) * trace.frameCount) / (n + 1)));
  const used = process.cpuUsage(cpu);
  console.log(id, ((performance.now() - t) / n).toFixed(0), 'ms wall', ((used.user + used.system) / 1000 / n).toFixed(0), 'ms cpu');
  console.log('  ' + Object.entries(r.stageCpuMs).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / n).toFixed(1)}`).join(', '));
}
