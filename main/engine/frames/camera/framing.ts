// Where the operator wants the frame at each moment, before any smoothing: the point to aim at and
// the frame height (metres at that point). Wide shots fit everything in play while keeping the main
// subject at least a quarter of the frame tall (the subject wins when both cannot fit); tighter shots
// frame the subject by the shot size, a person with their eyes on the shot's eye line (headroom).
// Moving subjects get lead room: the aim runs ahead of them in the direction they travel.
import * as THREE from 'three';
import type { CameraPlan, Entity } from '../../../contract/scene-plan';
import { sizeOf, type Watcher } from './focus';
import { SHOT_SIZES } from './shot-sizes';

export interface ViewBasis {
  right: THREE.Vector3;
  up: THREE.Vector3;
  view: THREE.Vector3;
  aspect: number;
  // tan of half the vertical field of view.
  tanHalf: number;
}

export interface FrameGoal {
  target: THREE.Vector3;
  field: number;
}

// The world point at (cx, cy) across the frame and at the view depth of `along`.
type PointAt = (cx: number, cy: number, along: THREE.Vector3) => THREE.Vector3;

// Room left around what must be in frame (fraction of the frame on each side).
const MARGIN = 0.08;
// How far ahead of a moving subject the aim runs (seconds of travel), at most a sixth of the frame.
const LEAD_SEC = 0.5;

interface Extent { cx: number; cy: number; w: number; h: number }

function extent(points: readonly THREE.Vector3[], b: ViewBasis): Extent {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const p of points) {
    const x = p.dot(b.right), y = p.dot(b.up);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, w: maxX - minX, h: maxY - minY };
}

// Frame height that holds an extent with margins.
const fieldFor = (e: Extent, aspect: number): number => Math.max(e.h, e.w / aspect) / (1 - 2 * MARGIN);

export function goalAt(f: number, cam: CameraPlan, subject: Entity | null, watcher: Watcher, b: ViewBasis, companions: readonly Entity[] = []): FrameGoal {
  const size = SHOT_SIZES[cam.shot];
  const pointAt = (cx: number, cy: number, along: THREE.Vector3): THREE.Vector3 =>
    b.right.clone().multiplyScalar(cx).addScaledVector(b.up, cy).addScaledVector(b.view, along.dot(b.view));
  if (!subject) {
    const all = watcher.action(f);
    const e = extent(all, b);
    const c = all.reduce((acc, p) => acc.add(p), new THREE.Vector3()).divideScalar(Math.max(1, all.length));
    return { target: pointAt(e.cx, e.cy, c), field: Math.max(3, fieldFor(e, b.aspect)) };
  }
  const own = watcher.bounds(subject, f);
  const anchor = watcher.locate(subject, f, new THREE.Vector3());
  const S = sizeOf(subject);
  let goal: FrameGoal;
  if (size.fit) {
    // Seen from above a person is foreshortened: the size rule applies to what the frame shows.
    const shown = S * Math.max(0.45, Math.sqrt(1 - b.view.y * b.view.y));
    goal = fitAction(watcher.action(f), own, anchor, shown * size.fit.min, shown * size.fit.max, b, pointAt);
  } else {
    const field = subject.kind === 'person' ? size.personField(S) : subject.kind === 'ball' ? size.ballField(S / 2) : size.otherField(S);
    // A person's eyes sit on the eye line; anything else is centred.
    const drop = subject.kind === 'person' ? field * (0.5 - size.eyeLine) : 0;
    goal = { target: anchor.clone().addScaledVector(b.up, -drop), field };
    const people = companions.filter((c) => c.kind === 'person');
    const things = companions.filter((c) => c.kind !== 'person');
    if (cam.shot === 'medium' && subject.kind === 'person' && people.length > 0) goal = twoShot(goal, anchor, people.map((p) => watcher.locate(p, f, new THREE.Vector3())), b, size.eyeLine, pointAt);
    if (subject.kind !== 'person' && things.length > 0) goal = groupShot(goal, [...own, ...things.flatMap((t) => watcher.bounds(t, f))], b, pointAt);
  }
  goal.target.addScaledVector(b.right, leadRoom(watcher, subject, f, b, goal.field));
  return goal;
}

// Frame height at the target that holds every point once perspective is counted: a point nearer the
// camera than the target spreads further across the frame. A few rounds settle it.
function perspectiveField(points: readonly THREE.Vector3[], target: THREE.Vector3, field: number, b: ViewBasis): number {
  let f = field;
  for (let round = 0; round < 3; round++) {
    const d = f / (2 * b.tanHalf);
    let need = field;
    for (const p of points) {
      const rel = p.clone().sub(target);
      const depth = d + rel.dot(b.view);
      if (depth < 0.5) continue;
      const k = d / depth;
      need = Math.max(need, (2 * Math.abs(rel.dot(b.up)) * k) / (1 - 2 * MARGIN), (2 * Math.abs(rel.dot(b.right)) * k) / b.aspect / (1 - 2 * MARGIN));
    }
    f = need;
  }
  return f;
}

function fitAction(all: THREE.Vector3[], own: THREE.Vector3[], anchor: THREE.Vector3, minField: number, maxField: number, b: ViewBasis, pointAt: PointAt): FrameGoal {
  const whole = extent(all, b);
  const flat = Math.max(minField, fieldFor(whole, b.aspect));
  const target = pointAt(whole.cx, whole.cy, anchor);
  const wanted = perspectiveField(all, target, flat, b);
  const field = Math.min(maxField, wanted);
  if (wanted <= maxField) return { target, field };
  // Everything will not fit: keep the subject whole and lean the frame towards the rest.
  const mine = extent(own, b);
  const slackX = Math.max(0, (field * b.aspect * (1 - 2 * MARGIN) - mine.w) / 2);
  const slackY = Math.max(0, (field * (1 - 2 * MARGIN) - mine.h) / 2);
  const cx = mine.cx + THREE.MathUtils.clamp(whole.cx - mine.cx, -slackX, slackX);
  const cy = mine.cy + THREE.MathUtils.clamp(whole.cy - mine.cy, -slackY, slackY);
  return { target: pointAt(cx, cy, anchor), field };
}

// A conversation's medium shot: both faces in frame, side by side on the eye line, the frame widened
// (never tightened) until they fit with margins; the eye line stays where the shot size puts it.
function twoShot(single: FrameGoal, anchor: THREE.Vector3, others: readonly THREE.Vector3[], b: ViewBasis, eyeLine: number, pointAt: PointAt): FrameGoal {
  const heads = extent([anchor, ...others], b);
  // Each face needs about half a metre of its own around it.
  const field = Math.max(single.field, (heads.w + 0.9) / b.aspect / (1 - 2 * MARGIN));
  const eyes = heads.cy + heads.h / 2;
  return { target: pointAt(heads.cx, eyes - field * (0.5 - eyeLine), anchor), field };
}

// Things acted on together (a domino run): the frame centres on the group and widens (never
// tightens) until all of it fits with margins; focus (the target's depth) is on the group's middle.
function groupShot(single: FrameGoal, points: readonly THREE.Vector3[], b: ViewBasis, pointAt: PointAt): FrameGoal {
  const e = extent(points, b);
  const middle = points.reduce((sum, p) => sum.add(p), new THREE.Vector3()).divideScalar(points.length);
  return { target: pointAt(e.cx, e.cy, middle), field: Math.max(single.field, fieldFor(e, b.aspect)) };
}

// Sideways shift of the aim towards where the subject is heading.
function leadRoom(watcher: Watcher, subject: Entity, f: number, b: ViewBasis, field: number): number {
  const fps = watcher.fps;
  const a = watcher.locate(subject, Math.max(0, f - 2), new THREE.Vector3());
  const c = watcher.locate(subject, f + 2, new THREE.Vector3());
  const vx = (c.sub(a).dot(b.right) * fps) / 4;
  const maxLead = (field * b.aspect) / 6;
  return THREE.MathUtils.clamp(vx * LEAD_SEC, -maxLead, maxLead);
}
