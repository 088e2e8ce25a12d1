// The solids a scene's liquid meets, placed where their rigid bodies are: the containers, the
// things in the liquid (floaters, as spheres and boxes) and the tools a hand moves through it (a
// spoon). PBF reads them where they are after each physics step (place). DFSPH reads them where
// they were before the step, as its particles are, moving at the speed that takes them to where
// they are after it (remember, then sweep: a swept velocity, motion.ts), so its pressure moves
// the liquid out of a moving wall's way within the step; placed at the step's end, a wall that
// moved a spacing already stood inside the liquid, and what it caught burst out.
import type { Entity } from '../../contract/scene-plan';
import type { StepWorld } from '../simulate/schedule-types';
import { pieceId } from '../objects/fracture-hook';
import type { Floater } from './buoyancy';
import type { ContainerCollider, Pose } from './container';
import { solidOf } from './floaters';
import type { Solid } from './solids';
import { REACTION_STRIDE } from './dfsph-solids';
import { STILL, sweptMotion, type Motion } from './motion';
import type { FluidCollider } from './fluid-solids';
import type { ToolColliders } from './tools';

export interface Vessel {
  entity: Entity;
  collider: ContainerCollider;
}

// Far below the floor, out of every particle's reach (a collider only looks at particles near it).
const PUT_AWAY: Pose = { position: { x: 0, y: -1000, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } };

// Broken: its first piece is out (enabled at the break). Not the whole's own enabled flag: a mug a
// person stirs in stands disabled from the start with no break (its liquid then fell through it).
const broke = (world: StepWorld, id: string): boolean => world.hasBody(pieceId(id, 0)) && world.bodyOf(pieceId(id, 0)).isEnabled();

const poseOf = (world: StepWorld, id: string): Pose => {
  const b = world.bodyOf(id);
  return { position: b.translation(), rotation: b.rotation() };
};

export class SceneSolids {
  floaters: Floater[] = [];
  private solids: Solid[] = [];
  // DFSPH: where each body was before the physics step (by entity id).
  private readonly starts = new Map<string, Pose>();

  constructor(readonly vessels: readonly Vessel[], readonly tools: readonly ToolColliders[]) {}

  // The things in the liquid, once their bodies exist; their colliders (the floaters' after the
  // vessels', so floater k is collider vessels.length + k: push).
  // particleKg: the mass of one of the liquid's particles (the things' masses are counted in it).
  start(floaters: Floater[], particleKg: number): FluidCollider[] {
    this.floaters = floaters;
    this.solids = floaters.map((f) => solidOf(f, particleKg));
    return [...this.vessels.map((v) => v.collider), ...this.solids, ...this.tools.flatMap((t) => t.boxes)];
  }

  // DFSPH's two-way coupling: what the liquid's step of dt did to each floater (its reactions, per
  // unit particle mass: dfsph-solids.ts's addReactions) applied to its body as an impulse and a
  // turn, for particles of `particleKg` in a liquid of `densityKgM3`, and the body moved by what
  // the liquid's braking within the step moved it (BrakedSolids). The pressure under a thing holds
  // it up, so this is its lift and its drag (floating.ts leaves Archimedes' out under DFSPH).
  // The liquid stepped with the body as a wall of infinite mass moving at its speed, so a light
  // thing coming down fast had the whole column it pushes thrown back at it and was flung out of
  // the bowl (the liquid's added mass outweighs it). The push is bounded by what a real liquid can
  // do in the step: stop the thing's motion against the push, plus Archimedes' lift at the level
  // measured (`liftOf`, N).
  push(reactions: Float64Array, particleKg: number, liftOf: (f: Floater) => number, dt: number): void {
    this.floaters.forEach((f, k) => {
      const o = REACTION_STRIDE * (this.vessels.length + k);
      const r = reactions.subarray(o, o + REACTION_STRIDE);
      if (r.length < REACTION_STRIDE) return;
      if (r[6] !== 0 || r[7] !== 0 || r[8] !== 0) {
        const p = f.body.translation();
        f.body.setTranslation({ x: p.x + r[6]!, y: p.y + r[7]!, z: p.z + r[8]! }, true);
      }
      const j = [particleKg * r[0]!, particleKg * r[1]!, particleKg * r[2]!];
      const size = Math.hypot(j[0]!, j[1]!, j[2]!);
      if (size === 0) return;
      const v = f.body.linvel();
      const against = -(v.x * j[0]! + v.y * j[1]! + v.z * j[2]!) / size;
      const most = f.massKg * Math.max(0, against) + liftOf(f) * dt;
      const scale = Math.min(1, most / size);
      f.body.applyImpulse({ x: scale * j[0]!, y: scale * j[1]!, z: scale * j[2]! }, true);
      f.body.applyTorqueImpulse({ x: scale * particleKg * r[3]!, y: scale * particleKg * r[4]!, z: scale * particleKg * r[5]! }, true);
    });
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
      // A container that broke was put away where it broke (fracture-hook.ts): its liquid is no
      // longer held by it, but falls out among its pieces.
      const [pose, motion] = broke(world, v.entity.id) ? [PUT_AWAY, STILL] : at(v.entity.id);
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
