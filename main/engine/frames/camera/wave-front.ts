// A close-up of a domino run too long to fill the frame whole follows the wave: the frame holds a
// few dominoes at close-up size around the one falling now, the front a little behind the middle so
// there is more room ahead of it (lead room: where the wave goes next), from the first domino (and
// the hand that pushes it) to the last, never running past either end of the row. Framed whole, a
// row of twelve was a strip of white specks across a red cloth; framed on one domino, the wave left
// it at once. The front is read from the trace (how far each domino has tipped), so a run that stops
// half way is followed to where it stopped.
import * as THREE from 'three';
import type { Entity, ScenePlan } from '../../../contract/scene-plan';
import type { Watcher } from './focus';
import { fieldHolding, MARGIN, type ViewBasis } from './projection';

// The share of the frame's height a standing domino fills in the close-up that follows the front.
const DOMINO_SHARE = 0.45;
// Only a row that would need a frame this many times the close-up's to be seen whole is followed.
const LONG_ROW = 1.5;
// How far a domino has tipped (radians) when it is counted as down: about where it meets the next
// one, at the usual spacing of 0.7 of its height.
const TIPPED_RAD = THREE.MathUtils.degToRad(25);
// Where the front sits behind the frame's middle, as a share of the frame's width.
const LEAD_SHARE = 0.06;
// How much of the frame may show past either end of the row, as a share of its width.
const PAST_END = 0.2;

export type FrontGoal = (f: number) => { target: THREE.Vector3; field: number };

const centroid = (points: readonly THREE.Vector3[]): THREE.Vector3 => points.reduce((sum, p) => sum.add(p), new THREE.Vector3()).divideScalar(Math.max(1, points.length));

// How many dominoes are down at frame f, counting the one tipping now by how far it has gone: it
// grows smoothly as the wave runs, so the aim made from it does not jump from domino to domino.
function downCount(row: readonly Entity[], f: number, watcher: Watcher): number {
  const q = new THREE.Quaternion(), up = new THREE.Vector3();
  let down = 0;
  for (const d of row) {
    up.set(0, 1, 0).applyQuaternion(watcher.turn(d, f, q));
    down += THREE.MathUtils.clamp(Math.acos(THREE.MathUtils.clamp(up.y, -1, 1)) / TIPPED_RAD, 0, 1);
  }
  return down;
}

// The front's goal per frame, or null when the shot is not a close-up of a run too long for one.
export function waveFront(plan: ScenePlan, subject: Entity | null, watcher: Watcher, b: ViewBasis): FrontGoal | null {
  if (plan.camera.shot !== 'close' || !subject) return null;
  const run = plan.actions.find((a) => a.kind === 'dominoes' && a.objects.includes(subject.id));
  if (run?.kind !== 'dominoes') return null;
  const row = run.objects.flatMap((id) => plan.entities.filter((e) => e.id === id));
  if (row.length < 3) return null;
  const standing = watcher.bounds(row[0]!, 0);
  const field = fieldHolding(standing, centroid(standing), DOMINO_SHARE, b);
  const whole = row.flatMap((d) => watcher.bounds(d, 0));
  if (fieldHolding(whole, centroid(whole), 1 - 2 * MARGIN, b) < LONG_ROW * field) return null;
  const at = row.map((d) => new THREE.Vector3(...d.position));
  // Which way the wave runs across the frame, and the row's ends as the frame sees them.
  const ahead = Math.sign(at[at.length - 1]!.clone().sub(at[0]!).dot(b.right)) || 1;
  // The row's ends as it stands and as it lies at the end (the last domino falls past its place).
  const last = Math.max(0, watcher.frameCount - 1);
  const across = [...whole, ...row.flatMap((d) => watcher.bounds(d, last))].map((p) => p.dot(b.right));
  const halfW = (field * b.aspect) / 2, past = PAST_END * 2 * halfW;
  const lo = Math.min(...across) - past + halfW, hi = Math.max(...across) + past - halfW;
  return (f) => {
    // The one tipping now: the count less the part of it already down (half, on average).
    const k = THREE.MathUtils.clamp(downCount(row, f, watcher) - 0.5, 0, row.length - 1);
    const i = Math.min(row.length - 2, Math.floor(k));
    const front = at[i]!.clone().lerp(at[i + 1]!, k - i);
    const target = front.addScaledVector(b.right, ahead * LEAD_SHARE * 2 * halfW);
    const u = target.dot(b.right);
    target.addScaledVector(b.right, THREE.MathUtils.clamp(u, lo, hi) - u);
    return { target: target.setY(heightInView(row, f, target, halfW, watcher, b)), field };
  };
}

// The height the frame is centred on: that of the dominoes it shows (standing ones at their middle,
// lying ones at the table), each weighed by how far inside the frame it is, so one coming into view
// at the edge moves the aim by little, and nothing jumps.
function heightInView(row: readonly Entity[], f: number, target: THREE.Vector3, halfW: number, watcher: Watcher, b: ViewBasis): number {
  const c = new THREE.Vector3();
  let sum = 0, weight = 0;
  for (const d of row) {
    watcher.locate(d, f, c);
    const off = Math.abs(c.clone().sub(target).dot(b.right)) / halfW;
    const w = 1 - THREE.MathUtils.smoothstep(off, 0.5, 1);
    sum += w * c.y;
    weight += w;
  }
  return weight > 0 ? sum / weight : target.y;
}
