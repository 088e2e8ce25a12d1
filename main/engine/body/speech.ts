// A person's own speech moving their face: the jaw opens with the loudness of what they are saying
// at that moment, and the head dips a little on the stressed syllables, a beat behind the voice.
// Applied over whatever else the body is doing (talking, walking, watching).
import type { ActorTrack } from '../../contract/world-trace-types';
import type { BodyState } from './rig';

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
