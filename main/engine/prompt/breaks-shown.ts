// "An egg rolls off the table and cracks": whatever sets a breakable thing moving, it breaks on a
// hard enough impact (every breakable entity carries a fracture hook: simulate/schedule.ts), so a
// breaking word is shown when the cast action carries a breakable thing off what it stands on, as
// a fall's "shatters" is. Physics still decides, and the take's summary says whether it broke.
import { BREAK } from '../actions/fall/words';
import { objectModule } from '../objects';
import type { CastPrompt } from './cast-prompt';
import { phraseIndices } from './text';

// The ids an action names, however deep ("objects": [...], "into": { "in": ... }).
const idsIn = (v: unknown): string[] => (typeof v === 'string' ? [v] : typeof v === 'object' && v !== null ? Object.values(v).flatMap(idsIn) : []);

// Word indices of the breaking words ("cracks", "breaks") the scene shows, each with its length.
export function breakingShown(cast: CastPrompt, words: readonly string[]): { at: number; length: number }[] {
  if (!words.includes('off')) return [];
  const acted = new Set(cast.scene.actions.flatMap(idsIn));
  const breakable = cast.scene.entities.some((e) => acted.has(e.id) && e.kind === 'object' && objectModule(e.form).breaks !== undefined);
  if (!breakable) return [];
  return BREAK.flatMap((phrase) => phraseIndices(words, [phrase]).map((at) => ({ at, length: phrase.split(' ').length })));
}
