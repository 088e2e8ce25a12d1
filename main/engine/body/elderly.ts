// Old people: the prompt's words for them, and how age shows in the body: the upper back rounds
// forward with the head carried out in front of the shoulders, and they walk with shorter, slower
// steps (about 0.9 m/s against a younger adult's 1.4 m/s).
import type { PersonPose } from './skeleton';
import { add, cross, dot, normalize, scale, sub, type V } from './vector';

// Words (as the prompt's labels come out) for old women and old men (frames/people/roles.ts reads
// them as those roles).
export const OLD_WOMAN_WORDS = ['old woman', 'elderly woman', 'grandmother', 'grandma', 'granny', 'old lady'] as const;
export const OLD_MAN_WORDS = ['old man', 'elderly man', 'grandfather', 'grandpa', 'elderly person', 'elderly', 'old person', 'pensioner'] as const;

export const named = (label: string, words: readonly string[]): boolean => {
  const l = label.toLowerCase();
  return words.some((w) => l === w || l.endsWith(` ${w}`));
};

export const isElderly = (label: string): boolean => named(label, OLD_WOMAN_WORDS) || named(label, OLD_MAN_WORDS);

// An old person's steps against the gait's usual length and cadence.
export const ELDERLY_GAIT = { stepScale: 0.8, cadenceScale: 0.8 } as const;

// The upper back bends forward about a point this far up the spine from the pelvis (fraction of the
// pelvis-to-chest length); the head, carried on the bent neck, tips forward by this share of the
// bend more (so the face still looks ahead and a little down, not at the feet).
const BEND_FROM = 0.45;
const HEAD_SHARE = 0.45;

// Rounds the upper back of a pose forward by `stoopRad` (in place): the chest, shoulders, neck and
// head turn forward about the lower back; the arms keep hanging, carried along by the shoulders.
export function stoopPose(pose: PersonPose, stoopRad: number): void {
  if (stoopRad <= 0) return;
  const right = normalize(sub(pose.shoulderR, pose.shoulderL), [0, 0, 1]);
  const up = normalize(sub(pose.neck, pose.pelvis), [0, 1, 0]);
  const fwd = normalize(cross(up, right), [1, 0, 0]);
  const pivot = add(pose.pelvis, scale(sub(pose.chest, pose.pelvis), BEND_FROM));
  const turn = (p: V, about: V, a: number): V => {
    const d = sub(p, about);
    const r = dot(d, right), u = dot(d, up), f = dot(d, fwd);
    const u2 = u * Math.cos(a) - f * Math.sin(a), f2 = u * Math.sin(a) + f * Math.cos(a);
    return [about[0] + right[0] * r + up[0] * u2 + fwd[0] * f2, about[1] + right[1] * r + up[1] * u2 + fwd[1] * f2, about[2] + right[2] * r + up[2] * u2 + fwd[2] * f2];
  };
  const neck0 = pose.neck;
  const neck = turn(neck0, pivot, stoopRad);
  // The head and chin ride on the neck, tipped forward a little more than the back.
  for (const j of ['head', 'chin'] as const) pose[j] = turn(add(neck, sub(pose[j], neck0)), neck, stoopRad * HEAD_SHARE);
  pose.neck = neck;
  pose.chest = turn(pose.chest, pivot, stoopRad);
  for (const s of ['L', 'R'] as const) {
    const was = pose[`shoulder${s}`];
    const now = turn(was, pivot, stoopRad);
    const moved = sub(now, was);
    pose[`shoulder${s}`] = now;
    pose[`elbow${s}`] = add(pose[`elbow${s}`], moved);
    pose[`hand${s}`] = add(pose[`hand${s}`], moved);
  }
}
