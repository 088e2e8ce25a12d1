// Rain and the sea: drops fall at terminal velocity, are heard one by one on what they land on and
// drawn as streaks moving at that speed; waves break where the water is shallow enough and wash up
// the sand, and their events drive the sound; a ball dropped into the sea splashes.
import { describe, expect, it } from 'vitest';
import type * as THREE from 'three';
import { SAMPLE_RATE } from '../../main/contract/format';
import type { TraceEvent } from '../../main/contract/world-trace';
import { synthesizeAudio } from '../../main/engine/audio/synthesize';
import { dropSpeedAfter, terminalVelocity } from '../../main/engine/elements/rain/physics';
import { drawSurf } from '../../main/engine/elements/surf/draw';
import { shoreOf } from '../../main/engine/elements/surf/shore';
import { waterReach, waveState, waveTrain } from '../../main/engine/elements/surf/waves';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { environmentFor } from '../../main/engine/frames/scene/environment';
import type { FoamPattern } from '../../main/engine/frames/shading/surfaces';
import { GRAVITY } from '../../main/engine/physics/constants';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { settingModule } from '../../main/engine/settings';
import { simulate } from '../../main/engine/simulate/simulate';

const small = { width: 160, height: 90, durationSec: 3 };

function energy(samples: Float32Array, from: number, sec: number): number {
  let e = 0;
  for (let i = Math.round(from * SAMPLE_RATE); i < Math.round((from + sec) * SAMPLE_RATE); i++) e += (samples[2 * i] ?? 0) ** 2 + (samples[2 * i + 1] ?? 0) ** 2;
  return e;
}

const eventsOf = <K extends TraceEvent['kind']>(events: readonly TraceEvent[], kind: K) => events.filter((e): e is Extract<TraceEvent, { kind: K }> => e.kind === kind);

describe('rain', () => {
  it('falls at terminal velocity: a 2 mm drop stops accelerating at about 6.5 m/s', () => {
    const vt = terminalVelocity();
    expect(vt).toBeGreaterThan(6);
    expect(vt).toBeLessThan(7);
    // Let go at rest, a drop is still far from it after 0.2 s and at it within 0.5% after 5 s.
    expect(dropSpeedAfter(0.2)).toBeLessThan(0.35 * vt);
    expect(Math.abs(dropSpeedAfter(5) - vt) / vt).toBeLessThan(0.005);
  });

  it('is heard drop by drop on what each lands on, and drawn as streaks falling at that speed', async () => {
    const plan = parsePrompt('rain falls on a wooden table in the park, 3 seconds', small);
    const trace = await simulate(plan, 3);
    const drops = eventsOf(trace.events, 'drop');
    expect(drops.length).toBeGreaterThan(60);
    const table = plan.entities.find((e) => e.kind === 'table')!;
    // On the table's top (wood, at its height) and on the ground around it.
    expect(drops.some((d) => d.material === 'wood' && Math.abs(d.position[1] - 2 * table.size[1]!) < 1e-6)).toBe(true);
    expect(drops.some((d) => d.material !== 'wood' && d.position[1] === 0)).toBe(true);
    // The take's summary tells what the rain did, not "a still scene".
    expect(trace.outcome.summary).toMatch(new RegExp(`^Rain fell throughout: ${drops.length} drops were heard .*wood`));
    const audio = synthesizeAudio(plan, trace, { ambience: false });
    // A drop alone (nothing within 50 ms before it) is an onset.
    const lone = drops.filter((d, i) => i > 0 && d.t - drops[i - 1]!.t > 0.05 && d.t > 0.1).slice(0, 5);
    expect(lone.length).toBeGreaterThan(0);
    for (const d of lone) expect(energy(audio.samples, d.t, 0.006)).toBeGreaterThan(4 * energy(audio.samples, d.t - 0.03, 0.006));
    // The streaks move down by v_t / fps from one frame to the next.
    const built = buildScene(plan, trace);
    const rain = built.scene.getObjectByName('rain') as THREE.Mesh;
    const y = (): number => (rain.geometry.getAttribute('position') as THREE.BufferAttribute).getY(0);
    built.update(10);
    const y0 = y();
    built.update(11);
    const dy = y0 - y();
    if (dy > 0) expect(dy).toBeCloseTo(terminalVelocity() / plan.format.fps, 4);
  });
});

describe('the sea', () => {
  it('breaks where the water is as deep as the wave is high over 0.78, then washes up and back', () => {
    for (const w of waveTrain(11, 10)) {
      expect(w.breakDistM * (1 / 12)).toBeCloseTo(w.heightM / 0.78, 6);
      expect(waveState(w, w.breakSec - 0.01).phase).toBe('swell');
      expect(waveState(w, w.breakSec + 0.01).phase).toBe('bore');
      // The swash goes highest when it stops, and is back at the edge when the backwash ends.
      expect(waterReach([w], w.shoreSec + w.upSec)).toBeCloseTo(w.runupM, 6);
      expect(waterReach([w], w.shoreSec + w.upSec + w.downSec - 1e-6)).toBeLessThan(0.01);
    }
  });

  it('is heard from its breaking and washing: each wave event is an onset in the sound', async () => {
    const plan = parsePrompt('waves crash on a beach at sunset, 8 seconds', { width: 160, height: 90 });
    const trace = await simulate(plan, 4);
    const waves = eventsOf(trace.events, 'wave');
    expect(waves.some((w) => w.phase === 'break')).toBe(true);
    expect(waves.some((w) => w.phase === 'wash')).toBe(true);
    expect(trace.outcome.summary).toMatch(/^\d+ waves? broke and washed up the sand\.$/);
    const audio = synthesizeAudio(plan, trace, { ambience: false });
    for (const w of waves.filter((e) => e.phase !== 'backwash' && e.t > 0.3)) {
      expect(energy(audio.samples, w.t, 0.3), `${w.phase} at ${w.t}`).toBeGreaterThan(3 * energy(audio.samples, w.t - 0.3, 0.3));
    }
    // Drawn: the foam of a broken wave is on the water while its bore runs in.
    const built = buildScene(plan, trace);
    const br = waves.find((w) => w.phase === 'break')!;
    built.update(Math.round((br.t + 0.5) * plan.format.fps));
    expect(built.scene.getObjectByName('surf')!.children.some((c) => c.visible && (c as THREE.Mesh).scale.y > 0.3)).toBe(true);
  });

  it('splashes when a ball drops into the water, as fast as it fell', async () => {
    const plan = parsePrompt('a rubber ball drops on the beach, 2 seconds', small);
    const ball = plan.entities.find((e) => e.kind === 'ball')!;
    const h = 1.5;
    ball.position = shoreOf(plan).at(0, 4, h);
    const trace = await simulate(plan, 2);
    const [splash] = eventsOf(trace.events, 'splash');
    expect(splash).toBeDefined();
    expect(splash!.speed).toBeGreaterThan(0.85 * Math.sqrt(2 * GRAVITY * (h - ball.size[0]!)));
    const audio = synthesizeAudio(plan, trace, { ambience: false });
    expect(energy(audio.samples, splash!.t, 0.05)).toBeGreaterThan(4 * energy(audio.samples, splash!.t - 0.06, 0.05));
  });

  it('whitens its crests as they break, leaving foam behind the bore with the sea showing between', () => {
    const plan = parsePrompt('waves roll onto the beach');
    const { layout } = shoreOf(plan);
    const view = drawSurf(layout, environmentFor(plan, settingModule('beach'), layout), 3, 10);
    const w = waveTrain(3, 10).find((x) => x.breakSec > 3)!;
    const surf = view.group;
    const foams = (name: string): FoamPattern[] => surf.children.filter((m) => m.visible && m.name === name).map((m) => ((m as THREE.Mesh).material as THREE.Material).userData.pattern as FoamPattern | undefined).filter((p): p is FoamPattern => p?.name === 'foam' || p?.name === 'foam-lace');
    const whiteShare = (p: FoamPattern, ly: number): number => {
      let white = 0;
      for (let i = 0; i < 400; i++) {
        const s = { x: (i % 20) * 0.37, y: 0, z: Math.floor(i / 20) * 0.41, lx: 0, ly, lz: 0, nx: 0, ny: 1, nz: 0, footprint: 0.01, t: w.breakSec, r: 0.09, g: 0.33, b: 0.43, roughness: 0.06, metalness: 0, cavity: 1 };
        p.apply(s);
        if (s.r > 0.5) white++;
      }
      return white / 400;
    };
    // Long before it breaks no crest is white; just before, its top is, and its face below is not.
    view.update(w.breakSec - 3);
    expect(Math.max(...foams('swell').map((p) => p.cover))).toBe(0);
    view.update(w.breakSec - 0.05);
    const crest = foams('swell').find((p) => p.cover > 0.5)!;
    expect(whiteShare(crest, 0.5)).toBeGreaterThan(0.4);
    expect(whiteShare(crest, -0.2)).toBe(0);
    // Once broken, the bore is white water and the wake behind it lace: some white, some sea.
    view.update((w.breakSec + w.shoreSec) / 2);
    // (The wake of the wave before may still linger, fading, off the water's edge: this wave's is the freshest.)
    const wake = foams('wake').reduce((a, b) => (b.cover > a.cover ? b : a));
    const share = whiteShare(wake, 0);
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.9);
  });
});
