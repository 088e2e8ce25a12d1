// A person's pose at time t under one rig (with their speech on their face), with the compiled rigs cached (the simulator asks for a
// pose at every physics step).
import type { ActorTrack } from '../../contract/world-trace-types';
import { buildPose } from './build-pose';
import type { Rig, RigBuilder } from './rig';
import { withSpeech } from './speech';
import type { PersonPose } from './skeleton';


// Compiled rigs, keyed by everything they depend on (not by object identity, so a caller that edits
// a track in place still gets a fresh rig). Bounded: a scene has a handful of people.
const rigs = new Map<string, Rig>();
const MAX_RIGS = 64;

function rigFor(build: RigBuilder, track: ActorTrack, H: number): Rig {
  const key = `${track.entityId}|${track.animation}|${track.startSec}|${track.releaseSec}|${track.facing}|${track.position.join(',')}|${H}|${track.beats?.join(',') ?? ''}`;
  let rig = rigs.get(key);
  if (!rig) {
    rig = build(track, H);
    if (rigs.size >= MAX_RIGS) {
      const oldest = rigs.keys().next().value;
      if (oldest !== undefined) rigs.delete(oldest);
    }
    rigs.set(key, rig);
  }
  return rig;
}


export function poseFromRig(build: RigBuilder, track: ActorTrack, heightM: number, t: number): PersonPose {
  return buildPose(track, heightM, withSpeech(rigFor(build, track, heightM)(t), track, t));
}
