// Quoted speech becomes dialogue lines: who says it (from "she says", "the coach shouts", or a
// name), and when, so the audio can voice it after the action it reacts to.
import type { DialogueLine, Entity } from '../../contract/scene-plan';
import type { Quote } from './text';
import { PEOPLE } from './vocabulary';

const SPEECH_VERBS = 'says|said|shouts|shouted|yells|yelled|asks|asked|whispers|whispered|screams|screamed|cheers|cheered|exclaims|exclaimed|calls out|calls|called|mutters|muttered|replies|replied|sings|laughs|goes|adds|cries';
const BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:the\\s+)?([A-Za-z]+)\\s+(?:then\\s+|suddenly\\s+|loudly\\s+|quietly\\s+)?(?:${SPEECH_VERBS})(?:\\s+out)?\\s*[:,]?\\s*$`, 'i');
const AFTER_VERB_FIRST = new RegExp(`^\\s*[,.!?]*\\s*(?:${SPEECH_VERBS})\\s+(?:the\\s+)?([a-z]+)`, 'i');
const AFTER_NAME_FIRST = new RegExp(`^\\s*[,.!?]*\\s*(?:the\\s+)?([a-z]+)\\s+(?:${SPEECH_VERBS})\\b`, 'i');

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

// The person a speaker word means: a pronoun picks by gender, a noun by label, a name is kept as is.
function speakerName(word: string | null, people: readonly Entity[]): string {
  const first = people[0];
  if (!word) return first?.label ?? 'narrator';
  const w = word.toLowerCase();
  const spec = PEOPLE[w];
  if (spec) {
    const match = people.find((p) => p.label === spec.label) ?? people.find((p) => PEOPLE[p.label]?.gender === spec.gender);
    if (match) return match.label;
    return spec.label;
  }
  // A proper name ("Maya says ...") is written with a capital; any other word ("and says",
  // "then says") is not a speaker, so the line goes to the scene's first person.
  if (/^[A-Z][a-z]+$/.test(word) && !STOP_NAMES.has(w)) return word;
  return first?.label ?? 'narrator';
}

export function buildDialogue(quotes: readonly Quote[], people: readonly Entity[], firstAtSec: number, durationSec: number): DialogueLine[] {
  const lines: DialogueLine[] = [];
  let at = firstAtSec;
  for (const q of quotes.slice(0, 32)) {
    const text = q.text.slice(0, MAX_TEXT);
    lines.push({
      speaker: speakerName(speakerWord(q), people).slice(0, MAX_SPEAKER),
      text,
      atSec: Math.round(Math.max(0, Math.min(at, durationSec - 0.3)) * 1000) / 1000,
    });
    // Roughly the time it takes to say the line (about three words a second), plus a beat.
    at += Math.max(1, text.split(/\s+/).length * 0.33 + 0.4);
  }
  return lines;
}
