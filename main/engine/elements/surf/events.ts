// The surf's events: each wave breaking, its swash washing up the sand and drawing back (waves.ts),
// and a splash whenever a simulated body comes down into the water (the sea beyond the swash's
// reach at that moment), with its speed and mass for the sound.
import { FLOATS_PER_BODY } from '../../../contract/world-trace';
import type { TraceEvent } from '../../../contract/world-trace-types';
import type { ElementRun } from '../types';
import { shoreOf, type Shore } from './shore';
import { waterReach, waveTrain, type Wave } from './waves';

type Splash = Extract<TraceEvent, { kind: 'splash' }>;

// Falling slower than this into the water is a wade, not a splash (m/s).
const SPLASH_MIN_SPEED = 1;

function waveEvents(waves: readonly Wave[], shore: Shore): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const w of waves) {
    const backSec = w.shoreSec + w.upSec;
    if (w.breakSec >= 0) out.push({ kind: 'wave', t: w.breakSec, phase: 'break', heightM: w.heightM, durationSec: w.shoreSec - w.breakSec, position: shore.at(w.alongM, w.breakDistM) });
    if (w.shoreSec >= 0) out.push({ kind: 'wave', t: w.shoreSec, phase: 'wash', heightM: w.heightM, durationSec: w.upSec, position: shore.at(w.alongM, -w.runupM / 2) });
    if (backSec >= 0) out.push({ kind: 'wave', t: backSec, phase: 'backwash', heightM: w.heightM, durationSec: w.downSec, position: shore.at(w.alongM, -w.runupM / 2) });
  }
  return out;
}

function splashes(run: ElementRun, waves: readonly Wave[], shore: Shore): Splash[] {
  const out: Splash[] = [];
  const dt = 1 / run.fps;
  run.bodies.forEach((body, b) => {
    if (!body.dynamic) return;
    const entity = run.plan.entities.find((e) => e.id === (body.pieceOf ?? body.id));
    const low = body.shape.kind === 'sphere' ? body.shape.radius : 0.05;
    let wet = true;
    for (let f = 0; f < run.frames.length; f++) {
      const row = run.frames[f] as number[];
      const p: [number, number, number] = [row[b * FLOATS_PER_BODY] ?? 0, row[b * FLOATS_PER_BODY + 1] ?? 0, row[b * FLOATS_PER_BODY + 2] ?? 0];
      const t = f * dt;
      const inWater = shore.offshore(p) > -waterReach(waves, t) && p[1] - low < 0.02;
      if (inWater && !wet && f > 0) {
        const prev = run.frames[f - 1] as number[];
        const speed = Math.hypot(p[0] - (prev[b * FLOATS_PER_BODY] ?? 0), p[1] - (prev[b * FLOATS_PER_BODY + 1] ?? 0), p[2] - (prev[b * FLOATS_PER_BODY + 2] ?? 0)) / dt;
        if (speed >= SPLASH_MIN_SPEED) out.push({ kind: 'splash', t, object: body.id, speed, massKg: entity?.mass ?? 0.5, position: [p[0], 0, p[2]] });
      }
      wet = inWater;
    }
  });
  return out;
}

export function surfEvents(run: ElementRun): TraceEvent[] {
  const shore = shoreOf(run.plan);
  const waves = waveTrain(run.seed, run.durationSec);
  return [...waveEvents(waves, shore).filter((e) => e.t < run.durationSec), ...splashes(run, waves, shore)];
}

// "4 waves broke and washed up the sand; 1 splash." from the surf's own events.
export function surfRecap(events: readonly TraceEvent[]): string | null {
  const breaks = events.filter((e) => e.kind === 'wave' && e.phase === 'break').length;
  const washes = events.filter((e) => e.kind === 'wave' && e.phase === 'wash').length;
  if (breaks === 0 && washes === 0) return null;
  const waves = Math.max(breaks, washes);
  return `${waves} ${waves === 1 ? 'wave' : 'waves'} ${breaks > 0 ? 'broke and ' : ''}washed up the sand.`;
}
