// How each kind of plan entity enters the scene: one small strategy per kind in one table, so a new
// kind is a new row (house style), not another case in buildScene. Each adds its meshes to the scene
// and returns the updater that poses it at a frame, or nothing if it never moves.
import * as THREE from 'three';
import type { Entity, ScenePlan } from '../../../contract/scene-plan';
import type { WorldTrace } from '../../../contract/world-trace-types';
import type { PersonPoseFn } from '../../body/skeleton';
import type { CameoFootage } from '../../cameo/footage';
import type { TraceSampler } from '../trace-sampler';
import { addCameoPerson } from '../cameo/build-cameo';
import { wristAt } from '../hands/free-hand';
import { buildBall } from './ball';
import { buildCounter } from './counter';
import { buildHoop } from './hoop';
import type { SceneLayout } from './layout';
import { breakTimes, buildObject } from './objects';
import { buildPerson } from './person';
import { buildBox, buildRamp, buildStairs, buildTable, buildWall } from './props';

export type Updater = (frame: number, t: number) => void;

// What every strategy may read; built once per scene.
export interface EntityContext {
  scene: THREE.Scene;
  plan: ScenePlan;
  trace: WorldTrace;
  sampler: TraceSampler;
  layout: SceneLayout;
  poseFn: PersonPoseFn;
  cameos: ReadonlyMap<string, CameoFootage> | undefined;
  // The floor's height at a place (a cameo's card stands on it).
  ground: (x: number, z: number) => number;
  // When each broken thing broke: it is its pieces from then on.
  broke: ReadonlyMap<string, number>;
  // People whose own hand is at work (engine/hands/): their arm reaches its wrist.
  ownHands: ReadonlyMap<string, WorldTrace['bodies'][number]>;
  // Each drawn person's skin, filled in as people are built, for the free hands drawn after them.
  skins: Map<string, THREE.Color>;
}

type EntityView = (e: Entity, ctx: EntityContext) => Updater | undefined;

export function entityContext(
  scene: THREE.Scene, plan: ScenePlan, trace: WorldTrace, sampler: TraceSampler, layout: SceneLayout,
  poseFn: PersonPoseFn, cameos: ReadonlyMap<string, CameoFootage> | undefined, ground: (x: number, z: number) => number,
): EntityContext {
  const ownHands = new Map(trace.bodies.flatMap((b) => (b.shape.kind === 'hand' && b.shape.owner ? [[b.shape.owner, b] as const] : [])));
  return { scene, plan, trace, sampler, layout, poseFn, cameos, ground, broke: breakTimes(trace), ownHands, skins: new Map() };
}

// A rigid thing the trace moves (a ball, a box, an everyday object): posed from its track each frame.
function rigidBody(build: (e: Entity) => THREE.Object3D): EntityView {
  return (e, ctx) => {
    const obj = build(e);
    const brokeAt = ctx.broke.get(e.id) ?? Infinity;
    const tmpP = new THREE.Vector3();
    const tmpQ = new THREE.Quaternion();
    obj.position.set(...e.position);
    ctx.scene.add(castShadows(obj, false));
    return (frame, t) => {
      if (ctx.sampler.position(e.id, frame, tmpP)) obj.position.copy(tmpP);
      if (ctx.sampler.quaternion(e.id, frame, tmpQ)) obj.quaternion.copy(tmpQ);
      // A broken thing is its pieces from the break on.
      obj.visible = t < brokeAt;
    };
  };
}

// A fixed prop: drawn once, its shadow drawn into the shadow map once per clip.
function fixed(build: (e: Entity) => THREE.Object3D): EntityView {
  return (e, ctx) => {
    ctx.scene.add(castShadows(build(e), true));
    return undefined;
  };
}

const person: EntityView = (e, ctx) => {
  const track = ctx.sampler.actorTrack(e);
  const cameo = addCameoPerson(ctx.scene, ctx.plan, e, track, ctx.cameos, { poseFn: ctx.poseFn, groundAt: ctx.ground });
  // A cameo plays this person: their card (which casts its own shadow) stands in for the drawn body.
  if (cameo) return (_frame, t) => cameo(t);
  const hand = ctx.ownHands.get(e.id);
  const wrist = hand ? (frame: number) => wristAt(ctx.sampler, hand, frame) : undefined;
  const view = buildPerson(e, track, ctx.poseFn, ctx.trace.seed, wrist, { rain: ctx.plan.setting.elements?.includes('rain') ?? false });
  ctx.skins.set(e.id, view.look.skin);
  ctx.scene.add(castShadows(view.group, false));
  return (frame, t) => view.update(t, frame);
};

const hoop: EntityView = (e, ctx) => {
  const g = ctx.layout.hoops.find((h) => h.id === e.id)!.geometry;
  const view = buildHoop(g, e.id, ctx.trace.events);
  ctx.scene.add(castShadows(view.group, true));
  return (_frame, t) => view.update(t);
};

const ENTITY_VIEWS: Record<Entity['kind'], EntityView> = {
  ball: rigidBody(buildBall),
  box: rigidBody(buildBox),
  object: rigidBody(buildObject),
  person,
  hoop,
  ramp: fixed(buildRamp),
  table: fixed((e) => (e.label === 'counter' ? buildCounter(e) : buildTable(e))),
  stairs: fixed(buildStairs),
  wall: fixed(buildWall),
};

// Adds one entity to the scene by its kind's strategy; returns its updater if it moves.
export function addEntity(e: Entity, ctx: EntityContext): Updater | undefined {
  return ENTITY_VIEWS[e.kind](e, ctx);
}

// Every mesh under obj casts sun shadows; static ones are drawn into the shadow map once per clip.
// Meshes that animate themselves (a net) are marked `userData.dynamic` and never count as static.
export function castShadows<T extends THREE.Object3D>(obj: T, isStatic: boolean): T {
  obj.traverse((o) => {
    if (!(o instanceof THREE.Mesh)) return;
    o.castShadow = true;
    o.userData.static = isStatic && o.userData.dynamic !== true;
  });
  return obj;
}
