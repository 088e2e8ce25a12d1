// Walking and running with planted feet, footsteps that land (and are heard) exactly when a foot
// meets the ground and sound like the ground they land on, and a forest whose sound changes over time.
import { describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../main/contract/format';
import type { ActorTrack } from '../../main/contract/world-trace';
import { personPose } from '../../main/engine/actions/person-pose';
import { HEEL_STRIKE_OF_HEIGHT } from '../../main/engine/actions/walk/pose';
import { StereoBus } from '../../main/engine/audio/bus';
import { FOOTSTEP_SURFACES } from '../../main/engine/audio/footstep-surface';
import { addFootstep } from '../../main/engine/audio/footsteps';
import { Biquad, seededRandom } from '../../main/engine/audio/noise';
import { BODY } from '../../main/engine/body/skeleton';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { forestAmbience } from '../../main/engine/settings/forest/ambience';
import { simulate } from '../../main/engine/simulate/simulate';

async function walked(prompt: string) {
  const plan = parsePrompt(prompt);
  const trace = await simulate(plan, 4);
  const person = plan.entities.find((e) => e.kind === 'person')!;
  const track = trace.actors.find((a) => a.entityId === person.id)!;
  return { plan, trace, track, H: person.size[0]!, steps: trace.events.filter((e) => e.kind === 'footstep') };
}

// Largest distance a foot moves along the ground while it is down (on the floor), sampled at 240 Hz.
function maxSlide(track: ActorTrack, H: number, untilSec: number): number {
  let worst = 0;
  for (const foot of ['footL', 'footR'] as const) {
    let planted: number[] | null = null;
    for (let t = 0; t < untilSec; t += 1 / 240) {
      const p = personPose(track, H, t)[foot];
      const down = p[1] <= BODY.ankleHeight * H + 1e-6;
      if (down && planted) worst = Math.max(worst, Math.hypot(p[0] - planted[0]!, p[2] - planted[2]!));
      planted = down ? (planted ?? p) : null;
    }
  }
  return worst;
}

describe('walking and running', () => {
  it('walks at a human pace with feet that stay planted, and a footstep exactly when each foot lands', async () => {
    const { track, H, steps, trace } = await walked('a man walks across the park and stops, 4 seconds');
    expect(track.animation).toBe('walk');
    expect(maxSlide(track, H, 4)).toBeLessThan(0.001);
    const first = steps[0]!;
    const last = steps[steps.length - 1]!;
    const speed = Math.abs(last.position[0] - first.position[0]) / (last.t - first.t);
    expect(speed).toBeGreaterThan(1.0);
    expect(speed).toBeLessThan(1.8);
    for (const s of steps) {
      // At the footstep's time a foot's heel is on the ground right where the sound comes from (the
      // ankle a heel-strike above the ground, toes still up), and the sole is flat soon after...
      const pose = personPose(track, H, s.t);
      const foot = [pose.footL, pose.footR].find((p) => Math.hypot(p[0] - s.position[0], p[2] - s.position[2]) < 0.01);
      expect(foot?.[1]).toBeGreaterThan(BODY.ankleHeight * H - 1e-4);
      expect(foot?.[1]).toBeLessThan((BODY.ankleHeight + HEEL_STRIKE_OF_HEIGHT) * H + 1e-4);
      const flat = personPose(track, H, s.t + 0.2);
      expect(Math.min(...[flat.footL, flat.footR].filter((p) => Math.hypot(p[0] - s.position[0], p[2] - s.position[2]) < 0.01).map((p) => p[1]))).toBeCloseTo(BODY.ankleHeight * H, 4);
      // ...and just before it, that foot was still in the air.
      const before = personPose(track, H, s.t - 0.05);
      const sameFoot = [before.footL, before.footR].reduce((a, b) => (Math.hypot(a[0] - s.position[0], a[2] - s.position[2]) < Math.hypot(b[0] - s.position[0], b[2] - s.position[2]) ? a : b));
      expect(sameFoot[1]).toBeGreaterThan(BODY.ankleHeight * H + 0.002);
    }
    expect(trace.outcome.summary).toMatch(/walked .* and stopped/);
  });

  it('bobs like a person walking: the hips rise and fall a few centimetres a step (they fell 13), with every planted foot in reach', async () => {
    const { track, H } = await walked('a man walks across the park and stops, 4 seconds');
    const hips: number[] = [];
    let straight = 0;
    // Mid-walk: from the second landing to the one before the last (the stop stands up straight).
    const beats = track.beats ?? [];
    expect(beats.length).toBeGreaterThanOrEqual(5);
    for (let t = beats[1]!; t < beats[beats.length - 2]!; t += 1 / 120) {
      const p = personPose(track, H, t);
      hips.push(p.pelvis[1]);
      for (const [hip, foot] of [[p.hipL, p.footL], [p.hipR, p.footR]] as const) {
        if (Math.hypot(hip[0] - foot[0], hip[1] - foot[1], hip[2] - foot[2]) > 0.999 * (BODY.thigh + BODY.shin) * H) straight++;
      }
    }
    const range = Math.max(...hips) - Math.min(...hips);
    expect(range).toBeGreaterThan(0.025);
    // About 6.6 cm for this 0.77 m stride (13 cm before heels rose); a real walker's hips move 4-5 cm.
    expect(range).toBeLessThan(0.07);
    // A leg stretched to its full length could not reach its foot (the foot would slide or float).
    expect(straight).toBe(0);
  });

  it('turns round on the spot, feet still planted, and walks back the way it came facing the other way', async () => {
    const { track, H, steps, trace } = await walked('a man walks across the park, turns around and walks back, 7 seconds');
    expect(track.turnAfter).toBeGreaterThan(0);
    expect(maxSlide(track, H, 7)).toBeLessThan(0.001);
    const xs = steps.map((s) => s.position[0]);
    const far = Math.max(...xs);
    // Out to the far point, then back: the last footsteps are well short of it again.
    expect(far - xs[xs.length - 1]!).toBeGreaterThan(1.5);
    const chestAhead = (t: number): number => {
      const p = personPose(track, H, t);
      return p.head[0] - p.pelvis[0];
    };
    // Leaning into the walk: the head is ahead of the pelvis going out (+x), and coming back (-x).
    expect(chestAhead(steps[2]!.t)).toBeGreaterThan(0);
    expect(chestAhead(steps[steps.length - 2]!.t)).toBeLessThan(0);
    expect(trace.outcome.summary).toMatch(/turned round and came back/);
  });

  it('runs faster, with both feet off the ground between strides and still no sliding', async () => {
    const { track, H, steps } = await walked('a woman runs down the street, 3 seconds');
    expect(track.animation).toBe('run');
    expect(maxSlide(track, H, 3)).toBeLessThan(0.001);
    const speed = Math.abs(steps[steps.length - 2]!.position[0] - steps[0]!.position[0]) / (steps[steps.length - 2]!.t - steps[0]!.t);
    expect(speed).toBeGreaterThan(2.5);
    expect(speed).toBeLessThan(6);
    const mid = (steps[2]!.t + steps[3]!.t) / 2;
    const flight = personPose(track, H, mid - 0.03);
    expect(Math.min(flight.footL[1], flight.footR[1])).toBeGreaterThan(BODY.ankleHeight * H);
  });
});

// Share of a footstep's energy above 2.5 kHz: crackly grounds are bright, soft ones dull.
function brightness(surface: (typeof FOOTSTEP_SURFACES)[number]): number {
  const bus = new StereoBus(SAMPLE_RATE, Math.round(0.3 * SAMPLE_RATE));
  addFootstep(bus, 0.01, surface, { gl: 0.7, gr: 0.7, pan: 0 }, seededRandom(9));
  const hp = Biquad.highpass(SAMPLE_RATE, 2500);
  let all = 0;
  let high = 0;
  for (const x of bus.left) {
    all += x * x;
    high += hp.process(x) ** 2;
  }
  return high / all;
}

describe('footsteps by surface', () => {
  it('sounds different on every ground: leaves and gravel crackle, sand and grass are dull', () => {
    const b = Object.fromEntries(FOOTSTEP_SURFACES.map((s) => [s, brightness(s)]));
    expect(new Set(Object.values(b).map((v) => v.toFixed(4))).size).toBe(FOOTSTEP_SURFACES.length);
    expect(b.leaves).toBeGreaterThan(3 * b.grass!);
    expect(b.gravel).toBeGreaterThan(3 * b.sand!);
    expect(b.asphalt).toBeGreaterThan(b.sand!);
  });
});

describe('forest ambience', () => {
  it('changes over time: leaves rustle louder in the gusts, and birdsong comes and goes', () => {
    const seconds = 8;
    const bus = new StereoBus(SAMPLE_RATE, seconds * SAMPLE_RATE);
    const plan = parsePrompt('a man walks through a forest');
    forestAmbience(bus, { plan, seedFor: (label) => label.length * 7919, rand: seededRandom(3), durationSec: seconds });
    // Energy per half second in the leaves' band and in the birds' band.
    const band = (lo: number, hi: number): number[] => {
      const filters = [Biquad.highpass(SAMPLE_RATE, lo), Biquad.lowpass(SAMPLE_RATE, hi)];
      const out: number[] = [];
      let e = 0;
      bus.left.forEach((x, i) => {
        let y = x;
        for (const f of filters) y = f.process(y);
        e += y * y;
        if ((i + 1) % (SAMPLE_RATE / 2) === 0) {
          out.push(e);
          e = 0;
        }
      });
      return out.slice(1, -1);
    };
    const leaves = band(7500, 12000);
    const birds = band(2500, 6500);
    expect(Math.max(...leaves) / Math.min(...leaves)).toBeGreaterThan(2);
    expect(Math.max(...birds) / Math.min(...birds)).toBeGreaterThan(3);
  });
});
