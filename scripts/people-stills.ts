// A contact sheet of people stills: each row one prompt, each column one camera angle, so a change to
// how people look can be seen from every side at once, before and after.
// Usage: node --import tsx scripts/people-stills.ts out.png SPEC...
//   SPEC = "prompt|shot|angles|timeSec[|seed]" e.g. "a man walks in the park|medium|front,profile,behind,low|1.2"
//   angles: the plan's angles, or views from the subject's own facing: "face" (square on), "three"
//   (three-quarter), "profile" (square to the side), "back" (square behind).
import { writeFileSync } from 'node:fs';
import * as THREE from 'three';
import type { ScenePlan } from '../main/contract/scene-plan';
import { CAMERA_ANGLES } from '../main/engine/frames/camera/angles';
import { createFrameRenderer } from '../main/engine/frames/frame-renderer';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { simulate } from '../main/engine/simulate/simulate';
import { speakLines } from '../main/engine/speech/speak-lines';
import { encodePng } from './lib/png';

const W = Number(process.env.STILL_W ?? 400), H = Number(process.env.STILL_H ?? 300), SEED = Number(process.env.STILL_SEED ?? 42);
const [out = 'people.png', ...specs] = process.argv.slice(2);
const side = CAMERA_ANGLES.side;
// Directions from the subject towards the camera, from the way it faces (f, horizontal).
const across = (f: THREE.Vector3): THREE.Vector3 => new THREE.Vector3(-f.z, 0, f.x);
const OWN_VIEWS: Record<string, (f: THREE.Vector3) => THREE.Vector3> = {
  face: (f) => f.clone(),
  three: (f) => f.clone().add(across(f)).normalize(),
  profile: (f) => across(f),
  back: (f) => f.clone().negate(),
};
const rows: Uint8Array[][] = [];
let cols = 0;
for (const spec of specs) {
  const [prompt = '', shot = 'medium', angles = 'front', at = '1', seed = String(SEED)] = spec.split('|');
  const row: Uint8Array[] = [];
  for (const angle of angles.split(',')) {
    const plan = parsePrompt(prompt);
    plan.camera.shot = shot as ScenePlan['camera']['shot'];
    const own = OWN_VIEWS[angle];
    plan.camera.angle = (own ? 'side' : angle) as ScenePlan['camera']['angle'];
    plan.camera.motion = 'static';
    plan.format = { ...plan.format, width: W, height: H };
    CAMERA_ANGLES.side = own ? { ...side, direction: (a) => own(a.facing) } : side;
    // Spoken lines are synthesized first, as a generation does (the mouth moves with them).
    const trace = await simulate(plan, Number(seed), plan.dialogue.length > 0 ? { speech: await speakLines(plan) } : {});
    const renderer = createFrameRenderer(plan, trace);
    row.push(renderer.renderFrame(Math.min(trace.frameCount - 1, Math.round(Number(at) * trace.fps))).slice());
  }
  rows.push(row);
  cols = Math.max(cols, row.length);
  console.info(`${prompt}: ${angles}`);
}
const sheet = new Uint8Array(cols * W * rows.length * H * 4);
rows.forEach((row, r) => row.forEach((img, c) => {
  for (let y = 0; y < H; y++) sheet.set(img.subarray(y * W * 4, (y + 1) * W * 4), ((r * H + y) * cols * W + c * W) * 4);
}));
writeFileSync(out, encodePng(sheet, cols * W, rows.length * H));
console.info(`wrote ${out} (${cols}x${rows.length} stills)`);
