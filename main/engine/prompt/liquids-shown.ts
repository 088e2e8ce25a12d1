// A liquid the prompt names that the scene does not hold is not shown, and the panel says so ("pours
// milk into his tea": the milk is poured into an empty glass, so "tea" is listed as not shown; an
// action's detail words would otherwise read every liquid's name as shown).
import type { LiquidKind } from '../../contract/scene-plan';
import type { CastPrompt } from './cast-prompt';
import { broughtTogether, liquidsNamed } from './clause-liquid';

// Every liquid the scene's actions and its still liquid hold (any field called `liquid`, at any depth).
function liquidsIn(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) liquidsIn(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'liquid' && typeof v === 'string') out.add(v);
      else liquidsIn(v, out);
    }
  }
  return out;
}

export function sceneLiquids(cast: CastPrompt): Set<LiquidKind> {
  return liquidsIn([cast.scene.actions, cast.scene.stillLiquid], new Set()) as Set<LiquidKind>;
}

// The liquids' names the scene does not bear out, by the index of the name's last word, with why.
export function unshownLiquids(cast: CastPrompt, words: readonly string[]): Map<number, string> {
  const shown = [...sceneLiquids(cast)];
  const why = shown.length > 0 ? `the scene holds only the ${shown.join(' and ')}: a second liquid is not shown` : 'no liquid is in the scene';
  // A second liquid the pour's words bring ("pours milk and coffee"): one jug pours one liquid here.
  const pour = cast.scene.actions.find((a) => a.kind === 'pour');
  const brought = pour ? broughtTogether(words, cast.scene.words.verbAt('pour')) : [];
  const pouredToo = (kind: LiquidKind): string => `one jug pours one liquid here, the ${pour && 'from' in pour ? pour.from.liquid : shown[0]}: a second pour, of the ${kind}, is not shown`;
  const out = new Map<number, string>();
  for (const l of liquidsNamed(words)) if (!shown.includes(l.kind)) out.set(l.at + l.length - 1, brought.includes(l.kind) ? pouredToo(l.kind) : why);
  return out;
}
