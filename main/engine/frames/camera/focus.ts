// What the camera watches: its subject (named by the plan, else the first action's actor, else what
// it acts on), the points that bound the subject and everything in play at each frame, and how big
// the subject is.
import * as THREE from 'three';
import type { CameraPlan, Entity, ScenePlan } from '../../../contract/scene-plan';
import type { ActorTrack } from '../../../contract/world-trace-types';
import { BODY, type PersonPoseFn } from '../../body/skeleton';
import { FINGERS_M, PALM_HALF } from '../../hands/hand-shape';
import { objectModule } from '../../objects';
import { heightOf, solidPoints } from '../../objects/geometry';
import type { SceneLayout } from '../scene/layout';
import { fingertips } from './fingertips';
import { handledBy, isThing } from './hand-work';
import type { TraceSampler } from '../trace-sampler';

export function pickSubject(plan: ScenePlan): Entity | null {
  const byId = (id: string | undefined | null): Entity | null => plan.entities.find((e) => e.id === id) ?? null;
  const explicit = byId(plan.camera.subject);
  if (explicit) return explicit;
  const a = plan.actions[0];
  // Things dropped into a bowl of water are watched at the bowl: its water line is where floating
  // and sinking show (watched at the first thing, a close shot stood beside it as it fell, and the
  // bowl's wall filled the frame once it was in).
  if (a?.kind === 'immerse') {
    const vessel = byId(a.into.in);
    if (vessel) return vessel;
  }
  if (a) {
    // Who acts: the actor, or the person whose own hand handles the thing.
    const actor = 'actor' in a ? byId(a.actor) : 'by' in a ? byId(a.by) : null;
    const object = 'object' in a ? byId(a.object) : 'objects' in a ? byId(a.objects[0]) : null;
    // A close-up of a throw or a kick watches the ball; anything looser watches the person doing it.
    if (actor && !(plan.camera.shot === 'close' && object?.kind === 'ball' && a.kind !== 'dribble' && a.kind !== 'walk')) return actor;
    if (object) return object;
    // A pour is watched at the glass it fills.
    const into = 'into' in a && typeof a.into === 'string' ? byId(a.into) : null;
    if (into) return into;
  }
  return plan.entities.find((e) => e.kind === 'person') ?? plan.entities.find((e) => e.kind === 'ball') ?? plan.entities[0] ?? null;
}

// The person an action is directed at ("says 'hi' to her", "waves to a woman"): the plan's `to`
// where it names a person (a walk's `to` is a place). The shot must show them: the panel marks them
// shown, and a wave at someone out of the frame reads as a wave at the camera.
export function addressee(plan: ScenePlan, a: ScenePlan['actions'][number]): string | null {
  const to = 'to' in a && typeof a.to === 'string' ? a.to : null;
  return to !== null && plan.entities.some((e) => e.id === to && e.kind === 'person') ? to : null;
}

// What a tighter shot keeps in frame with its subject: the people it talks with or waves to (a conversation's
// medium shot is a two-shot), the rest of a row or tower of things acted on together (a domino run
// or a tower is framed whole, not as its first domino or its bottom block), or the ball a person plays with.
export function companionsOf(plan: ScenePlan, subject: Entity): Entity[] {
  const ids = new Set<string>();
  // Nobody acts ("the man and the woman watch"): everyone the prompt names is in the shot.
  if (plan.actions.length === 0 && subject.kind === 'person') for (const e of plan.entities) if (e.kind === 'person') ids.add(e.id);
  for (const a of plan.actions) {
    // Whom an action is directed at (talked to, waved to) and who directs it at the subject.
    const to = addressee(plan, a);
    if (to && 'actor' in a && a.actor === subject.id) ids.add(to);
    if (to === subject.id && 'actor' in a && a.actor) ids.add(a.actor);
    if ((a.kind === 'dominoes' || a.kind === 'topple') && a.objects.includes(subject.id)) for (const id of a.objects) ids.add(id);
    // People doing one thing together ("a man and a woman wave", "two kids walk") share the shot.
    if ('actor' in a && a.actor && a.actor !== subject.id && plan.actions.some((b) => b.kind === a.kind && 'actor' in b && b.actor === subject.id)) ids.add(a.actor);
    // The ball a player kicks, throws or dribbles is in their shot while it is at their feet or hands.
    if ('actor' in a && a.actor === subject.id && 'object' in a && plan.entities.some((e) => e.id === a.object && e.kind === 'ball')) ids.add(a.object);
    // What a person's own hand handles is in their shot.
    if ('by' in a && a.by === subject.id) for (const id of handledBy(a)) ids.add(id);
    // Things doing one thing together ("books falling off a table") share the shot, as people do, but
    // a close-up, which is of one of them: framed as the first book, the other two were out of the
    // medium shot or cut at its edge.
    if (isThing(subject) && plan.camera.shot !== 'close' && 'object' in a && a.object !== subject.id && plan.actions.some((b) => b.kind === a.kind && 'object' in b && b.object === subject.id)) ids.add(a.object);
  }
  ids.delete(subject.id);
  return plan.entities.filter((e) => ids.has(e.id));
}

// How long (s) a close-up stays on a speaker's face after their line, before it goes back to its subject.
const AFTER_LINE_SEC = 0.3;

// Who says a line at time t that a close-up of a thing watches: a line is heard from a face, so a
// close-up of the ball a player says "watch this" to before shooting is on their face while they
// say it, and on the ball from then on. Only lines said before the action (they end by a set time);
// none when the shot's subject is already a person.
export function speakerAt(plan: ScenePlan, subject: Entity | null, tSec: number): Entity | null {
  if (plan.camera.shot !== 'close' || !subject || subject.kind === 'person') return null;
  const line = plan.dialogue.find((d) => d.actor !== undefined && d.endBySec !== undefined && tSec >= d.atSec && tSec <= d.endBySec + AFTER_LINE_SEC);
  return plan.entities.find((e) => e.id === line?.actor && e.kind === 'person') ?? null;
}

// Framed by the share of the frame it fills, as a thing is: a thing, or a ball that is the subject
// of a medium or close shot ("a ball rolls down the street"): sized by its radius it filled 17% of a
// medium shot, where the subject should fill at least half. A wide shot of a ball still fits the
// action around it (it falls, bounces, rolls away: the ground it goes over is the shot).
export const framedAsThing = (e: Entity, shot: CameraPlan['shot']): boolean => isThing(e) || (e.kind === 'ball' && shot !== 'wide');

// Points of a thing's outline in its own frame, centred: a catalog object's at its cast size, a
// crate's corners.
function thingShape(e: Entity): THREE.Vector3[] {
  const points: THREE.Vector3[] = [];
  if (e.kind === 'object' && e.form) {
    const o = objectModule(e.form);
    const k = (e.size[1] ?? heightOf(o) / 2) / (heightOf(o) / 2);
    const flat = solidPoints(o);
    for (let i = 0; i < flat.length; i += 3) points.push(new THREE.Vector3(flat[i]!, flat[i + 1]!, flat[i + 2]!).multiplyScalar(k));
    return points;
  }
  const [x = 0.25, y = x, z = x] = e.size;
  for (const sx of [-x, x]) for (const sy of [-y, y]) for (const sz of [-z, z]) points.push(new THREE.Vector3(sx, sy, sz));
  return points;
}

// Size of an entity for framing: a person's height, a ball's diameter, else its largest extent.
export function sizeOf(e: Entity): number {
  if (e.kind === 'person') return e.size[0] ?? 1.75;
  if (e.kind === 'ball') return 2 * (e.size[0] ?? 0.12);
  return 2 * Math.max(...e.size);
}

// How near (m) a thing's way must come to a fixture for its wide shot to frame it.
const NEAR_FIXTURE_M = 1;
// How far (m) under a table's top a thing ends for it to have fallen off.
const FELL_M = 0.3;
// How much of the top round a fallen thing's way its wide shot shows (m).
const FELL_FROM_M = 0.45;
// How near (m) a hand's palm comes to a thing when it is on it: touching it, gripping it or what it
// holds in it (a spoon in a mug), or coming down onto it.
const HAND_NEAR_M = 0.12;

export class Watcher {
  readonly tracks: Map<string, ActorTrack>;
  private readonly paths = new Map<string, THREE.Vector3[]>();
  private readonly shapes = new Map<string, THREE.Vector3[]>();

  constructor(
    private readonly plan: ScenePlan,
    private readonly sampler: TraceSampler,
    private readonly layout: SceneLayout,
    private readonly poseFn: PersonPoseFn,
  ) {
    const people = plan.entities.filter((e) => e.kind === 'person');
    this.tracks = new Map(people.map((p) => [p.id, sampler.actorTrack(p)]));
  }

  get fps(): number {
    return this.sampler.fps;
  }

  get frameCount(): number {
    return this.sampler.frameCount;
  }

  pose(e: Entity, f: number): ReturnType<PersonPoseFn> {
    return this.poseFn(this.tracks.get(e.id)!, e.size[0] ?? 1.75, f / this.sampler.fps);
  }

  // A point that stands for the entity at frame f: a person's eyes, a ball's centre, a hoop's rim.
  locate(e: Entity, f: number, out: THREE.Vector3): THREE.Vector3 {
    if (e.kind === 'person') {
      const p = this.pose(e, f);
      const H = e.size[0] ?? 1.75;
      return out.set(p.head[0], p.head[1] + 0.1 * BODY.headRadius * H, p.head[2]);
    }
    if (e.kind === 'hoop') {
      const r = this.layout.hoops.find((x) => x.id === e.id)?.geometry.rimCenter ?? e.position;
      return out.set(r[0], r[1] - 0.3, r[2]);
    }
    if (!this.sampler.position(e.id, f, out)) out.set(...e.position);
    return out;
  }

  // How the entity is turned at frame f (as planned where the trace has no body for it).
  turn(e: Entity, f: number, out: THREE.Quaternion): THREE.Quaternion {
    if (!this.sampler.quaternion(e.id, f, out)) out.set(...(e.rotation ?? [0, 0, 0, 1]));
    return out;
  }

  // Points that bound the entity at frame f.
  bounds(e: Entity, f: number): THREE.Vector3[] {
    if (e.kind === 'person') {
      const p = this.pose(e, f), heightM = e.size[0] ?? 1.75;
      return [new THREE.Vector3(p.head[0], p.head[1] + heightM * BODY.headRadius * 1.15, p.head[2]), new THREE.Vector3(...p.footL), new THREE.Vector3(...p.footR), ...fingertips(p, heightM)];
    }
    if (e.kind === 'hoop') {
      const h = this.layout.hoops.find((x) => x.id === e.id)?.geometry;
      if (h) return [new THREE.Vector3(...h.rimCenter), new THREE.Vector3(h.board.center[0], h.board.center[1] + h.board.halfExtents[1], h.board.center[2])];
    }
    const c = this.locate(e, f, new THREE.Vector3());
    if (isThing(e)) return [...this.outline(e, f, c), ...this.spilled(e, f)];
    const r = e.kind === 'ball' ? (e.size[0] ?? 0.12) : Math.max(...e.size);
    return [c.clone().addScalar(-r), c.clone().addScalar(r)];
  }

  // What a knocked-over container has spilled by frame f (the liquid's extent): the shot keeps the
  // puddle with the glass, not the glass alone with the milk running out of frame.
  private spilled(e: Entity, f: number): THREE.Vector3[] {
    if (!this.plan.actions.some((a) => a.kind === 'tip' && a.holds?.in === e.id)) return [];
    const box = this.sampler.liquidExtent(f);
    return box ? [new THREE.Vector3(...box[0]), new THREE.Vector3(...box[1])] : [];
  }

  // A thing's outline as it lies at frame f (its profile turned about its axis, or its boxes'
  // corners): a book flat on a table is a thin slab, not a cube as big as its length, so a shot can
  // be sized by what the frame really shows of it.
  private outline(e: Entity, f: number, centre: THREE.Vector3): THREE.Vector3[] {
    const turn = new THREE.Quaternion();
    if (!this.sampler.quaternion(e.id, f, turn) && e.rotation) turn.set(...e.rotation);
    let shape = this.shapes.get(e.id);
    if (!shape) this.shapes.set(e.id, (shape = thingShape(e)));
    return shape.map((p) => p.clone().applyQuaternion(turn).add(centre));
  }

  // What the frame shows of a hand of the trace at frame f: its palm's corners and its fingertips
  // held straight (a curled hand is smaller); nothing before the trace has it.
  handOutline(id: string, f: number): THREE.Vector3[] {
    const p = new THREE.Vector3(), q = new THREE.Quaternion();
    if (!this.sampler.position(id, f, p) || !this.sampler.quaternion(id, f, q)) return [];
    const [hx, hy, hz] = PALM_HALF;
    const corners = [-hx, hx + FINGERS_M].flatMap((x) => [-hy, hy].flatMap((y) => [-hz, hz].map((z) => new THREE.Vector3(x, y, z))));
    return corners.map((c) => c.applyQuaternion(q).add(p));
  }

  // The hands on a thing at frame f (their palms within HAND_NEAR_M of the box round `points`),
  // only `owner`'s when one is named: a close-up of a hand pushing a book shows the hand on it.
  handsOn(points: readonly THREE.Vector3[], f: number, owner?: string): THREE.Vector3[] {
    const box = new THREE.Box3().setFromPoints(points as THREE.Vector3[]);
    const palm = new THREE.Vector3();
    return this.sampler.hands.flatMap((h) => {
      if (owner !== undefined && h.owner !== owner) return [];
      if (!this.sampler.position(h.id, f, palm) || box.distanceToPoint(palm) > HAND_NEAR_M) return [];
      return this.handOutline(h.id, f);
    });
  }

  // Where a thing goes over the clip from frame `from` on, up to frame `until` (its bounds every
  // sixth of a second): a wide shot of a book sliding shows the table it slides along, not only the book.
  path(e: Entity, from = 0, until = Infinity): THREE.Vector3[] {
    const key = `${e.id}@${from}-${until}`;
    let points = this.paths.get(key);
    if (!points) {
      points = [];
      for (const f of this.frames(from, until)) points.push(...this.bounds(e, f));
      this.paths.set(key, points);
    }
    return points;
  }

  // Every sixth of a second from frame `from` up to `until` (at least one frame, within the clip).
  private frames(from: number, until: number): number[] {
    const step = Math.max(1, Math.round(this.sampler.fps / 6));
    const last = Math.min(Math.max(1, this.sampler.frameCount), until + 1);
    const out: number[] = [];
    for (let f = Math.min(from, Math.max(0, this.sampler.frameCount - 1)); f < last || out.length === 0; f += step) out.push(f);
    return out;
  }

  // A person's head, crown to chin, every sixth of a second from frame `from` up to `until`.
  heads(e: Entity, from: number, until: number): THREE.Vector3[] {
    const r = (e.size[0] ?? 1.75) * BODY.headRadius * 1.15;
    return this.frames(from, until).flatMap((f) => {
      const c = new THREE.Vector3(...this.pose(e, f).head);
      return [c.clone().setY(c.y + r), c.setY(c.y - r)];
    });
  }

  // The outlines of `owner`'s hands wherever they are on any of `things` from frame `from` up to
  // `until` (every sixth of a second): the hands at work are in its shot with what they work on.
  handsAtWork(things: readonly Entity[], from: number, until: number, owner?: string): THREE.Vector3[] {
    return this.frames(from, until).flatMap((f) => this.handsOn(things.flatMap((t) => this.bounds(t, f)), f, owner));
  }

  // The corners of the fixtures a thing goes over or near (stairs, ramps, tables; within a metre of
  // its way over the clip): a ball's wide shot shows the flight of stairs it bounces down, not only
  // the ball, and not a table across the room. A fixture's size is its half extents in the plan.
  // `tops`: only the corners of their tops (the table a coin spins on, not its legs).
  fixturesNear(e: Entity, tops = false): THREE.Vector3[] {
    const way = this.path(e);
    return this.plan.entities.filter((f) => f.kind === 'ramp' || f.kind === 'table' || f.kind === 'stairs').flatMap((f) => {
      const [x = 0, y = x, z = x] = f.size;
      const box = new THREE.Box3().setFromCenterAndSize(new THREE.Vector3(...f.position), new THREE.Vector3(2 * x, 2 * y, 2 * z));
      if (!way.some((p) => box.distanceToPoint(p) < NEAR_FIXTURE_M)) return [];
      return [-1, 1].flatMap((sx) => (tops ? [1] : [-1, 1]).flatMap((sy) => [-1, 1].map((sz) => new THREE.Vector3(...f.position).add(new THREE.Vector3(sx * x, sy * y, sz * z)))));
    });
  }

  // The top corners of the tables a thing starts on and leaves (books pushed off the edge, ending a
  // table's height lower): a wide shot of it shows where it fell from as well as where it landed.
  topsLeft(e: Entity): THREE.Vector3[] {
    const start = this.locate(e, 0, new THREE.Vector3()), end = this.locate(e, Math.max(0, this.frameCount - 1), new THREE.Vector3());
    return this.plan.entities.filter((t) => t.kind === 'table').flatMap((t) => {
      const [x = 0, y = x, z = x] = t.size;
      const [cx, cy, cz] = t.position, top = cy + y;
      const on = Math.abs(start.x - cx) <= x && Math.abs(start.z - cz) <= z && start.y >= top - 0.01;
      if (!on || end.y > top - FELL_M) return [];
      // The part of the top round where it went: the edge it went over and the top behind it.
      const near = new THREE.Box3().setFromPoints(this.path(e)).expandByScalar(FELL_FROM_M);
      return [-1, 1].flatMap((sx) => [-1, 1].map((sz) => near.clampPoint(new THREE.Vector3(cx + sx * x, top, cz + sz * z), new THREE.Vector3())));
    });
  }

  // Every point a wide shot must keep in frame at frame f (the action): people, balls, boxes, things
  // and hoops. A scene of only the place (rain, the surf): a few metres of it around the layout's centre.
  action(f: number): THREE.Vector3[] {
    const pts = this.plan.entities.filter((e) => e.kind !== 'ramp' && e.kind !== 'table' && e.kind !== 'stairs').flatMap((e) => this.bounds(e, f));
    if (pts.length === 0) pts.push(new THREE.Vector3(...this.layout.center).addScaledVector(new THREE.Vector3(...this.layout.side), 3), new THREE.Vector3(...this.layout.center).setY(2.5));
    return pts;
  }
}
