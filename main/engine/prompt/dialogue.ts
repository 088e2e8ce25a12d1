// Quoted speech becomes dialogue lines: who says it (from "she says", "the coach shouts", or a
// name), to whom, in which voice, and when it is meant to start (after the action it reacts to;
// the spoken lines are placed in turn once their real lengths are known, speech/turns.ts).
import type { DialogueLine, Entity } from '../../contract/scene-plan';
import { SPEAK_PATTERN } from '../actions/speak/words';
import { VoiceCasting } from '../speech/voices';
import type { Quote } from './text';
import { PEOPLE, voiceKindOf } from './vocabulary';

const BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:the\\s+)?([A-Za-z]+)\\s+(?:then\\s+|suddenly\\s+|loudly\\s+|quietly\\s+)?(?:${SPEAK_PATTERN})(?:\\s+out)?(?:\\s+(?:to|at)\\s+(?:the\\s+|a\\s+|an\\s+|her\\s+|his\\s+)?[A-Za-z]+)?\\s*[:,]?\\s*$`, 'i');
const AFTER_VERB_FIRST = new RegExp(`^\\s*[,.!?]*\\s*(?:${SPEAK_PATTERN})\\s+(?:the\\s+)?([a-z]+)`, 'i');
const AFTER_NAME_FIRST = new RegExp(`^\\s*[,.!?]*\\s*(?:the\\s+)?([a-z]+)\\s+(?:${SPEAK_PATTERN})\\b`, 'i');

// Capitalised words that start a sentence rather than name someone.
const STOP_NAMES = new Set(['and', 'then', 'also', 'who', 'it', 'they', 'we', 'i', 'you', 'everyone', 'somebody', 'someone', 'the', 'a', 'he', 'she']);

const MAX_TEXT = 500;
const MAX_SPEAKER = 64;
// Roughly how long lines take to say before they are synthesized: about 2.6 words a second, and a
// pause between lines.
const SEC_PER_WORD = 0.38;
const PAUSE_SEC = 0.45;

export const estimatedLineSec = (text: string): number => Math.max(0.6, text.split(/\s+/).filter(Boolean).length * SEC_PER_WORD);

// How long the prompt's lines need, said one after another from `firstAtSec`.
export function dialogueNeedsSec(quotes: readonly Quote[], firstAtSec: number): number {
  return quotes.slice(0, 32).reduce((t, q) => t + estimatedLineSec(q.text) + PAUSE_SEC, firstAtSec);
}

function speakerWord(q: Quote): string | null {
  const before = BEFORE.exec(q.before);
  if (before?.[1]) return before[1];
  const after = AFTER_VERB_FIRST.exec(q.after) ?? AFTER_NAME_FIRST.exec(q.after);
  return after?.[1] ?? null;
}

interface Speaker {
  label: string;
  entity: Entity | undefined;
}

// Words that mean "whoever did not speak last" ("one says ..., the other says ...").
const OTHER = new Set(['other', 'second', 'another', 'friend']);

// The person a speaker word means: a pronoun picks by gender, a noun by label, "the other" whoever
// did not just speak, a name is kept as is.
function speakerOf(word: string | null, people: readonly Entity[], previous: Entity | undefined): Speaker {
  const first = people[0];
  const firstSpeaker: Speaker = { label: first?.label ?? 'narrator', entity: first };
  if (!word) return firstSpeaker;
  const w = word.toLowerCase();
  const other = OTHER.has(w) && previous ? people.find((p) => p !== previous) : undefined;
  if (other) return { label: other.label, entity: other };
  const spec = PEOPLE[w];
  if (spec) {
    const match = people.find((p) => p.label === spec.label) ?? people.find((p) => PEOPLE[p.label]?.gender === spec.gender);
    return match ? { label: match.label, entity: match } : { label: spec.label, entity: undefined };
  }
  // A proper name ("Maya says ...") is written with a capital; any other word ("and says",
  // "then says") is not a speaker, so the line goes to the scene's first person.
  if (/^[A-Z][a-z]+$/.test(word) && !STOP_NAMES.has(w)) return { label: word, entity: undefined };
  return firstSpeaker;
}

export function buildDialogue(quotes: readonly Quote[], people: readonly Entity[], firstAtSec: number, durationSec: number): DialogueLine[] {
  const lines: DialogueLine[] = [];
  const casting = new VoiceCasting();
  let at = firstAtSec;
  let previous: Entity | undefined;
  for (const q of quotes.slice(0, 32)) {
    const text = q.text.slice(0, MAX_TEXT);
    const speaker = speakerOf(speakerWord(q), people, previous);
    previous = speaker.entity;
    const listener = speaker.entity ? people.find((p) => p !== speaker.entity) : undefined;
    const voice = speaker.label === 'narrator' && !speaker.entity ? 'narrator' : casting.voiceFor(speaker.entity?.id ?? speaker.label, voiceKindOf(speaker.label));
    lines.push({
      speaker: speaker.label.slice(0, MAX_SPEAKER),
      text,
      atSec: Math.round(Math.max(0, Math.min(at, durationSec - 0.3)) * 1000) / 1000,
      ...(speaker.entity ? { actor: speaker.entity.id } : {}),
      ...(listener ? { to: listener.id } : {}),
      voice,
    });
    at += estimatedLineSec(text) + PAUSE_SEC;
  }
  return lines;
}
