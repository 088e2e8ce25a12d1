// A breakable object in the simulation, as a step hook: its pieces exist from the start (disabled,
// riding inside the whole), and when a point of it hits something faster than it can take, it
// breaks: the whole is put away and the pieces carry on from where they were, each with the whole's
// motion at its place plus a scatter that adds no momentum (the impact's energy going into the
// fragments). Whether it breaks is physics' call: the same glass on grass usually survives.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { Entity, Material, TraceBody, Vec3 } from '../../contract/world-trace-types';
import { mulberry32, deriveSeed } from '../seeded-random';
import type { StepHook, StepWorld } from '../simulate/schedule-types';
import type { Touch } from '../simulate/scene-world-types';
import { fracturePieces, SOFT_GROUND_FACTOR, type Piece } from './fracture';
import type { FractureSpec, ObjectModule } from './types';

// Ground and things that give under an impact (grass, sand and leaf litter sound as cloth).
const SOFT: ReadonlySet<Material> = new Set(['cloth', 'rubber', 'flesh']);
// How fast the pieces fly apart, as a share of the impact speed.
const SCATTER_SHARE = 0.3;

export const pieceId = (entityId: string, k: number): string => `${entityId}#${k}`;

type Quat = { x: number; y: number; z: number; w: number };

function rotate(q: Quat, v: Vec3): Vec3 {
  // v' = v + 2w(q x v) + 2 q x (q x v)
  const cx = q.y * v[2] - q.z * v[1];
  const cy = q.z * v[0] - q.x * v[2];
  const cz = q.x * v[1] - q.y * v[0];
  return [v[0] + 2 * (q.w * cx + q.y * cz - q.z * cy), v[1] + 2 * (q.w * cy + q.z * cx - q.x * cz), v[2] + 2 * (q.w * cz + q.x * cy - q.y * cx)];
}

export class FractureHook implements StepHook {
  readonly bodies: TraceBody[];
  readonly pieces: Piece[];
  brokeAt: number | null = null;
  private whole: RigidBody | null = null;
  private parts: RigidBody[] = [];
  private before: { v: Vec3; w: Vec3; c: Vec3 } = { v: [0, 0, 0], w: [0, 0, 0], c: [0, 0, 0] };

  constructor(
    private readonly entity: Entity,
    private readonly spec: FractureSpec,
    object: ObjectModule,
    private readonly seed: number,
  ) {
    this.pieces = fracturePieces(object, spec, seed, entity.id);
    this.bodies = this.pieces.map((p, k) => ({ id: pieceId(entity.id, k), shape: { kind: 'hull', points: p.points }, material: entity.material, dynamic: true, pieceOf: entity.id }));
  }

  start(world: StepWorld): void {
    this.brokeAt = null;
    this.whole = world.bodyOf(this.entity.id);
    this.parts = this.pieces.map((p, k) => world.addPiece(pieceId(this.entity.id, k), this.entity, p.points, p.massKg));
  }

  save(): { brokeAt: number | null } {
    return { brokeAt: this.brokeAt };
  }

  // The restored world's own bodies (the whole and its pieces, whether it had broken or not).
  resume(state: unknown, world: StepWorld): void {
    this.whole = world.bodyOf(this.entity.id);
    this.parts = this.pieces.map((_, k) => world.bodyOf(pieceId(this.entity.id, k)));
    this.brokeAt = (state as { brokeAt: number | null } | null)?.brokeAt ?? null;
  }

  beforeStep(): void {
    const whole = this.whole;
    if (!whole) return;
    const v = whole.linvel();
    const w = whole.angvel();
    const c = whole.translation();
    this.before = { v: [v.x, v.y, v.z], w: [w.x, w.y, w.z], c: [c.x, c.y, c.z] };
  }

  // How fast the hitting point was moving into what it touches (the speed of that point before the
  // step along the contact normal): what cracks a glass, whether it lands flat or on its rim.
  private impactSpeed(touch: Touch): number {
    const { v, w, c } = this.before;
    let fastest = 0;
    for (const p of touch.points) {
      const r: Vec3 = [p[0] - c[0], p[1] - c[1], p[2] - c[2]];
      const u: Vec3 = [v[0] + w[1] * r[2] - w[2] * r[1], v[1] + w[2] * r[0] - w[0] * r[2], v[2] + w[0] * r[1] - w[1] * r[0]];
      fastest = Math.max(fastest, Math.abs(u[0] * touch.normal[0] + u[1] * touch.normal[1] + u[2] * touch.normal[2]));
    }
    return fastest;
  }

  afterStep(step: number, world: StepWorld): void {
    const whole = this.whole;
    if (this.brokeAt !== null || !whole || !whole.isDynamic() || !whole.isEnabled()) return;
    for (const touch of world.touching(this.entity.id)) {
      const speed = this.impactSpeed(touch);
      const takes = this.spec.breakSpeed * (SOFT.has(touch.material) ? SOFT_GROUND_FACTOR : 1);
      if (speed < takes) continue;
      this.breakApart(step, world, speed, touch.material);
      return;
    }
  }

  private breakApart(step: number, world: StepWorld, speed: number, against: Material): void {
    const whole = this.whole as RigidBody;
    const p = whole.translation();
    const q = whole.rotation();
    const v = whole.linvel();
    const w = whole.angvel();
    const rand = mulberry32(deriveSeed(this.seed, `scatter:${this.entity.id}`));
    const scatter = this.pieces.map((piece) => {
      const out = rotate(q, piece.offset);
      const l = Math.hypot(out[0], out[2]) || 1;
      const scatterSpeed = SCATTER_SHARE * speed * rand.uniform(0.5, 1.5);
      return [(out[0] / l) * scatterSpeed, rand.uniform(0.1, 0.6) * scatterSpeed, (out[2] / l) * scatterSpeed] as Vec3;
    });
    // The scatter adds no momentum: take out its mass-weighted mean.
    const mean: Vec3 = [0, 0, 0];
    this.pieces.forEach((piece, k) => {
      for (let i = 0; i < 3; i++) mean[i] = (mean[i] as number) + ((scatter[k] as Vec3)[i] as number) * piece.massKg / this.entity.mass;
    });
    this.pieces.forEach((piece, k) => {
      const r = rotate(q, piece.offset);
      const body = this.parts[k] as RigidBody;
      body.setTranslation({ x: p.x + r[0], y: p.y + r[1], z: p.z + r[2] }, false);
      body.setRotation(q, false);
      const s = scatter[k] as Vec3;
      // The whole's motion at the piece's place (v + w x r), plus its share of the scatter.
      body.setLinvel({ x: v.x + w.y * r[2] - w.z * r[1] + s[0] - mean[0], y: v.y + w.z * r[0] - w.x * r[2] + s[1] - mean[1], z: v.z + w.x * r[1] - w.y * r[0] + s[2] - mean[2] }, false);
      body.setAngvel({ x: w.x + rand.normal(0, 8), y: w.y + rand.normal(0, 8), z: w.z + rand.normal(0, 8) }, false);
      body.setEnabled(true);
    });
    whole.setEnabled(false);
    this.brokeAt = (step + 0.5) * world.dt;
    world.emit({ kind: 'break', t: this.brokeAt, object: this.entity.id, against, pieces: this.pieces.length, impulse: this.entity.mass * speed, position: [p.x, p.y, p.z] });
  }

  // Before the break every piece rides inside the whole; after it, each where physics took it.
  record(): number[] {
    const row: number[] = [];
    const whole = this.whole;
    this.pieces.forEach((piece, k) => {
      const body = this.parts[k];
      if (this.brokeAt === null && whole) {
        const p = whole.translation();
        const q = whole.rotation();
        const r = rotate(q, piece.offset);
        row.push(p.x + r[0], p.y + r[1], p.z + r[2], q.x, q.y, q.z, q.w);
      } else if (body) {
        const p = body.translation();
        const q = body.rotation();
        row.push(p.x, p.y, p.z, q.x, q.y, q.z, q.w);
      }
    });
    return row;
  }
}
