// What the cast action leaves out of what the prompt asks, for the understanding to list: a thing
// joined by "and" to the verb's subject that no action moves, and a repetition ("twice") the action
// does not do.
import type { CastPrompt } from './cast-prompt';
import type { CastScene } from '../cast/cast-scene';
import { MAX_REPEATS, readRepetition, timesSaid, type Repetition } from './repetition';

// The prompt's "twice", "three times" or "again", with why it is not shown (reason null: it is).
// An action that can repeat does it as often as asked, up to what its clip holds; any other is
// shown once (a drop says what physics makes of it).
export function unrepeated(cast: CastPrompt, words: readonly string[]): (Repetition & { reason: string | null }) | null {
  const asked = readRepetition(words);
  if (!asked) return null;
  const { action } = cast;
  const acted = action ? cast.scene.actions.find((a) => a.kind === action.kind) : undefined;
  const times = action && acted ? (action.times as ((a: typeof acted, s: CastScene) => { done: number; short?: string }) | undefined)?.(acted, cast.scene) : undefined;
  if (!times) return { ...asked, reason: action?.words.once ?? (action ? 'shown once' : 'nothing is shown happening') };
  const want = Math.min(asked.count ?? MAX_REPEATS, MAX_REPEATS);
  const capped = asked.count !== null && asked.count > MAX_REPEATS ? `at most ${MAX_REPEATS} times` : null;
  if (times.done >= want && !capped) return { ...asked, reason: null };
  const done = `shown ${timesSaid(times.done)}`;
  const why = times.done < want ? times.short : capped;
  return { ...asked, reason: why ? `${done}: ${why}` : done };
}

// Every string an action holds, however deep ("objects": [...], "into": { "in": ... }): the ids.
const idsIn = (v: unknown): string[] => (typeof v === 'string' ? [v] : typeof v === 'object' && v !== null ? Object.values(v).flatMap(idsIn) : []);

// Things joined by "and" to the subject of the cast action's verb that no action moves ("a book and
// an orange roll": the book does not roll), at their mention before the verb, with why.
export function leftOutSubjects(cast: CastPrompt): Map<number, string> {
  const out = new Map<number, string>();
  const { action, scene } = cast;
  if (!action) return out;
  const verbAt = scene.words.verbAt(action.kind);
  const subjects = scene.words.subjectsOf(action.kind);
  if (subjects.length < 2) return out;
  const acted = new Set(scene.actions.flatMap(idsIn));
  const does = (d: (typeof subjects)[number]): boolean => (scene.idsByDraft.get(d) ?? []).some((id) => acted.has(id));
  // "only the orange rolls", "only the woman waves": who does it, when one does.
  const doers = subjects.filter(does);
  const label = doers.length === 1 && doers[0]!.count === 1 ? scene.entities.find((e) => e.id === scene.idsByDraft.get(doers[0]!)?.[0])?.label : undefined;
  const reason = label ? `only the ${label} ${action.words.describe}` : `not ${action.words.done}`;
  for (const d of subjects) {
    if ((scene.idsByDraft.get(d) ?? []).length === 0 || does(d)) continue;
    out.set(Math.max(...d.mentions.filter((m) => m < verbAt)), reason);
  }
  return out;
}
