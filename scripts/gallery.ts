// A contact sheet of a dozen standard prompts, one still of each (from the middle of its action) in
// a 4 x 3 grid, written to one PNG so anyone can see at a glance how Kinora looks today. The takes
// are real: parsed, simulated and rendered by the engine, as the studio would, only smaller.
// Usage: npm run gallery [-- out.png [seed]]   (default gallery.png, seed 1)
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createFrameRenderer } from '../main/engine/frames/frame-renderer';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { simulate } from '../main/engine/simulate/simulate';
import { speakLines } from '../main/engine/speech/speak-lines';
import { encodePng } from './lib/png';

// Sports, people, everyday things on a table, liquids, the sea, weather, night and camera words.
const PROMPTS = [
  'a kid kicks a soccer ball in the park',
  'a basketball player shoots at the hoop',
  'a man walks through a park, tracking shot',
  "a woman says 'hello there' to a knight in the park, medium shot",
  'a book slides across the table',
  'a cup tips over on the table, close-up',
  'a row of dominoes falls on a kitchen table',
  'water is poured into a glass, medium shot',
  'waves roll onto the beach at sunset',
  'a ball bounces down the stairs',
  'a woman runs down a street in the rain at night',
  'overhead shot of a basketball player dunking',
];

const COLS = 4;
const TILE_W = 427;
const TILE_H = 240;
const GAP = 4;
// Where in a clip its still is taken: past the setup, in the action.
const STILL_AT = 0.45;

async function still(prompt: string, seed: number): Promise<Uint8Array> {
  const plan = parsePrompt(prompt);
  plan.format = { ...plan.format, width: TILE_W, height: TILE_H };
  const trace = await simulate(plan, seed, { speech: await speakLines(plan) });
  const renderer = createFrameRenderer(plan, trace);
  return renderer.renderFrame(Math.floor(Math.max(0, trace.frameCount - 1) * STILL_AT));
}

function sheet(tiles: readonly Uint8Array[]): { rgba: Uint8Array; width: number; height: number } {
  const rows = Math.ceil(tiles.length / COLS);
  const width = COLS * TILE_W + (COLS + 1) * GAP;
  const height = rows * TILE_H + (rows + 1) * GAP;
  // A dark grey ground between the tiles.
  const rgba = new Uint8Array(width * height * 4).fill(24);
  for (let i = 3; i < rgba.length; i += 4) rgba[i] = 255;
  tiles.forEach((tile, k) => {
    const x0 = GAP + (k % COLS) * (TILE_W + GAP);
    const y0 = GAP + Math.floor(k / COLS) * (TILE_H + GAP);
    for (let y = 0; y < TILE_H; y++) rgba.set(tile.subarray(y * TILE_W * 4, (y + 1) * TILE_W * 4), ((y0 + y) * width + x0) * 4);
  });
  return { rgba, width, height };
}

const [out = 'gallery.png', seedArg = '1'] = process.argv.slice(2);
const seed = Number(seedArg) || 1;
const tiles: Uint8Array[] = [];
for (const [k, prompt] of PROMPTS.entries()) {
  const t0 = performance.now();
  tiles.push(await still(prompt, seed));
  console.info(`${String(k + 1).padStart(2)}. (row ${Math.floor(k / COLS) + 1}, column ${(k % COLS) + 1}) ${prompt}  [${((performance.now() - t0) / 1000).toFixed(1)} s]`);
}
const { rgba, width, height } = sheet(tiles);
writeFileSync(out, encodePng(rgba, width, height));
console.info(`wrote ${out} (${width}x${height}, ${tiles.length} prompts, seed ${seed})`);
