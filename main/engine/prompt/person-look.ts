// How the prompt describes a person's looks: "a bald man", "a bearded man", "a red haired girl",
// "a woman with long blonde hair", "a man with a beard and a ponytail", "a girl in a red dress". Read
// around the person's noun into the look the renderer honours (contract/scene-plan.ts's
// personLookSchema), with the word indices read, so the understanding counts them as read.
import type { HairShade, HairStyle, PersonLookWords } from '../../contract/scene-plan';
import { outfitNamed } from '../body/outfit-words';
import { HEADWEAR_WORDS } from '../body/role-kit';

// What people wear on top, for the shirt colour ("in a red shirt"); a dress is its colour top and skirt.
const CLOTHES = new Set(['shirt', 'jersey', 'top', 'hoodie', 'dress', 'jacket', 'uniform', 'sweater', 't', 'tshirt', 'coat', 'tracksuit']);

const STYLE_WORDS: Record<string, HairStyle> = { long: 'long', short: 'short', curly: 'curly', wavy: 'curly', frizzy: 'curly', braided: 'braids', plaited: 'braids' };
// Hair worn up or tied, named as a thing ("with a bun", "with pigtails"): two braids hang at the sides.
const PIECE_NOUNS: Record<string, HairStyle> = { ponytail: 'ponytail', bun: 'bun', chignon: 'bun', topknot: 'bun', braid: 'braid', plait: 'braid', braids: 'braids', plaits: 'braids', pigtails: 'braids' };
// Cuts named in a few words: "with short back and sides", "with an undercut".
const CUT_PHRASES: [readonly string[], HairStyle][] = [[['short', 'back', 'and', 'sides'], 'short-sides'], [['undercut'], 'short-sides'], [['buzz', 'cut'], 'buzz'], [['crew', 'cut'], 'buzz'], [['shaved', 'head'], 'bald'], [['bald', 'head'], 'bald']];
const SHADE_WORDS: Record<string, HairShade> = {
  black: 'black', dark: 'black', brown: 'brown', brunette: 'brown', chestnut: 'chestnut', auburn: 'chestnut',
  blonde: 'blonde', blond: 'blonde', fair: 'blonde', golden: 'blonde', red: 'red', ginger: 'red',
  grey: 'grey', gray: 'grey', silver: 'grey', white: 'white',
};
// Words in front of the noun that are a look on their own ("a bald man", "a blonde woman").
const BEFORE: Record<string, PersonLookWords> = {
  bald: { hair: 'bald' }, bearded: { beard: true }, blonde: { hairShade: 'blonde' }, blond: { hairShade: 'blonde' },
  brunette: { hairShade: 'brown' }, redheaded: { hairShade: 'red' }, ginger: { hairShade: 'red' },
};
const BEARD_NOUNS = new Set(['beard', 'moustache', 'mustache', 'goatee', 'stubble']);
// Hair cut straight across the forehead: "bangs" in America, "a fringe" in Britain.
const FRINGE_NOUNS = new Set(['bangs', 'fringe']);
const BOTTOM_NOUNS: Record<string, NonNullable<PersonLookWords['bottom']>> = { dress: 'dress', skirt: 'skirt', shorts: 'shorts', trousers: 'trousers', jeans: 'trousers', pants: 'trousers' };
const ARTICLES = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'two']);

export interface LookReading {
  look: PersonLookWords;
  // The colour of what they wear on top, when the prompt gives it ("in a red shirt").
  top?: number;
  // The word indices read as the look.
  read: number[];
  // A hat named as worn ("in a hat", "wearing a chef's hat"): its word indices and its noun, shown
  // only on a person drawn in one (body/role-kit.ts wearsHeadwear).
  headwear?: { read: number[]; noun: string };
}

// Curly is what a viewer sees first: "short curly hair" is curly; "long curly hair" (or "curly long
// hair") is long curly hair.
function addStyle(look: PersonLookWords, style: HairStyle): void {
  const pair = new Set([look.hair, style]);
  if (pair.has('curly') && pair.has('long')) look.hair = 'long-curly';
  else if (look.hair !== 'curly' && look.hair !== 'long-curly') look.hair = style;
}

// "<long|grey|red> haired" at j-1, j: the describing word and "haired".
function hairedAt(words: readonly string[], j: number): PersonLookWords | null {
  if (words[j] !== 'haired') return null;
  const w = words[j - 1] ?? '';
  if (STYLE_WORDS[w]) return { hair: STYLE_WORDS[w] };
  if (SHADE_WORDS[w]) return { hairShade: SHADE_WORDS[w] };
  return null;
}

// Is word j part of a look in front of a person's noun (so the other modifiers read past it, and
// "red" in "a red haired girl" is her hair, not her shirt)?
export function lookWordAt(words: readonly string[], j: number): boolean {
  return BEFORE[words[j] ?? ''] !== undefined || hairedAt(words, j) !== null || hairedAt(words, j + 1) !== null;
}

// The looks in the few words before the noun at `index`, reading past other modifiers (`skip`).
function readBefore(words: readonly string[], index: number, skip: (w: string) => boolean, into: LookReading): void {
  for (let j = index - 1; j >= 0 && index - j <= 6; j--) {
    const haired = hairedAt(words, j);
    if (haired) {
      Object.assign(into.look, haired);
      into.read.push(j - 1, j);
      j--;
    } else if (BEFORE[words[j] ?? '']) {
      Object.assign(into.look, BEFORE[words[j] ?? '']);
      into.read.push(j);
    } else if (!skip(words[j] ?? '')) return;
  }
}

// "with [a] <describing words> hair [in a bun] | beard | fringe | bangs | ponytail | bun | braids | buzz cut |
// short back and sides | shaved head", from j (the word after "with" or "and"); the index after it, or -1.
function readWith(words: readonly string[], j: number, into: LookReading): number {
  let k = ARTICLES.has(words[j] ?? '') ? j + 1 : j;
  const cut = CUT_PHRASES.find(([ws]) => ws.every((w, i) => words[k + i] === w));
  if (cut) {
    into.look.hair = cut[1];
    for (let i = j; i < k + cut[0].length; i++) into.read.push(i);
    return k + cut[0].length;
  }
  const look: PersonLookWords = {};
  for (; k < j + 5; k++) {
    const w = words[k] ?? '';
    if (STYLE_WORDS[w]) addStyle(look, STYLE_WORDS[w]);
    else if (SHADE_WORDS[w]) look.hairShade = SHADE_WORDS[w];
    else break;
  }
  // "with a short buzz cut", "with a black crew cut": the cut after its describing words (its shade kept).
  const cutAfter = CUT_PHRASES.find(([ws]) => ws.every((w, i) => words[k + i] === w));
  if (cutAfter) {
    into.look.hair = cutAfter[1];
    if (look.hairShade) into.look.hairShade = look.hairShade;
    for (let i = j; i < k + cutAfter[0].length; i++) into.read.push(i);
    return k + cutAfter[0].length;
  }
  const noun = words[k] ?? '';
  if (noun === 'hair') {
    Object.assign(into.look, look);
    // "with her hair in a bun", "with blonde hair in two braids"
    const inA = words[k + 1] === 'in' ? (ARTICLES.has(words[k + 2] ?? '') ? k + 3 : k + 2) : -1;
    const piece = inA > 0 ? PIECE_NOUNS[words[inA] ?? ''] : undefined;
    if (piece) {
      into.look.hair = piece;
      k = inA;
    }
  }
  else if (BEARD_NOUNS.has(noun)) into.look.beard = true;
  else if (PIECE_NOUNS[noun]) {
    // "a blonde ponytail": the words before it are its colour (a tail is not curly or long).
    into.look.hair = PIECE_NOUNS[noun];
    if (look.hairShade) into.look.hairShade = look.hairShade;
  }
  else if (FRINGE_NOUNS.has(noun)) {
    // "a blonde fringe": its colour is the hair's; "with long hair and bangs" keeps the long hair.
    into.look.fringe = true;
    if (look.hairShade) into.look.hairShade = look.hairShade;
    if (look.hair) addStyle(into.look, look.hair);
  }
  else return -1;
  for (let i = j; i <= k; i++) into.read.push(i);
  return k + 1;
}

// "in [a] [red] dress | skirt | shorts | jeans", "in a red jersey number 23", from j (the word after
// "in" or "wearing"); the index after it, or -1. A top's colour is the person's top colour; a dress is
// also a skirt of it; a top's number is printed on it.
function readWearing(words: readonly string[], j: number, colour: (w: string) => number | undefined, into: LookReading): number {
  let k = ARTICLES.has(words[j] ?? '') ? j + 1 : j;
  const shade = colour(words[k] ?? '');
  if (shade !== undefined) k++;
  // "a red number 23 jersey", "wearing number 10"
  const before = shirtNumberAt(words, k);
  if (before) k = before.next;
  // "a chef's hat": the owner's word (its "'s" dropped) before the hat.
  const hatAt = HEADWEAR_WORDS.has(words[k] ?? '') ? k : HEADWEAR_WORDS.has(words[k + 1] ?? '') ? k + 1 : -1;
  if (hatAt >= 0) {
    into.headwear = { read: Array.from({ length: hatAt - j + 1 }, (_, i) => j + i), noun: words[hatAt]! };
    return hatAt + 1;
  }
  const noun = words[k] ?? '';
  const bottom = BOTTOM_NOUNS[noun];
  // An outfit the scene dresses them in ("in a suit", "in a yellow raincoat"): shown, with its colour.
  const outfit = outfitNamed(noun);
  if (outfit) {
    into.look.outfit = outfit;
    if (shade !== undefined) into.look.outfitColor = shade;
    for (let i = j; i <= k; i++) into.read.push(i);
    return k + 1;
  }
  if (!CLOTHES.has(noun) && !bottom) {
    // (bare digits with no shirt are something else: "with 2 balls")
    if (!before?.named) return -1;
    into.look.number = before.number;
    for (let i = j; i < k; i++) into.read.push(i);
    return k;
  }
  // "a jersey number 23", "a jersey with the number 23", "shirt #7" (# is dropped with punctuation)
  const after = CLOTHES.has(noun) && !before ? shirtNumberAt(words, k + 1) : null;
  const number = before?.number ?? after?.number;
  if (CLOTHES.has(noun) && number !== undefined) into.look.number = number;
  if (bottom) into.look.bottom = bottom;
  if (bottom && shade !== undefined) into.look.bottomColor = shade;
  if (CLOTHES.has(noun) && shade !== undefined) into.top = shade;
  const last = after ? after.next - 1 : k;
  // A plain shirt with no colour says nothing the scene shows.
  if (bottom || shade !== undefined || into.look.number !== undefined) for (let i = j; i <= last; i++) into.read.push(i);
  return last + 1;
}

// A shirt's number from word j: "number 23", "no 23", "with the number 23", or the bare digits; the
// number and the index after it, or null. (Numbers past 99 are not a shirt's.)
function shirtNumberAt(words: readonly string[], j: number): { number: number; next: number; named: boolean } | null {
  let k = j;
  if (words[k] === 'with' && (words[k + 1] === 'the' || words[k + 1] === 'number')) k += words[k + 1] === 'the' ? 2 : 1;
  const named = words[k] === 'number' || words[k] === 'no' || words[k] === 'num';
  if (named) k++;
  const w = words[k] ?? '';
  return /^\d{1,2}$/.test(w) ? { number: Number(w), next: k + 1, named } : null;
}

// The look around a person's noun (words index..end-1). `skip`: modifiers read past in front of it;
// `colour`: a colour word's colour.
export function readPersonLook(words: readonly string[], index: number, end: number, skip: (w: string) => boolean, colour: (w: string) => number | undefined): LookReading {
  const into: LookReading = { look: {}, read: [] };
  readBefore(words, index, skip, into);
  for (let j = end; j < words.length; ) {
    const w = words[j];
    const sent = w === 'with' || w === 'and' ? readWith(words, j + 1, into) : -1;
    const next = sent >= 0 ? sent : w === 'in' || w === 'wearing' || w === 'with' || w === 'and' ? readWearing(words, j + 1, colour, into) : -1;
    if (next < 0) break;
    if (into.headwear?.read.includes(j + 1)) into.headwear.read.push(j);
    else if (into.read.includes(j + 1) || into.read.includes(j + 2)) into.read.push(j);
    j = next;
  }
  return into;
}

const HAIR_PHRASES: Partial<Record<HairStyle, string>> = { ponytail: 'a ponytail', bun: 'a bun', buzz: 'a buzz cut', receding: 'a receding hairline', braid: 'a braid', braids: 'braids', 'short-sides': 'short back and sides' };

// The look in words for the understanding: " (bald, with a beard, in a dress)".
export function describeLook(look: PersonLookWords | undefined, colourName: (c: number) => string | undefined): string {
  if (!look) return '';
  const parts: string[] = [];
  if (look.hair === 'bald') parts.push('bald');
  const phrase = look.hair ? HAIR_PHRASES[look.hair] : undefined;
  const hair = [look.hair && !phrase && look.hair !== 'bald' ? look.hair.replace('-', ' ') : '', look.hairShade ?? ''].filter(Boolean).join(' ');
  const withs = [...(hair ? [`${hair} hair`] : []), ...(phrase ? [phrase] : []), ...(look.fringe ? ['a fringe'] : []), ...(look.beard ? ['a beard'] : [])];
  if (withs.length > 0) parts.push(`with ${withs.join(' and ')}`);
  if (look.outfit) {
    const shade = look.outfitColor !== undefined ? colourName(look.outfitColor) : undefined;
    parts.push(`in a ${shade ? `${shade} ` : ''}${look.outfit}`);
  }
  if (look.number !== undefined) parts.push(`wearing number ${look.number}`);
  if (look.bottom) {
    const shade = look.bottomColor !== undefined ? colourName(look.bottomColor) : undefined;
    const what = `${shade ? `${shade} ` : ''}${look.bottom}`;
    parts.push(`in ${look.bottom === 'dress' || look.bottom === 'skirt' ? `a ${what}` : what}`);
  }
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
