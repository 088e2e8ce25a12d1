// The operator's hands on the planned goals: the aim a critically damped spring trails (or, riding
// with a tossed coin, the goals' own aims with no lag), panned to keep what must stay in frame and to
// give it lead room, and the frame height smoothed and widened so what each frame keeps stays whole.
import * as THREE from 'three';
import type { Entity } from '../../../contract/scene-plan';
import { criticallyDamped, followPoints, windowMax } from './follow';
import type { Watcher } from './focus';
import type { FrameGoal } from './framing';
import { keepLeadRoom } from './lead-room';
import { centredPoints, panToKeep } from './pan-to-keep';
import { MARGIN, type ViewBasis } from './projection';

export interface Operator { subject: Entity | null; crops: boolean; riding: boolean; watcher: Watcher; basis: ViewBasis; fps: number; followSec: number }

// The operator's smooth aim and frame height from the goals. A shot riding with a tossed coin is
// aimed at the coin with no lag (a spring trailed a coin thrown up by a thumb by most of the frame)
// and framed as its goals say, eased over a frame or two (widened again to hold it whole, the frame
// was twice as tall as planned at the top of the toss).
export function operate(goals: readonly FrameGoal[], kept: readonly (Entity | null)[], o: Operator): { target: THREE.Vector3[]; field: readonly number[] } {
  const { subject, crops, watcher, basis, fps, followSec } = o;
  const aims = goals.map((g) => g.target);
  if (o.riding) return { target: centredPoints(aims, 1), field: criticallyDamped(windowMax(goals.map((g) => g.field), 1), fps, followSec) };
  const trailing = followPoints(aims, fps, followSec).map((p) => new THREE.Vector3(p.x, p.y, p.z));
  // Only a thing the shot takes up from its subject (a kicked ball) is panned to; the subject itself
  // is held as before (a wide shot of a falling ball lets it fall through the frame).
  const followed = kept.map((k) => (k && k.id !== subject?.id ? k : null));
  const smoothField = criticallyDamped(goals.map((g) => g.field), fps, followSec);
  const target = crops ? trailing : keepLeadRoom(panToKeep(trailing, smoothField, followed, watcher, basis, fps, followSec), smoothField, kept, watcher, basis, fps, followSec);
  return { target, field: keepSubjectInFrame(smoothField, target, kept, crops, watcher, basis, fps, followSec) };
}

// How much more than it spans the frame is when it must keep a thing whole.
const KEEP_SLACK = 1.1;

// The frame height, smoothed, and never so small that the subject's bounds leave the frame (unless
// the shot crops it on purpose: a medium or close shot of a person).
// `smooth`: the shot's own frame heights, smoothed.
function keepSubjectInFrame(smooth: readonly number[], target: THREE.Vector3[], keep: readonly (Entity | null)[], crops: boolean, watcher: Watcher, b: ViewBasis, fps: number, followSec: number): readonly number[] {
  if (crops || keep.every((k) => k === null)) return smooth;
  const need = target.map((t, f) => {
    let h = 0;
    const subject = keep[f];
    // A person keeps their headroom: what is above the aim (a head, hands raised in a jump) stays
    // inside the top margin the shot frames with (with only the 10% everything else keeps, the hands
    // of a man jumping for joy came within 3 px of a 120 px wide shot's top).
    const headroom = subject?.kind === 'person' ? 1 / (1 - 2 * MARGIN) : KEEP_SLACK;
    for (const p of subject ? watcher.bounds(subject, f) : []) {
      const d = p.clone().sub(t);
      const up = d.dot(b.up);
      h = Math.max(h, 2 * Math.abs(up) * (up > 0 ? headroom : KEEP_SLACK), (2 * Math.abs(d.dot(b.right)) * KEEP_SLACK) / b.aspect);
    }
    return h;
  });
  const wanted = smooth.map((v, f) => Math.max(v, need[f]!));
  const widened = criticallyDamped(windowMax(wanted, Math.round(fps * followSec)), fps, followSec);
  return widened.map((v, f) => Math.max(v, wanted[f]!));
}
