// What the prompt says the things in the liquid do (float, sink) against what the simulation will
// make them do: their density against the liquid's, the same comparison its lift makes. "The egg
// floats in a glass of water" makes an egg that sinks (an egg is denser than water), so the
// understanding must not promise "floats".
import type { Entity } from '../../../contract/scene-plan';
import type { CastScene } from '../../cast/cast-scene';
import { liquidFacts } from '../../liquids/catalog';
import { floatsIn } from '../../liquids/floaters';
import { DETERMINERS } from '../../prompt/modifier-words';
import { tagWords } from '../../prompt/pos';
import { phraseIndices } from '../../prompt/text';
import type { ActionOf, Contradiction } from '../types';
import { FLOAT, SINK } from './words';

interface Said {
  at: number;
  end: number;
  floats: boolean;
}

// Each float or sink phrase once, the longest where they overlap ("goes to the bottom", not also
// "to the bottom").
function saidFates(words: readonly string[]): Said[] {
  const all = [...FLOAT.map((p) => [p, true] as const), ...SINK.map((p) => [p, false] as const)]
    .flatMap(([p, floats]) => phraseIndices(words, [p]).map((at) => ({ at, end: at + p.split(' ').length, floats })))
    .sort((a, b) => a.at - b.at || b.end - a.end);
  const out: Said[] = [];
  for (const s of all) if (!out.some((o) => s.at >= o.at && s.at < o.end)) out.push(s);
  return out;
}

// The things a float or sink phrase speaks of: those named since the previous such phrase, else
// the last named before it, else all of them ("a cork floats and a stone sinks").
function subjectsOf(scene: CastScene, things: readonly Entity[], said: Said, since: number): Entity[] {
  const mentionsOf = (e: Entity): number[] => [...scene.idsByDraft].flatMap(([d, ids]) => (ids.includes(e.id) ? d.mentions : []));
  const named = things.filter((e) => mentionsOf(e).some((m) => m >= since && m < said.at));
  if (named.length > 0) return named;
  const before = things.map((e) => ({ e, last: Math.max(-1, ...mentionsOf(e).filter((m) => m < said.at)) })).filter((x) => x.last >= 0);
  if (before.length > 0) return [before.sort((a, b) => b.last - a.last)[0]!.e];
  return [...things];
}

// A word right before the liquid's name that qualifies it ("salt water", "soapy water"): Kinora's
// liquid is the plain one, so the reason says the qualified one is not known.
function qualifier(words: readonly string[], liquid: ActionOf<'immerse'>): string | null {
  const found = phraseIndices(words, liquidFacts(liquid.into.liquid).words)[0];
  if (found === undefined || found === 0) return null;
  const w = words[found - 1] ?? '';
  const tag = tagWords(words)[found - 1];
  return (tag === 'noun' || tag === 'adjective') && !DETERMINERS.has(w) ? `${w} ${words[found]}` : null;
}

const a = (label: string): string => `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;

// The float and sink words the result contradicts, each with why.
export function contradictedFates(action: ActionOf<'immerse'>, scene: CastScene): Contradiction[] {
  const words = scene.words.words;
  const things = action.objects.flatMap((id) => scene.entities.find((e) => e.id === id) ?? []);
  const { densityKgM3 } = liquidFacts(action.into.liquid);
  const liquid = action.into.liquid;
  const unknown = qualifier(words, action);
  const out: Contradiction[] = [];
  let since = 0;
  for (const said of saidFates(words)) {
    const wrong = subjectsOf(scene, things, said, since).find((e) => floatsIn(e, densityKgM3) !== said.floats);
    since = said.end;
    if (!wrong) continue;
    const does = floatsIn(wrong, densityKgM3) ? 'floats' : 'sinks';
    const note = unknown ? `; Kinora knows plain ${liquid}, not ${unknown}` : '';
    out.push({ at: said.at, reason: `${a(wrong.label)} ${does} in ${liquid}${note}` });
  }
  return out;
}
