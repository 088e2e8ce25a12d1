// Spoken lines in the trace: each line's loudness goes on its speaker's track (whatever the track
// animates, the jaw and head follow it), and a speech event says when and where it is heard (the
// speaker's mouth; a voice off-screen is heard from the middle of the scene).
import { ApiError } from '../../contract/api';
import type { ActorTrack, ScenePlan, TraceEvent, Vec3 } from '../../contract/world-trace-types';
import { personPose } from '../actions/person-pose';
import { heightOf } from '../body/skeleton';
import { mouthOf } from '../body/speech';
import type { SpeechTiming } from '../speech/speech-timing';

export type SpeechEvent = Extract<TraceEvent, { kind: 'speech' }>;

// Where a voice off-screen sits: in the middle, at head height.
const OFF_SCREEN: Vec3 = [0, 1.6, 0];

export function applySpeech(plan: ScenePlan, tracks: ReadonlyMap<string, ActorTrack>, speech: readonly SpeechTiming[] | undefined): SpeechEvent[] {
  if (plan.dialogue.length > 0 && speech === undefined) {
    throw new ApiError('internal', 'The scene has spoken lines, but they were not synthesized before simulating (speakLines).');
  }
  const events: SpeechEvent[] = [];
  for (const s of speech ?? []) {
    if (!plan.dialogue[s.line]) throw new ApiError('invalid_input', `The spoken line ${s.line + 1} is not in the scene's dialogue.`);
    const track = s.actor ? tracks.get(s.actor) : undefined;
    if (track) track.speech = [...(track.speech ?? []), { startSec: s.startSec, hz: s.hz, energy: s.energy }];
    events.push({ kind: 'speech', t: s.startSec, actor: track ? track.entityId : '', line: s.line, durationSec: s.durationSec, position: OFF_SCREEN });
  }
  // Heard from the speaker's mouth mid-line (posed once every line is on the track).
  for (const e of events) {
    const track = tracks.get(e.actor);
    const person = plan.entities.find((p) => p.id === e.actor);
    if (track && person) e.position = mouthOf(personPose(track, heightOf(person), e.t + e.durationSec / 2), heightOf(person));
  }
  return events;
}
