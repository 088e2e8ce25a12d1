// Turns Rapier's contact state into audible "impact" events: one event when two things start
// touching (or hit again after a short separation), with the solver's impulse, the place, and a
// sub-step time estimate. Resting and rolling contact produce no new events, so a ball lying on the
// floor is silent and a bouncing ball gives one event per bounce.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { TraceEvent, Vec3 } from '../../contract/world-trace-types';
import type { ColliderInfo, PartName } from './scene-world-types';
import type { SceneWorld } from './world-builder';

export type ContactEvent = Extract<TraceEvent, { kind: 'contact' }>;

// A reported impact plus which part of each entity was hit (the trace only carries entity ids and
// materials, but the outcome needs to tell the rim from the backboard).
export interface Impact {
  event: ContactEvent;
  firstPart: PartName;
  secondPart: PartName;
}

// A new impact needs this many impulse-free steps since the last one (12.5 ms at 240 Hz): shorter
// gaps are the same collision settling, not a new sound.
const SEPARATION_STEPS = 3;
// An impact's impulse is summed over this many steps; a collision resolves within one or two.
const IMPACT_STEPS = 3;
// Below this closing speed (m/s) two bodies are settling or resting on each other (a stack of boxes
// at the start, a ball coming to rest), not hitting: no sound.
const MIN_CLOSING_SPEED = 0.12;
// Below this velocity change (m/s) an impact is inaudible chatter and is dropped.
const MIN_DELTA_V = 0.15;
// A thing already touching something can still hit it: a bottle tipping about its base's edge
// touches the table all the way down, then its side slams onto it. A step whose velocity change
// is this many times the pair's running level, and at least SPIKE_MIN_DV, is a new impact.
const SPIKE_RATIO = 4;
const SPIKE_MIN_DV = 0.3;
// How fast the running level follows the steps' velocity changes (a share per step).
const LEVEL_RATE = 0.1;

export interface Pending {
  t: number;
  closing: number;
  impulse: number;
  position: Vec3;
  steps: number;
  first: ColliderInfo;
  second: ColliderInfo;
  invMassSum: number;
}

interface GroupState {
  lastImpulseStep: number;
  pending: Pending | null;
  // The running level of the velocity change a step of this lasting contact gives (m/s).
  levelDv?: number;
}

// Everything the tracker remembers between steps, as plain data: a continued simulation (a range
// regenerated, a clip extended) restores it with the physics world so impacts already under way
// finish exactly as they would have. -Infinity (never hit) is stored as null.
export interface TrackerState {
  touching: [string, [number, number]][];
  groups: [string, { lastImpulseStep: number | null; pending: Pending | null; levelDv?: number }][];
  impacts: Impact[];
}

// An impact that began on the step just taken, for the range variation (a bounce that comes off a
// little differently). The normal points from the first body towards the second.
export interface BegunImpact {
  closing: number;
  normal: Vec3;
  bodies: [RigidBody, RigidBody];
}

interface StepSample {
  impulse: number;
  gap: number;
  normal: Vec3;
  point: Vec3;
  pointWeight: number;
  first: ColliderInfo;
  second: ColliderInfo;
  bodyFirst: RigidBody;
  bodySecond: RigidBody;
}

const inverseMass = (b: RigidBody): number => (b.isDynamic() ? b.invMass() : 0);
// The velocity change (m/s) one step's impulse gives the pair.
const deltaV = (s: StepSample): number => s.impulse * (inverseMass(s.bodyFirst) + inverseMass(s.bodySecond));

const pairKey = (a: number, b: number): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export class ContactTracker {
  private readonly touching = new Map<string, [number, number]>();
  private readonly groups = new Map<string, GroupState>();
  readonly impacts: Impact[] = [];
  // Impacts that began during the last update() (reset at each update).
  begun: BegunImpact[] = [];

  constructor(
    private readonly scene: SceneWorld,
    private readonly dt: number,
  ) {}

  onCollision(h1: number, h2: number, started: boolean): void {
    const key = pairKey(h1, h2);
    if (started) this.touching.set(key, h1 < h2 ? [h1, h2] : [h2, h1]);
    else this.touching.delete(key);
  }

  // The collider pairs touching now (by handle), in a fixed order.
  touchingPairs(): [number, number][] {
    return [...this.touching.keys()].sort().map((k) => this.touching.get(k)!);
  }

  // Call after the step that advanced time from step*dt to (step+1)*dt. `velocityBefore` gives a
  // body's linear velocity at the start of that step (the impact time estimate needs it).
  update(step: number, velocityBefore: (body: RigidBody) => Vec3): void {
    this.begun = [];
    const samples = new Map<string, StepSample>();
    // Sorted keys: the order pairs are visited in must not depend on Map insertion history, so two
    // runs of the same scene always produce identically ordered events.
    const keys = [...this.touching.keys()].sort();
    for (const key of keys) {
      const handles = this.touching.get(key);
      if (!handles) continue;
      const c1 = this.scene.world.getCollider(handles[0]);
      const c2 = this.scene.world.getCollider(handles[1]);
      const i1 = this.scene.colliders.get(handles[0]);
      const i2 = this.scene.colliders.get(handles[1]);
      const b1 = c1?.parent();
      const b2 = c2?.parent();
      if (!c1 || !c2 || !i1 || !i2 || !b1 || !b2 || i1.entityId === i2.entityId) continue;
      const swap = i2.rank < i1.rank;
      const first = swap ? i2 : i1;
      const second = swap ? i1 : i2;
      const groupKey = `${first.entityId}:${first.part}|${second.entityId}:${second.part}`;
      let sample = samples.get(groupKey);
      this.scene.world.contactPair(c1, c2, (manifold) => {
        let impulse = 0;
        let gap = Infinity;
        for (let i = 0; i < manifold.numContacts(); i++) {
          impulse += manifold.contactImpulse(i);
          gap = Math.min(gap, manifold.contactDist(i));
        }
        if (impulse <= 0) return;
        const n = manifold.normal();
        let px = 0;
        let py = 0;
        let pz = 0;
        const count = manifold.numSolverContacts();
        for (let i = 0; i < count; i++) {
          const p = manifold.solverContactPoint(i);
          if (!p) continue;
          px += p.x / count;
          py += p.y / count;
          pz += p.z / count;
        }
        if (count === 0) {
          // No solver point (a purely predictive contact): use the moving body's centre.
          const p = (swap ? b2 : b1).translation();
          px = p.x;
          py = p.y;
          pz = p.z;
        }
        if (!sample) {
          sample = {
            impulse: 0,
            gap,
            // From the first body towards the second (Rapier's normal points from c1 to c2).
            normal: swap ? [-n.x, -n.y, -n.z] : [n.x, n.y, n.z],
            point: [0, 0, 0],
            pointWeight: 0,
            first,
            second,
            bodyFirst: swap ? b2 : b1,
            bodySecond: swap ? b1 : b2,
          };
          samples.set(groupKey, sample);
        }
        sample.impulse += impulse;
        sample.gap = Math.min(sample.gap, gap);
        sample.point = [sample.point[0] + px * impulse, sample.point[1] + py * impulse, sample.point[2] + pz * impulse];
        sample.pointWeight += impulse;
      });
    }

    this.advanceGroups(step, samples, velocityBefore);
  }

  // Close impacts that stopped receiving impulse this step, extend open ones, begin new ones.
  private advanceGroups(step: number, samples: Map<string, StepSample>, velocityBefore: (body: RigidBody) => Vec3): void {
    const groupKeys = [...new Set([...this.groups.keys(), ...samples.keys()])].sort();
    for (const key of groupKeys) {
      const state = this.groups.get(key) ?? { lastImpulseStep: -Infinity, pending: null };
      const sample = samples.get(key);
      if (!sample) {
        if (state.pending) this.flush(state);
        this.groups.set(key, state);
        continue;
      }
      if (state.pending) {
        state.pending.impulse += sample.impulse;
        state.pending.steps++;
        if (state.pending.steps >= IMPACT_STEPS) this.flush(state);
      } else if (step - state.lastImpulseStep > SEPARATION_STEPS || this.spikes(state, sample)) {
        state.pending = this.begin(step, sample, velocityBefore);
        if (IMPACT_STEPS <= 1) this.flush(state);
      }
      const dv = deltaV(sample);
      state.levelDv = state.levelDv === undefined ? dv : state.levelDv + LEVEL_RATE * (dv - state.levelDv);
      state.lastImpulseStep = step;
      this.groups.set(key, state);
    }
  }

  // Whether a lasting contact's step is a hit of its own (the level is the one before this step).
  private spikes(state: GroupState, sample: StepSample): boolean {
    const dv = deltaV(sample);
    return state.levelDv !== undefined && dv > SPIKE_MIN_DV && dv > SPIKE_RATIO * state.levelDv;
  }

  save(): TrackerState {
    return {
      touching: [...this.touching.entries()].map(([k, v]) => [k, [v[0], v[1]]]),
      groups: [...this.groups.entries()].map(([k, g]) => [k, { lastImpulseStep: Number.isFinite(g.lastImpulseStep) ? g.lastImpulseStep : null, pending: g.pending ? { ...g.pending } : null, levelDv: g.levelDv }]),
      impacts: this.impacts.map((i) => ({ ...i, event: { ...i.event } })),
    };
  }

  load(state: TrackerState): void {
    this.touching.clear();
    this.groups.clear();
    this.impacts.length = 0;
    for (const [k, v] of state.touching) this.touching.set(k, [v[0], v[1]]);
    for (const [k, g] of state.groups) this.groups.set(k, { lastImpulseStep: g.lastImpulseStep ?? -Infinity, pending: g.pending ? { ...g.pending } : null, levelDv: g.levelDv });
    this.impacts.push(...state.impacts.map((i) => ({ ...i, event: { ...i.event } })));
  }

  // Flush impacts still open when the simulation ends.
  finish(): void {
    for (const key of [...this.groups.keys()].sort()) {
      const state = this.groups.get(key);
      if (state?.pending) this.flush(state);
    }
  }

  private begin(step: number, s: StepSample, velocityBefore: (body: RigidBody) => Vec3): Pending {
    const va = velocityBefore(s.bodyFirst);
    const vb = velocityBefore(s.bodySecond);
    const closing = Math.abs((va[0] - vb[0]) * s.normal[0] + (va[1] - vb[1]) * s.normal[1] + (va[2] - vb[2]) * s.normal[2]);
    // The narrow phase measured the gap at the start of the step; the bodies close it at `closing`
    // m/s, which places the touch inside the step rather than on its boundary.
    const gap = Math.max(s.gap, 0);
    const fraction = closing > 1e-6 ? Math.min(gap / (closing * this.dt), 1) : 0;
    const w = s.pointWeight > 0 ? s.pointWeight : 1;
    const inv = inverseMass;
    this.begun.push({ closing, normal: s.normal, bodies: [s.bodyFirst, s.bodySecond] });
    return {
      t: (step + fraction) * this.dt,
      closing,
      impulse: s.impulse,
      position: [s.point[0] / w, s.point[1] / w, s.point[2] / w],
      steps: 1,
      first: s.first,
      second: s.second,
      invMassSum: inv(s.bodyFirst) + inv(s.bodySecond),
    };
  }

  private flush(state: GroupState): void {
    const p = state.pending;
    state.pending = null;
    if (!p) return;
    // A fixed-vs-kinematic pair has no inverse mass; such contacts are never audible impacts.
    if (p.closing < MIN_CLOSING_SPEED || p.impulse * p.invMassSum < MIN_DELTA_V) return;
    this.impacts.push({
      event: {
        kind: 'contact',
        t: p.t,
        a: p.first.entityId,
        b: p.second.entityId,
        materialA: p.first.material,
        materialB: p.second.material,
        impulse: p.impulse,
        position: p.position,
      },
      firstPart: p.first.part,
      secondPart: p.second.part,
    });
  }
}
