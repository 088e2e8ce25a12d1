// What the camera watches: its subject (named by the plan, else the first action's actor), where
// that subject and everything interesting is at each frame, and a smoothed path of the focus.
import * as THREE from 'three';
import type { Entity, ScenePlan } from '../../../contract/scene-plan';
import type { ActorTrack } from '../../../contract/world-trace-types';
import type { PersonPoseFn } from '../../body/skeleton';
import type { SceneLayout } from '../scene/layout';
import type { TraceSampler } from '../trace-sampler';
import { SHOT_SIZES } from './shot-sizes';

export function pickSubject(plan: ScenePlan, wide: boolean): Entity | null {
  const byId = (id: string | undefined | null): Entity | null => plan.entities.find((e) => e.id === id) ?? null;
  const explicit = byId(plan.camera.subject);
  if (explicit) return explicit;
  if (wide) return null;
  // No subject and a tight shot: the actor of the first action, else what it acts on, else a ball.
  const a = plan.actions[0];
  if (a) {
    const actor = 'actor' in a ? byId(a.actor) : null;
    // A pour is watched at the glass it fills.
    const into = 'into' in a && typeof a.into === 'string' ? byId(a.into) : null;
    return actor ?? ('object' in a ? byId(a.object) : 'objects' in a ? byId(a.objects[0]) : into);
  }
  return plan.entities.find((e) => e.kind === 'ball') ?? plan.entities[0] ?? null;
}

export function gaussianSmooth(src: THREE.Vector3[], sigmaFrames: number): THREE.Vector3[] {
  if (sigmaFrames < 0.5) return src.map((v) => v.clone());
  const radius = Math.ceil(sigmaFrames * 3);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, i) => Math.exp(-((i - radius) ** 2) / (2 * sigmaFrames * sigmaFrames)));
  return src.map((_, f) => {
    const acc = new THREE.Vector3();
    let wsum = 0;
    for (let k = -radius; k <= radius; k++) {
      const j = f + k;
      if (j < 0 || j >= src.length) continue;
      const w = kernel[k + radius]!;
      acc.addScaledVector(src[j]!, w);
      wsum += w;
    }
    return acc.divideScalar(wsum || 1);
  });
}

// Where things are over the clip, as the camera sees them.
export class Watcher {
  readonly tracks: Map<string, ActorTrack>;

  constructor(
    private readonly plan: ScenePlan,
    private readonly sampler: TraceSampler,
    private readonly layout: SceneLayout,
    private readonly poseFn: PersonPoseFn,
  ) {
    const people = plan.entities.filter((e) => e.kind === 'person');
    this.tracks = new Map(people.map((p) => [p.id, sampler.actorTrack(p)]));
  }

  // Where an entity is at frame f (a person's head and shoulders for a close-up, else their middle).
  locate(e: Entity, f: number, out: THREE.Vector3): THREE.Vector3 {
    if (e.kind === 'person') {
      const pose = this.poseFn(this.tracks.get(e.id)!, e.size[0] ?? 1.8, f / this.sampler.fps);
      const head = SHOT_SIZES[this.plan.camera.shot].personAim === 'head';
      const a = head ? pose.neck : pose.pelvis;
      const b = head ? pose.head : pose.chest;
      return out.set((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2);
    }
    if (e.kind === 'hoop') {
      const r = this.layout.hoops.find((x) => x.id === e.id)?.geometry.rimCenter ?? e.position;
      return out.set(r[0], r[1] - 0.3, r[2]);
    }
    if (!this.sampler.position(e.id, f, out)) out.set(...e.position);
    return out;
  }

  // Every point a wide shot must keep in frame at frame f.
  interestAt(f: number): THREE.Vector3[] {
    const pts: THREE.Vector3[] = [];
    for (const e of this.plan.entities) {
      if (e.kind === 'person') {
        const pose = this.poseFn(this.tracks.get(e.id)!, e.size[0] ?? 1.8, f / this.sampler.fps);
        const hr = (e.size[0] ?? 1.8) * 0.07;
        pts.push(new THREE.Vector3(pose.head[0], pose.head[1] + hr, pose.head[2]), new THREE.Vector3(...pose.footL), new THREE.Vector3(...pose.footR));
        pts.push(new THREE.Vector3(...pose.handL), new THREE.Vector3(...pose.handR));
      } else if (e.kind === 'hoop') {
        const h = this.layout.hoops.find((x) => x.id === e.id)?.geometry;
        if (h) pts.push(new THREE.Vector3(...h.rimCenter), new THREE.Vector3(h.board.center[0], h.board.center[1] + h.board.halfExtents[1], h.board.center[2]));
      } else if (e.kind === 'ball' || e.kind === 'box' || e.kind === 'object') {
        pts.push(this.locate(e, f, new THREE.Vector3()));
      } else {
        pts.push(new THREE.Vector3(...e.position));
      }
    }
    // A scene of only the place (rain, the surf): a few metres of it around the layout's centre.
    if (pts.length === 0) pts.push(new THREE.Vector3(...this.layout.center).addScaledVector(new THREE.Vector3(...this.layout.side), 3), new THREE.Vector3(...this.layout.center).setY(2.5));
    return pts;
  }
}
