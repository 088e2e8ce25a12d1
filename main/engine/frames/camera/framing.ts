// Where the operator wants the frame at each moment, before any smoothing: the point to aim at and
// the frame height (metres at that point). Wide shots fit everything in play while keeping the main
// subject at least a quarter of the frame tall (the subject wins when both cannot fit); tighter shots
// frame the subject by the shot size, a person with their eyes on the shot's eye line (headroom).
// Moving subjects get lead room: the aim runs ahead of them in the direction they travel.
import * as THREE from 'three';
import type { CameraPlan, Entity } from '../../../contract/scene-plan';
import { framedAsThing, sizeOf, type Watcher } from './focus';
import { FINGERS_M, PALM_HALF } from '../../hands/hand-shape';
import type { HandWork } from './hand-work';
import { extent, fieldFor, fieldHolding, MARGIN, projectedCentre, type ViewBasis } from './projection';
import { HAND_REACH_MIN_M, MACRO_FIELD, SHOT_SIZES, type ShotSize } from './shot-sizes';
import { FACE_ROOM } from './two-shot';

export type { ViewBasis } from './projection';

export interface FrameGoal {
  target: THREE.Vector3;
  field: number;
  // What this frame must keep whole when it is not the subject (a ball kicked out of the player's
  // shot); null: nothing (a speaker's face in a close-up of their ball).
  keep?: Entity | null;
}

// The world point at (cx, cy) across the frame and at the view depth of `along`.
export type PointAt = (cx: number, cy: number, along: THREE.Vector3) => THREE.Vector3;

// A hand from the heel of the palm to the fingertips, held straight.
const HAND_LENGTH_M = 2 * PALM_HALF[0] + FINGERS_M;
// How far (horizontally, metres) a ball can be from a player and still be "theirs" in the shot.
const REACH_M = 1.2;
// How far ahead of a moving subject the aim runs (seconds of travel), at most a sixth of the frame.
export const LEAD_SEC = 0.5;
// The least a wide shot of a thing shows (frame height, metres): a forearm's length. A cup at a
// quarter of the frame is more; a coin at a quarter of it is a macro shot.
const WIDE_LEAST_M = 0.3;

const centroid = (points: readonly THREE.Vector3[]): THREE.Vector3 => points.reduce((sum, p) => sum.add(p), new THREE.Vector3()).divideScalar(Math.max(1, points.length));

export const pointAtIn = (b: ViewBasis): PointAt => (cx, cy, along) =>
  b.right.clone().multiplyScalar(cx).addScaledVector(b.up, cy).addScaledVector(b.view, along.dot(b.view));

// `work`: the things the subject's hands work on (handWork), if any.
export function goalAt(f: number, cam: CameraPlan, subject: Entity | null, watcher: Watcher, b: ViewBasis, companions: readonly Entity[] = [], work: HandWork | null = null): FrameGoal {
  const size = SHOT_SIZES[cam.shot];
  const pointAt = pointAtIn(b);
  if (!subject) {
    const all = watcher.action(f);
    const e = extent(all, b);
    return { target: pointAt(e.cx, e.cy, centroid(all)), field: Math.max(3, fieldFor(e, b.aspect)) };
  }
  const own = watcher.bounds(subject, f);
  const anchor = watcher.locate(subject, f, new THREE.Vector3());
  const S = sizeOf(subject);
  let goal: FrameGoal;
  // What the frame holds of the subject, which lead room must not push past the margin.
  let shown = own;
  // Work between two things (a pour into the glass that is the subject) is framed on the work.
  if (work && size.workField !== null && framedAsThing(subject, cam.shot)) {
    goal = onTheWork(work, size, watcher, b, pointAt);
  } else if (framedAsThing(subject, cam.shot)) {
    goal = frameThing(f, size, [subject, ...companions.filter((c) => c.kind !== 'person')], subject.kind === 'ball' ? silhouette(anchor, S / 2, b) : own, anchor, watcher, b, pointAt);
    // A hand on it (pushing it, gripping it) is in its shot with it: up close, only the fingers on
    // a thing smaller than the hand (a close-up of a coin being flicked held the whole hand, the coin
    // a tenth of the frame).
    const hands = size.fit ? [] : fingersOn(own, watcher.handsOn(own, f), size);
    if (hands.length > 0) goal = groupShot(goal, (shown = [...own, ...hands]), b, pointAt);
  } else if (size.fit) {
    // Seen from above a person is foreshortened: the size rule applies to what the frame shows.
    const shown = S * Math.max(0.45, Math.sqrt(1 - b.view.y * b.view.y));
    const min = shown * size.fit.min, max = shown * size.fit.max;
    // A ball going over stairs, a ramp or a table is framed with them and its whole way over them:
    // framed by its size alone, a tennis ball's wide shot was a close-up of a step.
    const ground = subject.kind === 'ball' ? watcher.fixturesNear(subject) : [];
    goal = ground.length > 0
      ? fitAction([...watcher.action(f), ...watcher.path(subject), ...ground], own, anchor, min, Infinity, b, pointAt)
      : fitAction(watcher.action(f), own, anchor, min, max, b, pointAt);
    const away = companions.find((c) => c.kind === 'ball' && !inFrame(ballOutline(c, f, watcher, b), goal, b));
    if (away) return followBall(f, away, watcher.action(f), min, watcher, b, pointAt);
  } else if (work && size.workField !== null) {
    // A medium shot of someone at work keeps their head with the work (framed on the pour alone, the
    // man pouring was a torso with no head); a close-up is of the work.
    goal = onTheWork(work, size, watcher, b, pointAt, cam.shot === 'medium' ? subject : null);
  } else {
    const field = subject.kind === 'person' ? size.personField(S) : size.otherField(S);
    // A person's eyes sit on the eye line; anything else is centred.
    const drop = subject.kind === 'person' ? field * (0.5 - size.eyeLine) : 0;
    goal = { target: anchor.clone().addScaledVector(b.up, -drop), field };
    const people = companions.filter((c) => c.kind === 'person');
    if (cam.shot === 'medium' && subject.kind === 'person' && people.length > 0) goal = twoShot(goal, anchor, people.map((p) => watcher.locate(p, f, new THREE.Vector3())), b, size.eyeLine, pointAt);
    if (cam.shot === 'medium' && subject.kind === 'person') goal = withBallInReach(goal, f, subject, own, companions, watcher, b, pointAt);
  }
  const things = companions.filter((c) => c.kind !== 'person');
  if (!size.fit && subject.kind !== 'person' && things.length > 0) goal = groupShot(goal, [...own, ...things.flatMap((t) => watcher.bounds(t, f))], b, pointAt);
  goal.target.addScaledVector(b.right, leadRoom(watcher, subject, f, b, goal.field, extent(shown, b).w));
  return goal;
}

const ballOutline = (ball: Entity, f: number, watcher: Watcher, b: ViewBasis): THREE.Vector3[] => silhouette(watcher.locate(ball, f, new THREE.Vector3()), sizeOf(ball) / 2, b);

// Whether every point lies inside the frame a goal describes (perspective aside: the points are near
// the aim's depth), margins left out.
function inFrame(points: readonly THREE.Vector3[], goal: FrameGoal, b: ViewBasis): boolean {
  const halfH = (goal.field / 2) * (1 - MARGIN), halfW = halfH * b.aspect;
  return points.every((p) => {
    const d = p.clone().sub(goal.target);
    return Math.abs(d.dot(b.right)) <= halfW && Math.abs(d.dot(b.up)) <= halfH;
  });
}

// A ball kicked or thrown out of the player's wide shot takes the shot with it: the operator pans
// with the ball in the tightest frame the wide shot allows (as tall as it framed the player at the
// most), leaning back towards the player while both fit, with lead room ahead of it; the ball is
// what must stay in frame from then on (a kick across the park ends on where the ball went, not on
// the kicker watching it leave).
function followBall(f: number, ball: Entity, all: THREE.Vector3[], field: number, watcher: Watcher, b: ViewBasis, pointAt: PointAt): FrameGoal {
  const outline = ballOutline(ball, f, watcher, b);
  const goal: FrameGoal = { ...fitAction(all, outline, watcher.locate(ball, f, new THREE.Vector3()), field, field, b, pointAt), keep: ball };
  goal.target.addScaledVector(b.right, leadRoom(watcher, ball, f, b, goal.field, extent(outline, b).w));
  return goal;
}

// What the frame shows of a ball: its outline is a disc of its radius whichever way it is seen.
export function silhouette(centre: THREE.Vector3, r: number, b: ViewBasis): THREE.Vector3[] {
  return [b.up, b.right].flatMap((axis) => [centre.clone().addScaledVector(axis, r), centre.clone().addScaledVector(axis, -r)]);
}

// A thing is framed by what the frame shows of it, perspective counted, centred; a wide shot widens
// from there for the way it goes over the clip (the table a book slides along), and the ways of the
// things that go with it (`group`: the subject first, then the books that fall with it).
function frameThing(f: number, size: ShotSize, group: readonly Entity[], own: THREE.Vector3[], anchor: THREE.Vector3, watcher: Watcher, b: ViewBasis, pointAt: PointAt): FrameGoal {
  const subject = group[0]!;
  const holding = (share: number, at = anchor): number => Math.max(MACRO_FIELD, fieldHolding(own, at, share, b));
  if (size.fit) {
    const least = holding(size.thingShare), most = holding(size.fit.thingLeast);
    const ways = [...watcher.action(f), ...group.flatMap((t) => watcher.path(t))];
    // A thing so small that a quarter of the frame is a macro shot (a coin) is seen on the top of the
    // table it is on, whole, with whatever is in play around it: the coin small, as a wide shot shows it.
    if (most < WIDE_LEAST_M) return fitAction([...ways, ...watcher.fixturesNear(subject, true)], own, anchor, WIDE_LEAST_M, Infinity, b, pointAt);
    // Things that fall off a table are seen with the table they fell from and the floor they land
    // on (framed on the first book, the three books were 0.14-0.17 of the frame, the table above it).
    const left = group.flatMap((t) => watcher.topsLeft(t));
    if (left.length > 0) return fitAction([...ways, ...left], own, anchor, least, Infinity, b, pointAt);
    const whole = fitAction(ways, own, anchor, least, most, b, pointAt);
    // A way too long for the frame (a can rolling across the room) is followed instead, the thing
    // kept near the middle with room ahead of it, not pinned to the frame's edge.
    return whole.field < most ? whole : fitAction(watcher.action(f), own, anchor, least, most, b, pointAt);
  }
  // Aim at the middle of what the frame shows of it; two rounds settle it.
  const target = anchor.clone();
  let field = holding(size.thingShare);
  for (let round = 0; round < 2; round++) {
    const shift = projectedCentre(own, target, field, b);
    target.addScaledVector(b.right, shift.x).addScaledVector(b.up, shift.y);
    field = holding(size.thingShare, target);
  }
  return { target, field };
}

export function fitAction(all: THREE.Vector3[], own: THREE.Vector3[], anchor: THREE.Vector3, minField: number, maxField: number, b: ViewBasis, pointAt: PointAt): FrameGoal {
  const whole = extent(all, b);
  const flat = Math.max(minField, fieldFor(whole, b.aspect));
  const target = pointAt(whole.cx, whole.cy, anchor);
  const wanted = Math.max(flat, fieldHolding(all, target, 1 - 2 * MARGIN, b));
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
// (never tightened) until they fit with margins, perspective counted (the nearer face spreads
// further across the frame); the eye line stays where the shot size puts it.
function twoShot(single: FrameGoal, anchor: THREE.Vector3, others: readonly THREE.Vector3[], b: ViewBasis, eyeLine: number, pointAt: PointAt): FrameGoal {
  const faces = [anchor, ...others];
  const heads = extent(faces, b);
  const middle = pointAt(heads.cx, heads.cy, anchor);
  // Each face needs about half a metre of its own around it.
  const room = faces.flatMap((p) => [p.clone().addScaledVector(b.right, -FACE_ROOM), p.clone().addScaledVector(b.right, FACE_ROOM)]);
  const field = Math.max(single.field, fieldHolding(room, middle, 1 - 2 * MARGIN, b));
  return { target: pointAt(heads.cx, heads.cy - eyeLineDrop(faces, middle, field, field * (0.5 - eyeLine), b), anchor), field };
}

// How far below `middle` the aim goes so that the highest eyes, as the frame shows them, sit `above`
// metres over the aim. Lowering the camera with its aim lifts a face by its perspective scale k
// (a nearer face rises more), so face p sits at (y + drop) k: the first face to reach the line
// decides.
function eyeLineDrop(faces: readonly THREE.Vector3[], middle: THREE.Vector3, field: number, above: number, b: ViewBasis): number {
  const d = field / (2 * b.tanHalf);
  return Math.min(...faces.map((p) => {
    const rel = p.clone().sub(middle);
    const k = d / Math.max(1e-3, d + rel.dot(b.view));
    return above / k - rel.dot(b.up);
  }));
}

// A medium shot of a player with their ball: while the ball is within reach (at their feet for a
// kick, in their hands for a throw) the frame takes in the whole player and the ball, so the kick is
// seen, not only a person from the knees up; once it is away the shot is the player's again.
function withBallInReach(single: FrameGoal, f: number, subject: Entity, own: THREE.Vector3[], companions: readonly Entity[], watcher: Watcher, b: ViewBasis, pointAt: PointAt): FrameGoal {
  const at = watcher.locate(subject, f, new THREE.Vector3()).setY(0);
  const near = companions.filter((c) => c.kind === 'ball' && watcher.locate(c, f, new THREE.Vector3()).setY(0).distanceTo(at) < REACH_M);
  if (near.length === 0) return single;
  // The faces of a two-shot stay in it (recentred on the thrower and his ball alone, the woman he
  // throws to was out of the frame until the ball left his hand).
  const faces = companions.filter((c) => c.kind === 'person').flatMap((p) => {
    const face = watcher.locate(p, f, new THREE.Vector3());
    return [face.clone().addScaledVector(b.right, -FACE_ROOM), face.clone().addScaledVector(b.right, FACE_ROOM)];
  });
  return groupShot(single, [...own, ...near.flatMap((c) => watcher.bounds(c, f)), ...faces], b, pointAt);
}

// A medium shot or a close-up of someone working with their hands (pouring from a jug into a glass,
// stirring a cup) is framed on the work: the things their hands handle wherever they go once the
// work starts (the jug lifted and tipped) and the hands on them, the person's front behind them.
// Framed as a person from the knees up, a jug and a glass were a few pixels at the frame's foot and
// the pour did not read; framed as a face, a close-up of a man stirring his coffee looked down on
// the top of his head, the mug and the spoon hidden behind it. One steady frame for the clip: the
// work moves little, and a frame hunting after a tipping jug would swim. A close-up of work on a
// thing smaller than a hand (a coin) keeps only the fingers on it (ShotSize.workReach).
// `worker`: the one whose head is kept in the shot with the work.
function onTheWork(work: HandWork, size: ShotSize, watcher: Watcher, b: ViewBasis, pointAt: PointAt, worker: Entity | null = null): FrameGoal {
  const from = Math.round(work.fromSec * watcher.fps), until = Math.round(work.untilSec * watcher.fps);
  const held = work.things.flatMap((t) => watcher.path(t, from, until));
  const head = worker?.kind === 'person' ? watcher.heads(worker, from, until) : [];
  const points = [...held, ...fingersOn(held, watcher.handsAtWork(work.things, from, until, work.by), size), ...head];
  return groupShot({ target: centroid(points), field: size.workField ?? 0 }, points, b, pointAt);
}

// What a shot keeps of the hands on a thing: a hand on a thing smaller than itself is cut at the
// fingers on it where the shot size says so (ShotSize.workReach); on a book it is whole.
function fingersOn(thing: readonly THREE.Vector3[], hands: THREE.Vector3[], size: ShotSize): THREE.Vector3[] {
  const box = new THREE.Box3().setFromPoints(thing as THREE.Vector3[]);
  const dims = box.getSize(new THREE.Vector3());
  const largest = Math.max(dims.x, dims.y, dims.z);
  if (size.workReach === null || largest >= size.workReachBelow * HAND_LENGTH_M || hands.length === 0) return hands;
  box.expandByScalar(Math.max(HAND_REACH_MIN_M, size.workReach * largest));
  return hands.map((p) => box.clampPoint(p, new THREE.Vector3()));
}

// Things acted on together (a domino run): the frame centres on the group and widens (never
// tightens) until all of it fits with margins, perspective counted (the near end of a run that
// points at the lens looks biggest); focus (the target's depth) is on the group's middle.
function groupShot(single: FrameGoal, points: readonly THREE.Vector3[], b: ViewBasis, pointAt: PointAt): FrameGoal {
  const e = extent(points, b);
  const target = pointAt(e.cx, e.cy, centroid(points));
  let field = Math.max(single.field, fieldHolding(points, target, 1 - 2 * MARGIN, b));
  // Centre what the frame shows of the group, then make sure it still fits.
  const shift = projectedCentre(points, target, field, b);
  target.addScaledVector(b.right, shift.x).addScaledVector(b.up, shift.y);
  field = Math.max(field, fieldHolding(points, target, 1 - 2 * MARGIN, b));
  return { target, field };
}

// Sideways shift of the aim towards where the subject is heading: at most a sixth of the frame, and
// never so much that a subject `width` wide (a thing filling a close-up) is pushed past the margin.
function leadRoom(watcher: Watcher, subject: Entity, f: number, b: ViewBasis, field: number, width: number): number {
  const fps = watcher.fps;
  const a = watcher.locate(subject, Math.max(0, f - 2), new THREE.Vector3());
  const c = watcher.locate(subject, f + 2, new THREE.Vector3());
  const vx = (c.sub(a).dot(b.right) * fps) / 4;
  const frameWidth = field * b.aspect;
  const maxLead = Math.max(0, Math.min(frameWidth / 6, (frameWidth * (1 - 2 * MARGIN) - width) / 2));
  return THREE.MathUtils.clamp(vx * LEAD_SEC, -maxLead, maxLead);
}
