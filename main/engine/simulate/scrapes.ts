// Turns sliding contact into "scrape" events: while two things touch and their surfaces move across
// each other at the contact (a book pushed over a table, a mug shoved, a shard skidding on the
// floor), the friction is heard. Each scrape keeps, a few dozen times a second, how fast the
// surfaces slip and how hard they press, so its sound follows the slide as it slows. Rolling is
// not sliding: the velocity is taken at the contact point, spin included, so a rolling can is
// silent here (its knocks are contacts).
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { TraceEvent, Vec3 } from '../../contract/world-trace-types';
import { MAX_CONTACT_GAP_M } from '../physics/constants';
import type { ColliderInfo } from './scene-world-types';
import type { SceneWorld } from './world-builder';

export type ScrapeEvent = Extract<TraceEvent, { kind: 'scrape' }>;

// About how often a scrape's slip speed and load are kept (Hz; a whole number of steps apart).
const SCRAPE_HZ = 60;
// Slower than this at the contact (m/s), the surfaces stick or creep (the edge a tipping bottle
// pivots on creeps at 5-7 cm/s): nothing is heard.
const MIN_SLIP_SPEED = 0.08;
// A slide that stops slipping for this long (s) has ended; shorter pauses are one scrape.
const PAUSE_SEC = 0.05;
// Shorter slides (the skid of a bounce) and slower ones are not heard as scrapes.
const MIN_SCRAPE_SEC = 0.08;
const MIN_PEAK_SPEED = 0.08;

interface OpenScrape {
  startStep: number;
  lastSlipStep: number;
  a: ColliderInfo;
  b: ColliderInfo;
  position: Vec3;
  speed: number[];
  loadN: number[];
}

// One step's sliding between two entities: slip speed at the contact (m/s), normal load (N), where.
interface Slip {
  speed: number;
  loadN: number;
  point: Vec3;
  a: ColliderInfo;
  b: ColliderInfo;
}

export interface ScrapeState {
  open: [string, OpenScrape][];
  done: ScrapeEvent[];
}

// Velocity of the body's material at world point p: v + w x (p - centre).
function pointVelocity(body: RigidBody, p: Vec3): Vec3 {
  const v = body.linvel();
  const w = body.angvel();
  const c = body.translation();
  const r: Vec3 = [p[0] - c.x, p[1] - c.y, p[2] - c.z];
  return [v.x + w.y * r[2] - w.z * r[1], v.y + w.z * r[0] - w.x * r[2], v.z + w.x * r[1] - w.y * r[0]];
}

const round = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;

export class ScrapeTracker {
  private readonly open = new Map<string, OpenScrape>();
  private readonly done: ScrapeEvent[] = [];
  private readonly stride: number;

  constructor(
    private readonly scene: SceneWorld,
    private readonly dt: number,
  ) {
    this.stride = Math.max(1, Math.round(1 / (SCRAPE_HZ * dt)));
  }

  // After the step that advanced time to (step + 1) * dt, with the collider pairs now touching. A
  // scrape starts on the very step the slip does (its sound's onset), then keeps SCRAPE_HZ samples.
  update(step: number, touching: Iterable<readonly [number, number]>): void {
    const slips = new Map<string, Slip>();
    for (const [h1, h2] of touching) {
      const slip = this.slipOf(h1, h2);
      if (!slip) continue;
      const key = `${slip.a.entityId}|${slip.b.entityId}`;
      const had = slips.get(key);
      // Several colliders of one pair (a chair's legs): the load adds up, the fastest slip is heard.
      slips.set(key, had ? { ...slip, speed: Math.max(had.speed, slip.speed), loadN: had.loadN + slip.loadN } : slip);
    }
    for (const key of [...slips.keys()].sort()) this.extend(key, slips.get(key)!, step);
    for (const key of [...this.open.keys()].sort()) {
      if (!slips.has(key) && (step - this.open.get(key)!.lastSlipStep) * this.dt >= PAUSE_SEC) this.close(key);
    }
  }

  private slipOf(h1: number, h2: number): Slip | null {
    const world = this.scene.world;
    const c1 = world.getCollider(h1);
    const c2 = world.getCollider(h2);
    const i1 = this.scene.colliders.get(h1);
    const i2 = this.scene.colliders.get(h2);
    const b1 = c1?.parent();
    const b2 = c2?.parent();
    if (!c1 || !c2 || !i1 || !i2 || !b1 || !b2 || i1.entityId === i2.entityId) return null;
    // Something moved by physics slides (a person walking or a held ball is not a scrape).
    if (!b1.isDynamic() && !b2.isDynamic()) return null;
    let found: Slip | null = null;
    world.contactPair(c1, c2, (manifold) => {
      let impulse = 0;
      let gap = Infinity;
      for (let i = 0; i < manifold.numContacts(); i++) {
        impulse += manifold.contactImpulse(i);
        gap = Math.min(gap, manifold.contactDist(i));
      }
      const count = manifold.numSolverContacts();
      if (impulse <= 0 || gap > MAX_CONTACT_GAP_M || count === 0) return;
      const p: Vec3 = [0, 0, 0];
      for (let i = 0; i < count; i++) {
        const q = manifold.solverContactPoint(i);
        if (!q) continue;
        p[0] += q.x / count;
        p[1] += q.y / count;
        p[2] += q.z / count;
      }
      const n = manifold.normal();
      const va = pointVelocity(b1, p);
      const vb = pointVelocity(b2, p);
      const rel: Vec3 = [va[0] - vb[0], va[1] - vb[1], va[2] - vb[2]];
      const vn = rel[0] * n.x + rel[1] * n.y + rel[2] * n.z;
      const speed = Math.hypot(rel[0] - vn * n.x, rel[1] - vn * n.y, rel[2] - vn * n.z);
      if (speed < MIN_SLIP_SPEED) return;
      const swap = i2.rank < i1.rank;
      found = { speed, loadN: impulse / this.dt, point: p, a: swap ? i2 : i1, b: swap ? i1 : i2 };
    });
    return found;
  }

  private extend(key: string, slip: Slip, step: number): void {
    const o = this.open.get(key);
    if (!o) {
      this.open.set(key, { startStep: step, lastSlipStep: step, a: slip.a, b: slip.b, position: slip.point, speed: [round(slip.speed, 3)], loadN: [round(slip.loadN, 2)] });
      return;
    }
    o.lastSlipStep = step;
    if ((step - o.startStep) % this.stride !== 0) return;
    // A sample every stride steps from the start; a pause inside one scrape is kept as silence.
    const index = (step - o.startStep) / this.stride;
    while (o.speed.length < index) {
      o.speed.push(0);
      o.loadN.push(0);
    }
    o.speed.push(round(slip.speed, 3));
    o.loadN.push(round(slip.loadN, 2));
  }

  private close(key: string): void {
    const o = this.open.get(key);
    this.open.delete(key);
    if (!o) return;
    const hz = 1 / (this.stride * this.dt);
    const durationSec = o.speed.length / hz;
    if (durationSec < MIN_SCRAPE_SEC || Math.max(...o.speed) < MIN_PEAK_SPEED) return;
    this.done.push({
      kind: 'scrape', t: o.startStep * this.dt, durationSec, a: o.a.entityId, b: o.b.entityId,
      materialA: o.a.material, materialB: o.b.material, hz, speed: o.speed, loadN: o.loadN, position: o.position,
    });
  }

  // Ends the scrapes still under way when the simulation ends, and gives every scrape.
  finish(): ScrapeEvent[] {
    for (const key of [...this.open.keys()].sort()) this.close(key);
    return this.done;
  }

  save(): ScrapeState {
    return {
      open: [...this.open.entries()].map(([k, o]) => [k, { ...o, speed: [...o.speed], loadN: [...o.loadN] }]),
      done: this.done.map((e) => ({ ...e, speed: [...e.speed], loadN: [...e.loadN] })),
    };
  }

  load(state: ScrapeState | undefined): void {
    this.open.clear();
    this.done.length = 0;
    for (const [k, o] of state?.open ?? []) this.open.set(k, { ...o, speed: [...o.speed], loadN: [...o.loadN] });
    this.done.push(...(state?.done ?? []));
  }
}
