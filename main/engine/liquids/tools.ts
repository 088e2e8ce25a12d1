// Things a hand moves through a liquid (a spoon that stirs): kinematic, so the liquid does not push
// them back, but the particles they meet are moved out of their boxes every step, and a particle so
// moved keeps that move as velocity (pbf.ts): that is how a spoon sets the liquid turning (DFSPH
// pushes the liquid by pressure at the spoon's speed, its boxes' walls moving: solids.ts). Each of
// the thing's box parts is one box collider, placed where the part is on its body now.
import type { Entity } from '../../contract/scene-plan';
import { objectModule } from '../objects';
import type { Pose } from './container';
import { rotate } from './motion';
import { BoxCollider } from './solids';
import type { Motion } from './motion';

export class ToolColliders {
  readonly boxes: BoxCollider[];
  private readonly centers: (readonly [number, number, number])[];

  constructor(readonly entity: Entity) {
    const parts = objectModule(entity.form).parts ?? [];
    if (parts.length === 0) throw new Error(`A ${entity.label} has no parts to move a liquid with.`);
    this.centers = parts.map((p) => p.center);
    const still = { position: { x: 0, y: 0, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } };
    this.boxes = parts.map((p) => new BoxCollider(p.half, still, true));
  }

  // Each part's box at its body's pose, moving as its body does.
  place(pose: Pose, motion: Motion): void {
    const t = pose.position, q = pose.rotation;
    this.boxes.forEach((box, i) => {
      box.motion = motion;
      const c = [...this.centers[i]!];
      rotate(c, q, false);
      box.pose = { position: { x: t.x + c[0]!, y: t.y + c[1]!, z: t.z + c[2]! }, rotation: { x: q.x, y: q.y, z: q.z, w: q.w } };
    });
  }
}
