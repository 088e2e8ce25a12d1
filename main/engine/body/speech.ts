// A person's own speech moving their face: the jaw opens with the loudness of what they are saying
// at that moment, and the head dips a little on the stressed syllables, a beat behind the voice.
// Applied over whatever else the body is doing (talking, walking, watching).
import type { ActorTrack, Vec3 } from '../../contract/world-trace-types';
import type { BodyState } from './rig';
import { BODY, type PersonPose } from './skeleton';
import { add, dot, normalize, scale, sub } from './vector';

// How far the head pitches forward (radians) on a fully loud syllable.
const NOD_RAD = 0.07;
// The head follows the voice this much later (seconds).
const NOD_LAG_SEC = 0.09;

// Loudness (0..1) of the person's speech at time t: 0 when they are not speaking.
export function speechEnergyAt(track: Pick<ActorTrack, 'speech'>, t: number): number {
  for (const span of track.speech ?? []) {
    const x = (t - span.startSec) * span.hz;
    if (x < 0 || x > span.energy.length - 1) continue;
    const i = Math.floor(x);
    const a = span.energy[i] ?? 0;
    const b = span.energy[i + 1] ?? a;
    return a + (b - a) * (x - i);
  }
  return 0;
}

// Mean loudness over the `windowSec` before t: how animated the speaker is just now (gestures).
export function speechLevelAt(track: Pick<ActorTrack, 'speech'>, t: number, windowSec: number): number {
  const samples = 8;
  let sum = 0;
  for (let k = 0; k < samples; k++) sum += speechEnergyAt(track, t - (windowSec * k) / samples);
  return sum / samples;
}

export function withSpeech(state: BodyState, track: ActorTrack, t: number): BodyState {
  if (!track.speech || track.speech.length === 0) return state;
  const jaw = speechEnergyAt(track, t);
  const nod = NOD_RAD * speechLevelAt(track, t - NOD_LAG_SEC, 0.2);
  return { ...state, jaw, headTilt: state.headTilt + nod };
}

// Where a posed person's mouth is (the voice is heard from there): below and in front of the skull's
// centre along the head's own axes (up from the neck, forward towards the chin).
export function mouthOf(pose: Pick<PersonPose, 'neck' | 'head' | 'chin'>, heightM: number): Vec3 {
  const hr = BODY.headRadius * heightM;
  const up = normalize(sub(pose.head, pose.neck), [0, 1, 0]);
  const toChin = sub(pose.chin, pose.head);
  const fwd = normalize(sub(toChin, scale(up, dot(toChin, up))), [1, 0, 0]);
  return add(pose.head, add(scale(up, -BODY.mouthDown * hr), scale(fwd, BODY.mouthForward * hr)));
}
