// A person: a body of smooth lofts (trunk, arms, legs, a skirt when worn), a head with a face and
// hair, hands and shoes, all dressed by the look chosen for who the prompt names (people/), and
// posed every frame from the shared personPose function, so the limbs drawn are the limbs the
// simulator placed the ball in.
import * as THREE from 'three';
import type { ActorTrack, Entity } from '../../../contract/world-trace-types';
import type { PersonPose, PersonPoseFn } from '../../body/skeleton';
import { appearanceFor, type PersonLook } from '../people/appearance';
import { BodyMesh } from '../people/body-mesh';
import { Extremities } from '../people/extremities';
import { Head } from '../people/head';

export interface PersonView {
  group: THREE.Group;
  look: PersonLook;
  update(t: number): void;
  // Latest pose (after update), for camera framing.
  pose(): PersonPose;
}

export function buildPerson(entity: Entity, track: ActorTrack, poseFn: PersonPoseFn, seed = 0): PersonView {
  const H = entity.size[0] ?? 1.8;
  const group = new THREE.Group();
  group.name = `person:${entity.id}`;
  const look = appearanceFor(entity, seed);
  const body = new BodyMesh(look, H);
  for (const mesh of body.meshes) group.add(mesh);
  const head = new Head(group, look, H);
  const ends = new Extremities(group, look, H);

  const v = (p: readonly number[]): THREE.Vector3 => new THREE.Vector3(p[0], p[1], p[2]);
  const right = new THREE.Vector3(), up = new THREE.Vector3(), fwd = new THREE.Vector3();
  const headUp = new THREE.Vector3(), headFwd = new THREE.Vector3();
  let last: PersonPose | null = null;

  const update = (t: number): void => {
    const pose = poseFn(track, H, t);
    last = pose;
    right.subVectors(v(pose.shoulderR), v(pose.shoulderL)).normalize();
    up.subVectors(v(pose.neck), v(pose.pelvis)).normalize();
    fwd.crossVectors(up, right).normalize();
    right.crossVectors(fwd, up).normalize();
    body.update(pose, { right, up, fwd });
    // The head's up follows neck -> head so nods and tilts show.
    headUp.subVectors(v(pose.head), v(pose.neck)).normalize();
    headFwd.copy(fwd).addScaledVector(headUp, -fwd.dot(headUp)).normalize();
    head.update(v(pose.head), headUp, headFwd, pose.mouthOpen ?? 0);
    ends.update(pose, fwd, track.facing);
  };
  update(0);
  return { group, look, update, pose: () => last ?? poseFn(track, H, 0) };
}
