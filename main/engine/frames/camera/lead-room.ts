// Lead room, kept: a thing the shot follows across the frame sits back from the middle, on the side
// it comes from, with the room ahead of it (0.35-0.42 of the frame's width from that side once it
// moves fast). The aim already runs ahead of it (framing.ts leadRoom), but what the frame shows
// after the operator's spring and pans was not that: a ball kicked across the park sat at 0.7 of the
// frame from the side it came from, the room behind it (the shot leaned back towards the kicker, who
// had long gone), and a tracked ball at 0.25, further back than the room ahead warrants. Here the
// aim is shifted, per frame, just as far as brings the thing into that band, and the shift smoothed
// over a few frames either side, as pan-to-keep.ts does for keeping a thing in frame.
import * as THREE from 'three';
import type { Entity } from '../../../contract/scene-plan';
import type { Watcher } from './focus';
import { LEAD_SEC } from './framing';
import { centredMean, PAN_SHARE } from './pan-to-keep';
import { extent, type ViewBasis } from './projection';

// Where a fast thing's middle sits, as a share of the frame's width from the side it comes from.
const BACK_MOST = 0.35;
const FORWARD_MOST = 0.42;
// A thing wider than this share of the frame fills it: lead room is not a thing it can have.
const WIDEST = 0.4;

// How far (m, along the frame's right) the aim moves at frame f to put `thing` in the band, 0 when
// it is there or the frame does not follow it across.
function shiftAt(t: THREE.Vector3, field: number, thing: Entity, f: number, watcher: Watcher, b: ViewBasis): number {
  const width = field * b.aspect;
  if (extent(watcher.bounds(thing, f), b).w > WIDEST * width) return 0;
  const before = watcher.locate(thing, Math.max(0, f - 2), new THREE.Vector3());
  const after = watcher.locate(thing, f + 2, new THREE.Vector3());
  const v = (after.sub(before).dot(b.right) * watcher.fps) / 4;
  // How much of the band applies: all of it once the thing crosses a sixth of the frame in the aim's
  // lead time (where framing.ts's lead room is at its most), none for a thing standing still.
  const u = THREE.MathUtils.clamp((Math.abs(v) * LEAD_SEC) / (width / 6), 0, 1);
  if (u === 0) return 0;
  const dir = Math.sign(v);
  // Where its middle is, as a share of the frame's width ahead of the frame's middle.
  const ahead = (watcher.locate(thing, f, new THREE.Vector3()).sub(t).dot(b.right) * dir) / width;
  const lo = THREE.MathUtils.lerp(-0.5, BACK_MOST - 0.5, u), hi = THREE.MathUtils.lerp(0.5, FORWARD_MOST - 0.5, u);
  const past = ahead > hi ? ahead - hi : ahead < lo ? ahead - lo : 0;
  return past * width * dir;
}

// The aim, moved sideways so that what each frame keeps (not a person: their own framing places
// them) has its lead room. `field`: the frame heights, smoothed.
export function keepLeadRoom(
  target: readonly THREE.Vector3[], field: readonly number[], keep: readonly (Entity | null)[],
  watcher: Watcher, b: ViewBasis, fps: number, followSec: number,
): THREE.Vector3[] {
  const shift = target.map((t, f) => {
    const thing = keep[f];
    return thing && thing.kind !== 'person' ? shiftAt(t, field[f]!, thing, f, watcher, b) : 0;
  });
  if (shift.every((s) => s === 0)) return target.map((t) => t.clone());
  const s = centredMean(shift, Math.max(1, Math.round(followSec * PAN_SHARE * fps)));
  return target.map((t, f) => t.clone().addScaledVector(b.right, s[f]!));
}
