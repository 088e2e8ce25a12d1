// The solids a scene's liquid meets, placed where their rigid bodies are: the containers, the
// things in the liquid (floaters, as spheres and boxes) and the tools a hand moves through it (a
// spoon). PBF reads them where they are after each physics step (place). DFSPH reads them where
// they were before the step, as its particles are, moving at the speed that takes them to where
// they are after it (remember, then sweep: a swept velocity, motion.ts), so its pressure moves
// the liquid out of a moving wall's way within the step; placed at the step's end, a wall that
// moved a spacing already stood inside the liquid, and what it caught burst out.
import type { Entity } from '../../contract/scene-plan';
import type { StepWorld } from '../simulate/schedule-types';
import type { Floater } from './buoyancy';
import type { ContainerCollider, Pose } from './container';
import { solidOf } from './floaters';
import { STILL, sweptMotion, type Motion } from './motion';
import type { FluidCollider } from './pbf';
import type { BoxCollider, SphereCollider } from './solids';
import type { ToolColliders } from './tools';

export interface Vessel {
  entity: Entity;
  collider: ContainerCollider;
}

const poseOf = (world: StepWorld, id: string): Pose => {
  const b = world.bodyOf(id);
  return { position: b.translation(), rotation: b.rotation() };
};

export class SceneSolids {
  floaters: Floater[] = [];
  private solids: (SphereCollider | BoxCollider)[] = [];
  // DFSPH: where each body was before the physics step (by entity id).
  private readonly starts = new Map<string, Pose>();

  constructor(readonly vessels: readonly Vessel[], readonly tools: readonly ToolColliders[]) {}

  // The things in the liquid, once their bodies exist; their colliders.
  start(floaters: Floater[]): FluidCollider[] {
    this.floaters = floaters;
    this.solids = floaters.map(solidOf);
    return [...this.vessels.map((v) => v.collider), ...this.solids, ...this.tools.flatMap((t) => t.boxes)];
  }

  // Each solid where its body is now, still (PBF, and a first or resumed placing).
  place(world: StepWorld): void {
    this.starts.clear();
    this.each(world, (id) => [poseOf(world, id), STILL]);
  }

  // DFSPH, before the physics step.
  remember(world: StepWorld): void {
    for (const id of this.ids()) this.starts.set(id, poseOf(world, id));
  }

  // DFSPH, after the physics step of dt: each solid where it was, moving to where it is now.
  sweep(world: StepWorld, dt: number): void {
    this.each(world, (id) => {
      const now = poseOf(world, id);
      const was = this.starts.get(id);
      return was ? [was, sweptMotion(was, now, dt)] : [now, STILL];
    });
  }

  private ids(): string[] {
    return [...this.vessels.map((v) => v.entity.id), ...this.floaters.map((f) => f.id), ...this.tools.map((t) => t.entity.id)];
  }

  private each(world: StepWorld, at: (id: string) => [Pose, Motion]): void {
    for (const v of this.vessels) {
      const [pose, motion] = at(v.entity.id);
      v.collider.moveTo(pose);
      v.collider.motion = motion;
    }
    this.solids.forEach((s, i) => {
      const f = this.floaters[i]!;
      f.body = world.bodyOf(f.id);
      [s.pose, s.motion] = at(f.id);
    });
    for (const tool of this.tools) tool.place(...at(tool.entity.id));
  }
}
