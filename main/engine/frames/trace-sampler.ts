// Random access into a WorldTrace: body transforms by entity id and frame, and the actor track of a
// person (an idle one standing at the entity's position when the trace has none). Frames past the
// end of the trace hold the last sample, so a renderer can run a frame long without special cases.
import type * as THREE from 'three';
import { FLOATS_PER_BODY } from '../../contract/world-trace';
import type { ActorTrack, Entity, ScenePlan, WorldTrace } from '../../contract/world-trace-types';

export interface TraceSampler {
  readonly fps: number;
  readonly frameCount: number;
  // The trace's hands (engine/hands/): their body ids, and whose own hand each is.
  readonly hands: readonly { id: string; owner?: string }[];
  timeOf(frameIndex: number): number;
  hasBody(id: string): boolean;
  // Writes the body's position/rotation at `frame` and returns true, or returns false if the trace
  // has no such body (the caller then keeps the entity's planned pose).
  position(id: string, frame: number, out: THREE.Vector3): boolean;
  quaternion(id: string, frame: number, out: THREE.Quaternion): boolean;
  actorTrack(person: Entity): ActorTrack;
  // The box (min and max corners, m) holding all but the outermost twentieth of the liquid's
  // particles at `frame` either way along each axis (a stray drop does not widen it); null without liquid.
  liquidExtent(frame: number): [number[], number[]] | null;
}

export function createTraceSampler(plan: ScenePlan, trace: WorldTrace): TraceSampler {
  const index = new Map<string, number>();
  trace.bodies.forEach((b, i) => index.set(b.id, i));
  const frames = trace.frames;
  const row = (frame: number): number[] | undefined => {
    if (frames.length === 0) return undefined;
    const f = Math.min(Math.max(0, Math.floor(frame)), frames.length - 1);
    return frames[f];
  };
  const tracks = new Map(trace.actors.map((a) => [a.entityId, a]));
  const firstHoop = plan.entities.find((e) => e.kind === 'hoop');
  return {
    fps: trace.fps,
    frameCount: trace.frameCount,
    hands: trace.bodies.flatMap((b) => (b.shape.kind === 'hand' ? [{ id: b.id, ...(b.shape.owner ? { owner: b.shape.owner } : {}) }] : [])),
    timeOf: (frameIndex) => frameIndex / trace.fps,
    hasBody: (id) => index.has(id),
    position(id, frame, out) {
      const i = index.get(id);
      const r = row(frame);
      if (i === undefined || !r) return false;
      const o = i * FLOATS_PER_BODY;
      if (o + 2 >= r.length) return false;
      out.set(r[o]!, r[o + 1]!, r[o + 2]!);
      return true;
    },
    quaternion(id, frame, out) {
      const i = index.get(id);
      const r = row(frame);
      if (i === undefined || !r) return false;
      const o = i * FLOATS_PER_BODY;
      if (o + 6 >= r.length) return false;
      out.set(r[o + 3]!, r[o + 4]!, r[o + 5]!, r[o + 6]!);
      // Guard against an all-zero quaternion in a hand-made trace.
      if (out.lengthSq() < 1e-12) out.identity(); else out.normalize();
      return true;
    },
    liquidExtent: (frame) => liquidExtent(trace, frame),
    actorTrack(person) {
      const t = tracks.get(person.id);
      if (t) return t;
      // No track: stand idle where the plan put the person, facing the hoop if there is one
      // (facing is a yaw with 0 = +x, counter-clockwise from above, so forward = (cos, 0, -sin)).
      let facing = 0;
      if (firstHoop) facing = Math.atan2(-(firstHoop.position[2] - person.position[2]), firstHoop.position[0] - person.position[0]);
      return { entityId: person.id, animation: 'idle', startSec: 0, releaseSec: 0, facing, position: [person.position[0], 0, person.position[2]] };
    },
  };
}

// The share of particles left out at each end of each axis.
const STRAY_SHARE = 0.05;

function liquidExtent(trace: WorldTrace, frame: number): [number[], number[]] | null {
  const frames = trace.liquid?.frames;
  const f = frames?.[Math.min(Math.max(0, Math.floor(frame)), (frames?.length ?? 1) - 1)];
  if (!f || f.length < 3) return null;
  const lo: number[] = [], hi: number[] = [];
  for (let axis = 0; axis < 3; axis++) {
    const values = f.filter((_, i) => i % 3 === axis).sort((a, b) => a - b);
    const cut = Math.floor(values.length * STRAY_SHARE);
    lo.push(values[cut]! / 1000);
    hi.push(values[values.length - 1 - cut]! / 1000);
  }
  return [lo, hi];
}
