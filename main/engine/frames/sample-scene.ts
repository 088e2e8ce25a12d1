// A built-in basketball take (plan + hand-made trace, no physics engine needed): a player shoots
// from 5 m, the ball arcs into the hoop, swishes and bounces on the floor. Used by
// scripts/render-sample.ts to look at the renderer and by benchmarks/tests as a typical scene.
import { GRAVITY } from '../physics/constants';
import type { ScenePlan } from '../../contract/scene-plan';
import type { TraceEvent, Vec3, WorldTrace } from '../../contract/world-trace-types';
import { ballHoldPosition } from '../actions/person-pose';
import { SHOOT_RELEASE_AFTER_START } from '../actions/shoot/pose';

export interface SampleOptions {
  width?: number;
  height?: number;
  fps?: number;
  camera?: Partial<ScenePlan['camera']>;
  setting?: Partial<ScenePlan['setting']>;
}

// The sample's plan: a player, a basketball and a hoop in a gym, one made jump shot.
function samplePlan(options: SampleOptions, fps: number, duration: number, H: number, R: number): ScenePlan {
  return {
    version: 1,
    prompt: 'a basketball player sinks a jump shot in a gym',
    setting: { kind: 'gym', indoor: true, timeOfDay: 'day', ...options.setting },
    entities: [
      { id: 'player', kind: 'person', label: 'player', material: 'flesh', color: 0x1f5fbf, size: [H], position: [-5, 0, 0.4], restitution: 0.2, friction: 0.8, mass: 85 },
      { id: 'ball', kind: 'ball', label: 'basketball', material: 'leather', color: 0xd9631e, size: [R], position: [-4.6, 1.2, 0.4], restitution: 0.8, friction: 0.6, mass: 0.62 },
      { id: 'hoop', kind: 'hoop', label: 'hoop', material: 'metal', color: 0xe4571b, size: [0.2286], position: [0, 3.05, 0], restitution: 0.6, friction: 0.5, mass: 100 },
    ],
    actions: [{ kind: 'shoot', actor: 'player', object: 'ball', target: 'hoop', intent: 'make', startSec: 0.3 }],
    camera: { shot: 'wide', angle: 'side', motion: 'static', subject: null, ...options.camera },
    lighting: { mood: 'neutral', intensity: 1 },
    dialogue: [],
    format: { durationSec: duration, fps, width: options.width ?? 854, height: options.height ?? 480 },
  };
}

export function sampleBasketballTake(options: SampleOptions = {}): { plan: ScenePlan; trace: WorldTrace } {
  const fps = options.fps ?? 24;
  const duration = 4;
  const R = 0.12;
  const H = 1.9;
  const plan = samplePlan(options, fps, duration, H, R);
  const startSec = 0.3;
  const releaseSec = startSec + SHOOT_RELEASE_AFTER_START;
  const track = { entityId: 'player', animation: 'shoot' as const, startSec, releaseSec, facing: Math.atan2(-(0 - 0.4), 5), position: [-5, 0, 0.4] as Vec3 };
  const p0 = ballHoldPosition(track, H, releaseSec, R);
  const rim: Vec3 = [0, 3.05, 0];
  const T = 1.05;
  const g = -GRAVITY;
  const v0: Vec3 = [(rim[0] - p0[0]) / T, (rim[1] - p0[1] - 0.5 * g * T * T) / T, (rim[2] - p0[2]) / T];
  const tRim = releaseSec + T;
  const events: TraceEvent[] = [
    { kind: 'release', t: releaseSec, actor: 'player', object: 'ball', position: p0 },
    { kind: 'score', t: tRim + 0.05, object: 'ball', target: 'hoop', position: [0, 2.9, 0] },
  ];
  // After the rim: straight down (slowed by the net) to the floor, then damped bounces.
  const vDown = v0[1] + g * T;
  const ballAt = (t: number): Vec3 => {
    if (t <= releaseSec) return ballHoldPosition(track, H, t, R);
    if (t <= tRim) {
      const s = t - releaseSec;
      return [p0[0] + v0[0] * s, p0[1] + v0[1] * s + 0.5 * g * s * s, p0[2] + v0[2] * s];
    }
    let y = rim[1];
    let vy = vDown * 0.6;
    let x = 0;
    const vx = v0[0] * 0.15;
    let s = t - tRim;
    let clock = tRim;
    for (let bounce = 0; bounce < 12; bounce++) {
      // Time to hit the floor from height y with vertical speed vy.
      const a = 0.5 * g, b = vy, c = y - R;
      const hit = (-b - Math.sqrt(b * b - 4 * a * c)) / (2 * a);
      if (s <= hit) return [x + vx * s, y + vy * s + 0.5 * g * s * s, 0];
      clock += hit;
      x += vx * hit;
      if (!events.some((e) => e.kind === 'contact' && Math.abs(e.t - clock) < 1e-6)) {
        const impact = Math.abs(vy + g * hit);
        if (impact > 0.4) events.push({ kind: 'contact', t: clock, a: 'ball', b: 'floor', materialA: 'leather', materialB: 'wood', impulse: 0.62 * impact * 1.8, position: [x, 0, 0] });
      }
      s -= hit;
      y = R;
      vy = Math.abs(vy + g * hit) * 0.72;
      if (vy < 0.2) return [x + vx * s, R, 0];
    }
    return [x, R, 0];
  };
  const frameCount = Math.round(duration * fps);
  const frames: number[][] = [];
  for (let f = 0; f < frameCount; f++) {
    const t = f / fps;
    const p = ballAt(t);
    // Backspin after release, about the axis across the shot.
    const spin = t > releaseSec ? -(t - releaseSec) * 12 : 0;
    frames.push([...p, 0, 0, Math.sin(spin / 2), Math.cos(spin / 2)]);
  }
  events.sort((a, b) => a.t - b.t);
  const trace: WorldTrace = {
    version: 1,
    seed: 7,
    fps,
    frameCount,
    bodies: [{ id: 'ball', shape: { kind: 'sphere', radius: R }, material: 'leather', dynamic: true }],
    frames,
    events,
    actors: [track],
    outcome: { summary: 'The shot went in.', scored: true, rimContacts: 0, attempts: 1, intentMatched: true },
  };
  return { plan, trace };
}
