// Quoted speech becomes dialogue lines: who says it (from "she says", "the coach shouts", or a
// name), to whom, in which voice, and when it is meant to start (before or after the action, as
// the prompt's word order says: line-timing.ts; the spoken lines are placed in turn once their
// real lengths are known, speech/turns.ts).
import type { DialogueLine, Entity } from '../../contract/scene-plan';
import { SPEAK_PATTERN } from '../actions/speak/words';
import { TURN_GAP_SEC } from '../speech/turns';
import { VoiceCasting } from '../speech/voices';
import { estimatedLineSec, PAUSE_SEC } from './line-length';
import { LEAD_IN_SEC, type LineTimes } from './line-timing';
import type { Quote } from './text';
import { PEOPLE, voiceKindOf } from './vocabulary';

const BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:the\\s+)?([A-Za-z]+)\\s+(?:then\\s+|suddenly\\s+|loudly\\s+|quietly\\s+)?(?:${SPEAK_PATTERN})(?:\\s+out)?(?:\\s+(?:to|at)\\s+(?:the\\s+|a\\s+|an\\s+|her\\s+|his\\s+)?[A-Za-z]+)?\\s*[:,]?\\s*$`, 'i');
const AFTER_VERB_FIRST = new RegExp(`^\\s*[,.!?]*\\s*(?:${SPEAK_PATTERN})\\s+(?:the\\s+)?([a-z]+)`, 'i');
const AFTER_NAME_FIRST = new RegExp(`^\\s*[,.!?]*\\s*(?:the\\s+)?([a-z]+)\\s+(?:${SPEAK_PATTERN})\\b`, 'i');

// Capitalised words that start a sentence rather than name someone.
const STOP_NAMES = new Set(['and', 'then', 'also', 'who', 'it', 'they', 'we', 'i', 'you', 'everyone', 'somebody', 'someone', 'the', 'a', 'he', 'she']);

const MAX_TEXT = 500;
const MAX_SPEAKER = 64;

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

// The person noun a cast person's label comes from ("basketball player" from "baller").
const specOf = (p: Entity): (typeof PEOPLE)[string] | undefined => Object.values(PEOPLE).find((s) => s.label === p.label);

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
    const match = people.find((p) => p.label === spec.label) ?? people.find((p) => p.label.split(' ').includes(w)) ?? people.find((p) => specOf(p)?.gender === spec.gender);
    return match ? { label: match.label, entity: match } : { label: spec.label, entity: undefined };
  }
  // A proper name ("Maya says ...") is written with a capital; any other word ("and says",
  // "then says") is not a speaker, so the line goes to the scene's first person.
  if (/^[A-Z][a-z]+$/.test(word) && !STOP_NAMES.has(w)) return { label: word, entity: undefined };
  return firstSpeaker;
}

// When line i is meant to start, the previous one having been meant for `prevAtSec`: lines said
// before the action from the start of the clip, the others at their earliest (after the action
// for those said after it), never before the line before them has been said. A line said after an
// action that outlasts the clip (a long walk) is said before the end, while it goes on, rather
// than cut off or left out.
function lineAtSec(i: number, times: LineTimes, prevAtSec: number | null, prevText: string, text: string, durationSec: number): number {
  const next = prevAtSec === null ? 0 : prevAtSec + estimatedLineSec(prevText) + PAUSE_SEC;
  if (i < times.leading) return Math.max(LEAD_IN_SEC, next);
  const after = Math.min(times.afterActionSec, durationSec - estimatedLineSec(text) - 0.3);
  return Math.max(next, times.orders[i] === 'after-action' ? Math.max(times.firstAtSec, after) : times.firstAtSec);
}

export function buildDialogue(quotes: readonly Quote[], people: readonly Entity[], times: LineTimes, durationSec: number): DialogueLine[] {
  const lines: DialogueLine[] = [];
  const casting = new VoiceCasting();
  // A time in the clip, leaving a moment of it to be heard in (milliseconds).
  const clip = (t: number): number => Math.round(Math.max(0, Math.min(t, durationSec - 0.3)) * 1000) / 1000;
  let at: number | null = null;
  let previous: Entity | undefined;
  quotes.slice(0, 32).forEach((q, i) => {
    const text = q.text.slice(0, MAX_TEXT);
    const speaker = speakerOf(speakerWord(q), people, previous);
    previous = speaker.entity;
    const listener = speaker.entity ? people.find((p) => p !== speaker.entity) : undefined;
    const voice = speaker.label === 'narrator' && !speaker.entity ? 'narrator' : casting.voiceFor(speaker.entity?.id ?? speaker.label, voiceKindOf(speaker.label));
    at = lineAtSec(i, times, at, lines[i - 1]?.text ?? '', text, durationSec);
    lines.push({
      speaker: speaker.label.slice(0, MAX_SPEAKER),
      text,
      atSec: clip(at),
      // Lines said before the action are said just before it starts.
      ...(i < times.leading ? { endBySec: clip(times.actionStartSec - TURN_GAP_SEC) } : {}),
      ...(speaker.entity ? { actor: speaker.entity.id } : {}),
      ...(listener ? { to: listener.id } : {}),
      voice,
    });
  });
  return lines;
}
