// A person: a body of smooth lofts (trunk, arms, legs, a skirt when worn), a head with a face and
// hair, hands and shoes, all dressed by the look chosen for who the prompt names (people/), and
// posed every frame from the shared personPose function, so the limbs drawn are the limbs the
// simulator placed the ball in.
import * as THREE from 'three';
import type { ActorTrack, Entity } from '../../../contract/world-trace-types';
import { spreadShoulders } from '../../body/body-kinds';
import { stoopPose } from '../../body/elderly';
import { reachRight } from '../../body/reach';
import { BODY, type PersonPose, type PersonPoseFn } from '../../body/skeleton';
import type { Vec3 } from '../../../contract/world-trace-types';
import { appearanceFor, hashId, type DressPlace, type PersonLook } from '../people/appearance';
import { eyesClosed } from '../people/blink';
import { BodyMesh } from '../people/body-mesh';
import { Extremities } from '../people/extremities';
import { HairLocks } from '../people/hair-locks';
import { HAIR_PIECES } from '../people/hair-pieces';
import { HairSwing } from '../people/hair-swing';
import { fallsLong } from '../people/long-hair';
import { Head } from '../people/head';

export interface PersonView {
  group: THREE.Group;
  look: PersonLook;
  update(t: number, frame?: number): void;
  // Latest pose (after update), for camera framing.
  pose(): PersonPose;
}

// reach: where this person's own hand at work (engine/hands/) has its wrist at a frame, when one of
// the trace's hands is theirs: their right arm reaches it, and that hand is drawn in place of theirs.
// place: where they are, as far as it dresses them (the rain: a raincoat by seed).
export function buildPerson(entity: Entity, track: ActorTrack, poseFn: PersonPoseFn, seed = 0, reach?: (frame: number) => Vec3 | null, place?: DressPlace): PersonView {
  const H = entity.size[0] ?? 1.8;
  const group = new THREE.Group();
  group.name = `person:${entity.id}`;
  const look = appearanceFor(entity, seed, place);
  const body = new BodyMesh(look, H);
  for (const mesh of body.meshes) group.add(mesh);
  const head = new Head(group, look, H);
  const ends = new Extremities(group, look, H);
  if (reach) ends.hideHand('R');
  const locks = fallsLong(look.hair.style) && look.headwear === 'none' ? new HairLocks(group, look, H) : null;
  const hangs = (fallsLong(look.hair.style) || HAIR_PIECES[look.hair.style]?.swings === true) && look.headwear !== 'helmet' && look.headwear !== 'space-helmet';
  const swing = hangs ? new HairSwing(poseFn, track, H) : null;

  const v = (p: readonly number[]): THREE.Vector3 => new THREE.Vector3(p[0], p[1], p[2]);
  const right = new THREE.Vector3(), up = new THREE.Vector3(), fwd = new THREE.Vector3();
  const headUp = new THREE.Vector3(), headFwd = new THREE.Vector3();
  let last: PersonPose | null = null;
  // Where this person's blinks fall, from who they are.
  const blinkPhase = (hashId(entity.id) % 1000) / 1000;

  const update = (t: number, frame?: number): void => {
    const pose = poseFn(track, H, t);
    const wrist = reach && frame !== undefined ? reach(frame) : null;
    // An old person's rounded back is drawn, not simulated: it moves the upper body a few
    // centimetres, and the hands hang on with the shoulders (before the reach, so a hand at work
    // still meets its wrist).
    stoopPose(pose, look.build.stoop);
    spreadShoulders(pose, look.face, H);
    if (wrist) reachRight(pose, [wrist[0], wrist[1], wrist[2]], H);
    last = pose;
    right.subVectors(v(pose.shoulderR), v(pose.shoulderL)).normalize();
    up.subVectors(v(pose.neck), v(pose.pelvis)).normalize();
    fwd.crossVectors(up, right).normalize();
    right.crossVectors(fwd, up).normalize();
    body.update(pose, { right, up, fwd });
    // The head's up follows neck -> head so nods and tilts show.
    headUp.subVectors(v(pose.head), v(pose.neck)).normalize();
    headFwd.copy(fwd).addScaledVector(headUp, -fwd.dot(headUp)).normalize();
    if (swing) swing.at(t, fwd, head.swing);
    head.update(v(pose.head), headUp, headFwd, jawOpening(pose, H), eyesClosed(t, blinkPhase));
    locks?.update(pose, v(pose.head), headUp, headFwd, { right, up, fwd });
    ends.update(pose, fwd, track.facing);
  };
  update(0);
  return { group, look, update, pose: () => last ?? poseFn(track, H, 0) };
}

// How far the jaw is open (0 closed .. 1 wide) from where the pose put the chin: speech drops it
// below its resting place by up to BODY.jawDrop head radii (body/build-pose.ts).
function jawOpening(pose: PersonPose, H: number): number {
  const hr = BODY.headRadius * H;
  const dx = pose.head[0] - pose.chin[0], dy = pose.head[1] - pose.chin[1], dz = pose.head[2] - pose.chin[2];
  // The chin sits chinDown below and chinForward in front of the skull's centre; its distance grows as it drops.
  const rest = Math.hypot(BODY.chinDown, BODY.chinForward);
  const now = Math.hypot(dx, dy, dz) / hr;
  const open = Math.hypot(BODY.chinDown + BODY.jawDrop, BODY.chinForward);
  return Math.max(0, Math.min(1, (now - rest) / (open - rest)));
}
