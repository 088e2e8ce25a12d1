// A hand's planned path: keyframes of where the palm is and how it is turned, each reached from the
// one before with its own easing (a reach eases in and out; a push speeds up through its stroke and
// stops short after letting go), and the moments its fingers close on a thing or open.
import type { Vec3 } from '../../contract/scene-plan';

export type Quat = readonly [number, number, number, number];
// smooth: starts and ends at rest; in: starts at rest, ends at full speed (a push's stroke); out:
// starts at full speed and comes to rest (a hand stopping after a push); linear: at one speed
// throughout (a path sampled densely from a curve, such as an arm's swing).
export type Ease = 'smooth' | 'in' | 'out' | 'linear';

export interface HandKey {
  t: number;
  p: Vec3;
  q: Quat;
  ease: Ease;
}

export interface Grip {
  t: number;
  object: string;
  closes: boolean;
}

export interface HandPlan {
  id: string;
  keys: HandKey[];
  grips: Grip[];
  // Where the arm comes from (outside the frame, or the person's shoulder).
  shoulder: Vec3;
  // The person whose own hand it is (their arm is drawn reaching it), if any.
  owner?: string;
  // Things it holds without a grip's joint, for the drawing only: a jug or a spoon the hand escorts
  // (both moved bodies themselves). When the fingers close round it, and its radius (m).
  wraps?: { t: number; closes: boolean; wrapM: number }[];
  // What it pushes without gripping. What a hand touches is kept awake: Rapier lets a thing at rest
  // sleep, and a sleeping cup let a moving kinematic palm pass 4 cm into it before it woke.
  pushes?: string[];
}

const EASES: Record<Ease, (u: number) => number> = {
  smooth: (u) => u * u * (3 - 2 * u),
  in: (u) => u * u,
  out: (u) => 1 - (1 - u) * (1 - u),
  linear: (u) => u,
};

export function slerp(a: Quat, b: Quat, u: number): Quat {
  let dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
  const sign = dot < 0 ? -1 : 1;
  dot *= sign;
  if (dot > 0.9995) {
    const q = a.map((x, i) => x + u * (sign * (b[i] as number) - x));
    const n = Math.hypot(...q);
    return q.map((x) => x / n) as unknown as Quat;
  }
  const th = Math.acos(dot);
  const wa = Math.sin((1 - u) * th) / Math.sin(th);
  const wb = (sign * Math.sin(u * th)) / Math.sin(th);
  return a.map((x, i) => wa * x + wb * (b[i] as number)) as unknown as Quat;
}

// The palm's pose at time t (held at the first key before it, at the last after it).
export function poseAt(keys: readonly HandKey[], t: number): { p: Vec3; q: Quat } {
  const first = keys[0] as HandKey;
  if (t <= first.t) return { p: first.p, q: first.q };
  for (let i = 1; i < keys.length; i++) {
    const b = keys[i] as HandKey;
    if (t > b.t) continue;
    const a = keys[i - 1] as HandKey;
    const u = EASES[b.ease](b.t > a.t ? (t - a.t) / (b.t - a.t) : 1);
    return { p: [a.p[0] + u * (b.p[0] - a.p[0]), a.p[1] + u * (b.p[1] - a.p[1]), a.p[2] + u * (b.p[2] - a.p[2])], q: slerp(a.q, b.q, u) };
  }
  const last = keys[keys.length - 1] as HandKey;
  return { p: last.p, q: last.q };
}

// Writes a path move by move from where the hand is: each move takes its time from the last.
export class HandScript {
  readonly keys: HandKey[];
  readonly grips: Grip[] = [];
  // Every move takes this share of its written time (a hand stacking blocks works briskly).
  tempo = 1;

  constructor(startSec: number, p: Vec3, q: Quat) {
    this.keys = [{ t: startSec, p, q, ease: 'smooth' }];
  }

  get last(): HandKey {
    return this.keys[this.keys.length - 1] as HandKey;
  }

  get t(): number {
    return this.last.t;
  }

  to(sec: number, p: Vec3, ease: Ease = 'smooth', q: Quat = this.last.q): this {
    this.keys.push({ t: this.t + sec * this.tempo, p, q, ease });
    return this;
  }

  // Moved by (dx, dy, dz) from where it is.
  by(sec: number, d: Vec3, ease: Ease = 'smooth'): this {
    const p = this.last.p;
    return this.to(sec, [p[0] + d[0], p[1] + d[1], p[2] + d[2]], ease);
  }

  wait(sec: number): this {
    return this.to(sec, this.last.p);
  }

  grasp(object: string): this {
    this.grips.push({ t: this.t, object, closes: true });
    return this;
  }

  release(object: string): this {
    this.grips.push({ t: this.t, object, closes: false });
    return this;
  }
}
