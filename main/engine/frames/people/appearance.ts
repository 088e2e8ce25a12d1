// How one person looks: build, skin, hair, clothes, and what they wear on their head. Chosen from
// who the prompt names (roles.ts) and varied by the take's seed and the person's id, so two takes of
// "a woman jogs" show different women while one take always shows the same one.
import * as THREE from 'three';
import type { Entity, PersonLookWords } from '../../../contract/scene-plan';
import { mulberry32 } from '../../seeded-random';
import { LOW_BUN_CUT } from './bun';
import { OUTFITS } from './outfits';
import { faceNamed, NECKLINES_OF, roleOf, ROLE_LOOKS, ROLE_OUTFITS } from './roles';
import { HAIR_COLORS, type FrontLocks, type HairStyle, type PersonLook, type Pick } from './types';

export type { PersonLook } from './types';

export function hashId(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

// Long hair over both shoulders in front, over one, or all down the back.
const FRONTS: readonly FrontLocks[] = ['both', 'both', 'both', 'left', 'right', 'none', 'none'];
// A fringe goes with hair worn long enough to cut one, on some women and girls (men's are rare
// enough that a seed would mostly show it as a mistake).
const FRINGED = new Set<HairStyle>(['long', 'ponytail', 'bun', 'short', 'curly', 'long-curly']);
const FRINGE_ODDS: Partial<Record<PersonLook['face'], number>> = { fem: 0.3, child: 0.25 };
// A fringe named on a head with no hair to cut one from grows a short cut.
const NO_FRINGE = new Set<HairStyle>(['bald', 'buzz', 'receding']);
// Some long hair is curly (ringlets down the fall).
const LONG_CURLY_ODDS = 0.2;
// Some of a role's hair is worn another way, by seed: long hair put up in a bun or braided, short hair
// clipped at the back and sides. Each row's odds of the people it fits (PersonLook's role: a boy and a
// girl are both 'child').
const RESTYLES: readonly { roles: readonly string[]; from: HairStyle; to: HairStyle; odds: number }[] = [
  { roles: ['woman', 'businesswoman'], from: 'long', to: 'bun', odds: 0.12 },
  { roles: ['woman', 'child', 'teen'], from: 'long', to: 'braid', odds: 0.1 },
  { roles: ['child'], from: 'long', to: 'braids', odds: 0.25 },
  { roles: ['man', 'businessman', 'player', 'child', 'teen'], from: 'short', to: 'short-sides', odds: 0.4 },
];

// The style drawn for `look` with the draw u (0..1): the first row it falls in, or its own.
function restyled(look: PersonLook, u: number): HairStyle {
  let below = 0;
  for (const r of RESTYLES) {
    if (r.from !== look.hair.style || !r.roles.includes(look.role)) continue;
    below += r.odds;
    if (u < below) return r.to;
  }
  return look.hair.style;
}

// The place they are in, as far as it dresses them: in the rain, some wear a raincoat.
export interface DressPlace { rain: boolean }
// How many people in the rain wear a raincoat, when the prompt names nothing else.
const RAINCOAT_ODDS = 0.6;
// Roles in a kit of their own keep it in the rain.
const KIT = new Set(['player', 'runner', 'chef']);

export function appearanceFor(entity: Entity, seed: number, place: DressPlace = { rain: false }): PersonLook {
  const rng = mulberry32((hashId(entity.id) ^ Math.imul(seed, 2654435761)) >>> 0);
  const pick: Pick = (items) => items[Math.floor(rng.next() * items.length)]!;
  const role = roleOf(entity.label);
  const look = ROLE_LOOKS[role]({ pick, rand: rng.next, shirt: new THREE.Color(entity.color) });
  // "A woman astronaut": the kit on her frame, no beard (no draw taken: each seed's picks stay).
  const face = faceNamed(entity.label);
  if (face && face !== look.face) {
    look.face = face;
    if (face !== 'masc') look.hair.beard = false;
  }
  // The parting from a stream of its own, so every other pick stays as each seed had it: most part
  // to one side, some in the middle.
  const part = mulberry32((hashId(entity.id) ^ Math.imul(seed, 2654435761) ^ 0x5bd1e995) >>> 0);
  const side = part.next();
  look.hair.parting = side < 0.25 ? 0 : (side < 0.62 ? 1 : -1) * (0.2 + 0.15 * part.next());
  // Drawn after the parting, so each seed's parting stays as it was.
  look.hair.cut = part.next();
  look.hair.front = FRONTS[Math.floor(part.next() * FRONTS.length)]!;
  look.hair.fringe = FRINGED.has(look.hair.style) && part.next() < (FRINGE_ODDS[look.face] ?? 0);
  // Drawn last, so each seed's other picks stay as they were.
  if (look.hair.style === 'long' && part.next() < LONG_CURLY_ODDS) look.hair.style = 'long-curly';
  if (RESTYLES.some((r) => r.from === look.hair.style && r.roles.includes(look.role))) look.hair.style = restyled(look, part.next());
  // The neckline from a stream of its own, so every other choice stays as each seed had it (an
  // outfit's is its own).
  const cuts = NECKLINES_OF[look.top.kind];
  if (!look.outfit) look.top.neck = cuts[Math.floor(mulberry32((hashId(entity.id) ^ Math.imul(seed + 7, 2246822519)) >>> 0).next() * cuts.length)]!;
  // An outfit the prompt names, or by seed one the role or the rain puts them in; its details from a
  // stream of its own (so the rest stays as each seed had it), in the colour the prompt gave it.
  const words = entity.look ?? {};
  const dress = mulberry32((hashId(entity.id) ^ Math.imul(seed + 11, 3266489917)) >>> 0);
  const usual = ROLE_OUTFITS[role], chance = dress.next();
  const outfit = words.outfit ?? (place.rain && !KIT.has(role) && chance < RAINCOAT_ODDS ? 'raincoat' : usual && chance < usual.odds ? usual.outfit : undefined);
  if (outfit && look.suit === 'cloth') {
    const color = words.outfitColor !== undefined ? new THREE.Color(words.outfitColor) : null;
    OUTFITS[outfit].dress(look, { pick: (items) => items[Math.floor(dress.next() * items.length)]!, rand: dress.next, color });
  }
  return underHat(entity.look ? described(look, words) : look);
}

// Hats whose crown sits over the top of the head down to a brim above the ears (head.ts draws them):
// hair gathered high on the crown would stand through them. Helmets leave no hair drawn at all.
const CROWN_HATS = new Set<PersonLook['headwear']>(['chef-hat', 'cap']);

// Under a hat, a bun is pinned low at the nape, where it fits under the brim, as chefs wear it (a
// high one stood out through the back of a chef's hat); it is still a bun, and seen.
function underHat(look: PersonLook): PersonLook {
  if (CROWN_HATS.has(look.headwear) && look.hair.style === 'bun') look.hair.cut = Math.max(look.hair.cut ?? LOW_BUN_CUT, LOW_BUN_CUT);
  return look;
}

// What the prompt said wins over the role's usual looks; the rest stays as the seed chose it. Armour
// and space suits keep their legs.
function described(look: PersonLook, words: PersonLookWords): PersonLook {
  if (words.hair) look.hair.style = words.hair;
  if (words.hairShade) look.hair.color = new THREE.Color(HAIR_COLORS[words.hairShade]);
  if (words.beard !== undefined) look.hair.beard = words.beard;
  if (words.fringe !== undefined) look.hair.fringe = words.fringe;
  if (look.hair.fringe && NO_FRINGE.has(look.hair.style)) look.hair.style = 'short';
  if (words.number !== undefined && look.suit === 'cloth') look.top.number = words.number;
  if (words.bottom && look.suit === 'cloth') {
    const kind = words.bottom === 'dress' ? 'skirt' : words.bottom;
    const color = words.bottomColor !== undefined ? new THREE.Color(words.bottomColor) : words.bottom === 'dress' ? look.top.color.clone() : look.bottom.color;
    look.bottom = { kind, color };
  }
  return look;
}
