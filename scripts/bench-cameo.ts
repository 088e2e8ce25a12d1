// Benchmark: what a cameo costs a generation on this machine. A 640 px, 3 s cameo (the astronaut,
// matted by hand, stored as an analysis stores it) in a 5 s, 854x480 scene: loading its footage
// (ffmpeg decodes the alpha video and its sound), rendering a frame with the cameo against the same
// scene with a drawn person, and the sound. Prints figures; asserts nothing. `npm run bench:cameo`.
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CameoLibrary } from '../main/cameo/cameo-library';
import { synthesizeAudio } from '../main/engine/audio/synthesize';
import { attachCameos } from '../main/engine/cameo/attach-cameos';
import { loadCameoFootages } from '../main/engine/cameo/load-footages';
import { createFrameRenderer } from '../main/engine/frames/frame-renderer';
import { readPrompt } from '../main/engine/prompt/parse-prompt';
import { simulate } from '../main/engine/simulate/simulate';
import { requireFfmpeg } from '../main/media/ffmpeg-path';
import { addReadyCameo } from '../test/helpers/cameo-fixture';

const PROMPTS = ['@alex shoots at the hoop and misses', '@alex stands on the beach at sunset while a ball rolls past', '@alex walks through the forest'];
const ms = (start: number): string => `${(performance.now() - start).toFixed(1)} ms`;

const home = mkdtempSync(path.join(os.tmpdir(), 'kinora-bench-cameo-'));
const library = new CameoLibrary(home);
try {
  let t = performance.now();
  const fixture = await addReadyCameo(library, 'alex', { size: 640, durationSec: 3, heightM: 1.75 });
  console.info(`store a 3 s, 640 px cameo (fixture)  ${ms(t)}`);
  for (const prompt of PROMPTS) {
    console.info(`\n${prompt}`);
    const reading = readPrompt(prompt, { durationSec: 5 }, { heightM: () => 1.75 });
    const plan = attachCameos(reading.plan!, [{ use: { id: fixture.id, name: 'alex', entityId: reading.cameos[0]!.entityId, heightM: 1.75, consentAt: new Date().toISOString() }, bodyHalfWidthM: 0.2 }]);
    const trace = await simulate(plan, 42);
    t = performance.now();
    const cameos = await loadCameoFootages(plan, [{ id: fixture.id, name: 'alex', folder: fixture.folder, hasAudio: true }], { ffmpegPath: requireFfmpeg() });
    const footage = cameos.get(fixture.id)!;
    console.info(`  load footage     ${ms(t)}  (${footage.frames.length} frames of ${footage.width}x${footage.height}, ${footage.sound ? `${(footage.sound.left.length / footage.sound.sampleRate).toFixed(2)} s of sound` : 'no sound'})`);
    for (const [label, withCameo] of [['drawn person', false], ['cameo', true]] as const) {
      const renderer = createFrameRenderer(withCameo ? plan : { ...plan, cameos: undefined }, trace, { cameos });
      renderer.renderFrame(0);
      t = performance.now();
      const sample = 24;
      for (let i = 0; i < sample; i++) renderer.renderFrame(Math.floor((i * trace.frameCount) / sample));
      console.info(`  render (${label.padEnd(12)}) ${((performance.now() - t) / sample).toFixed(1)} ms/frame at ${renderer.width}x${renderer.height}`);
    }
    t = performance.now();
    synthesizeAudio(plan, trace, { cameos });
    console.info(`  audio with her sound ${ms(t)}`);
  }
} finally {
  library.close();
  rmSync(home, { recursive: true, force: true });
}
