// One row of the trace: every entity's position and orientation at a frame time.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { ScenePlan } from '../../contract/scene-plan';
import { FLOATS_PER_BODY } from '../../contract/world-trace';
import type { ActorTrack, Vec3 } from '../../contract/world-trace-types';
import { personCapsuleCentre } from './schedule';

function yaw(facing: number): { x: number; y: number; z: number; w: number } {
  return { x: 0, y: Math.sin(facing / 2), z: 0, w: Math.cos(facing / 2) };
}

export function recordFrame(plan: ScenePlan, tracks: ReadonlyMap<string, ActorTrack>, bodyOf: (id: string) => RigidBody, t: number): number[] {
  const row = new Array<number>(plan.entities.length * FLOATS_PER_BODY);
  plan.entities.forEach((e, i) => {
    let p: Vec3 = e.position;
    let q = { x: 0, y: 0, z: 0, w: 1 };
    if (e.kind === 'ball' || e.kind === 'box' || e.kind === 'object') {
      const b = bodyOf(e.id);
      const tr = b.translation();
      p = [tr.x, tr.y, tr.z];
      q = b.rotation();
    } else if (e.kind === 'person') {
      const track = tracks.get(e.id);
      if (track) {
        // The capsule's exact pose at frame time (its kinematic target, not a lagging copy).
        p = personCapsuleCentre(e, track, t);
        q = yaw(track.facing);
      }
    }
    const o = i * FLOATS_PER_BODY;
    row[o] = p[0];
    row[o + 1] = p[1];
    row[o + 2] = p[2];
    row[o + 3] = q.x;
    row[o + 4] = q.y;
    row[o + 5] = q.z;
    row[o + 6] = q.w;
  });
  return row;
}
