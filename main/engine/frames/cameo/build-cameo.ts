// A person played by a cameo, for the scene builder: the card (which casts its own shadow), moved
// every frame to where the person's track puts them (a walk carries the card along), showing the
// footage frame the clip's clock says.
import * as THREE from 'three';
import type { ActorTrack, Entity, ScenePlan } from '../../../contract/world-trace-types';
import type { CameoFootage } from '../../cameo/footage';
import { BODY, heightOf, type PersonPoseFn } from '../../body/skeleton';
import { CameoCardMesh } from './cameo-card';
import type { CardState } from './card-rect';
import { TextureCache } from './texture-cache';

export interface CameoPersonView {
  objects: THREE.Object3D[];
  update(t: number): void;
}

export interface CameoSceneContext {
  poseFn: PersonPoseFn;
  // The ground's height under a point (a table top, a stair's tread, else 0).
  groundAt(x: number, z: number): number;
}

// `dropM`: how far below a standing person's the card stands (seated, as the plan says).
export function buildCameoPerson(entity: Entity, track: ActorTrack, footage: CameoFootage, ctx: CameoSceneContext, dropM = 0): CameoPersonView {
  const heightM = heightOf(entity);
  // Until they move, the way they face (facing is a yaw: forward = (cos f, 0, -sin f)).
  const state: CardState = { feet: new THREE.Vector3(...entity.position), frame: 0, heading: new THREE.Vector3(Math.cos(track.facing), 0, -Math.sin(track.facing)) };
  const before = new THREE.Vector3();
  const textures = new TextureCache(footage);
  const card = new CameoCardMesh(footage, heightM, state, textures);
  return {
    objects: [card],
    update(t) {
      // The card stands where the body would: between the feet, under the pelvis, lifted in a jump.
      const p = ctx.poseFn(track, heightM, t);
      const footY = Math.min(p.footL[1], p.footR[1]) - BODY.ankleHeight * heightM;
      state.feet.set((p.footL[0] + p.footR[0] + 2 * p.pelvis[0]) / 4, Math.max(footY, ctx.groundAt(p.pelvis[0], p.pelvis[2])) - dropM, (p.footL[2] + p.footR[2] + 2 * p.pelvis[2]) / 4);
      state.frame = footage.clock.frameAt(t);
      headingAt(track, heightM, t, ctx.poseFn, before, state);
      card.place();
    },
  };
}

// How far back (seconds) to look for where the person was, and how far they must have gone (metres)
// for it to count as moving: a slow walk covers about 5 cm in that time; breathing sways far less.
const HEADING_LOOKBACK_SEC = 0.1;
const HEADING_MIN_M = 0.03;

// The way the person moves now (their pelvis over the last instant); kept while they stand still,
// so a walker who stops keeps facing the way they came, and one who turns round turns the card.
function headingAt(track: ActorTrack, heightM: number, t: number, poseFn: PersonPoseFn, scratch: THREE.Vector3, state: CardState): void {
  const now = poseFn(track, heightM, t).pelvis;
  const then = poseFn(track, heightM, Math.max(0, t - HEADING_LOOKBACK_SEC)).pelvis;
  scratch.set(now[0] - then[0], 0, now[2] - then[2]);
  if (scratch.length() < HEADING_MIN_M) return;
  state.heading = (state.heading ?? new THREE.Vector3()).copy(scratch.normalize());
}

// Adds the cameo playing this person, if one does, and returns what moves it each frame. A plan that
// names a cameo is drawn with its footage, never silently as someone else: missing footage is an error.
export function addCameoPerson(scene: THREE.Scene, plan: ScenePlan, person: Entity, track: ActorTrack, cameos: ReadonlyMap<string, CameoFootage> | undefined, ctx: CameoSceneContext): ((t: number) => void) | null {
  const use = plan.cameos?.find((c) => c.entityId === person.id);
  if (!use) return null;
  const footage = cameos?.get(use.id);
  if (!footage) throw new Error(`The footage of the cameo "${use.name}" was not loaded, so ${person.id} cannot be drawn.`);
  const view = buildCameoPerson(person, track, footage, ctx, use.seatDropM);
  scene.add(...view.objects);
  return view.update;
}
