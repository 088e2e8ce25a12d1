// Liquid figures: the particle solver's step time at several particle counts (a jug's worth of
// water settling in a glass jug, the pour's hardest part: every particle has full neighbours), the
// projected time of a 5 s pour at each (the liquid steps at 120 Hz), and the real end-to-end time of
// the default pour prompt: simulation, then every frame drawn (liquid surface included).
// Usage: node --import tsx scripts/bench-liquid.ts [particle counts...]
import { createFrameRenderer } from '../main/engine/frames/frame-renderer';
import { ContainerCollider, ContainerShape } from '../main/engine/liquids/container';
import { fillParticles } from '../main/engine/liquids/fill';
import { ParticleFluid } from '../main/engine/liquids/pbf';
import { LIQUID_EVERY } from '../main/engine/liquids/scene-liquid';
import { FloorCollider } from '../main/engine/liquids/solids';
import { objectModule } from '../main/engine/objects';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { MIN_PHYSICS_HZ } from '../main/engine/physics/constants';
import { simulate } from '../main/engine/simulate/simulate';

const STEPS = 20;
const POUR_SEC = 5;

function stepMs(particles: number): { n: number; ms: number } {
  const jug = new ContainerCollider(new ContainerShape(objectModule('jug')));
  jug.moveTo({ position: { x: 0, y: jug.shape.heightM / 2, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } });
  const level = jug.shape.heightM * 0.8;
  const spacing = Math.cbrt(jug.shape.volumeBelow(level) / particles);
  const fluid = new ParticleFluid(new Float64Array(fillParticles(jug, level, spacing)), { spacingM: spacing, viscosity: 0.02 });
  fluid.colliders.push(jug, new FloorCollider(0));
  const dt = LIQUID_EVERY / MIN_PHYSICS_HZ;
  fluid.step(dt);
  const t0 = performance.now();
  for (let i = 0; i < STEPS; i++) fluid.step(dt);
  return { n: fluid.n, ms: (performance.now() - t0) / STEPS };
}

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const target of counts.length > 0 ? counts : [2000, 5000, 20000]) {
  const { n, ms } = stepMs(target);
  const steps = (POUR_SEC * MIN_PHYSICS_HZ) / LIQUID_EVERY;
  console.info(`liquid step: ${n} particles ${ms.toFixed(1)} ms/step; a ${POUR_SEC} s pour (${steps} steps) projects to ${((ms * steps) / 1000).toFixed(1)} s of solver time`);
}

const plan = parsePrompt('water is poured from a jug into a glass', { durationSec: POUR_SEC });
let t0 = performance.now();
const trace = await simulate(plan, 1);
const simSec = (performance.now() - t0) / 1000;
const renderer = createFrameRenderer(plan, trace);
t0 = performance.now();
for (let f = 0; f < trace.frameCount; f++) renderer.renderFrame(f);
const drawSec = (performance.now() - t0) / 1000;
console.info(`pour prompt (${trace.liquid?.count} particles, ${POUR_SEC} s, ${trace.frameCount} frames at ${renderer.width}x${renderer.height}): simulated in ${simSec.toFixed(1)} s, drawn in ${drawSec.toFixed(1)} s, total ${(simSec + drawSec).toFixed(1)} s`);
