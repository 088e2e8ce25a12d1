// Benchmark: how long reading a prompt takes (readPrompt: words, cast, panel), for prompts whose clip
// keeps its length and for ones that grow to fit their actions (clip-length.ts: those are cast a
// second time at the grown length, their words read once). Prints the median and fastest of each
// over KINORA_BENCH_ROUNDS reads (80 by default); asserts nothing.
//   node --import tsx scripts/bench-prompt.ts
import { performance } from 'node:perf_hooks';
import { readPrompt } from '../main/engine/prompt/parse-prompt';

const PROMPTS = [
  'the man pours coffee from a jug into his mug, then stirs it',
  'a woman pours milk into a glass and stirs it',
  'a man kicks the ball twice',
  'a glass of water on the table',
  'she stirs her coffee',
  'a man stirs a pot of soup',
];
const ROUNDS = Number(process.env.KINORA_BENCH_ROUNDS ?? 80);

for (const p of PROMPTS) readPrompt(p);
for (const p of PROMPTS) {
  const ms: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    readPrompt(p);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const seconds = readPrompt(p).plan?.format.durationSec ?? 0;
  console.info(`median ${ms[Math.floor(ms.length / 2)]!.toFixed(2)} ms, fastest ${ms[0]!.toFixed(2)} ms  (${seconds} s clip)  ${p}`);
}
