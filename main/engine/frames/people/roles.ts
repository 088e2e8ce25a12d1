// Who a person is, from the word the prompt used, and what each kind of person looks like. One
// entry per role in one table; appearance.ts varies the details by seed.
import * as THREE from 'three';
import { named, OLD_MAN_WORDS, OLD_WOMAN_WORDS } from '../../body/elderly';
import { ROLE_HEADWEAR, ROLE_KITS } from '../../body/role-kit';
import type { OutfitKind } from '../../../contract/scene-plan';
import { ARMOUR_STEEL, HAIR_COLORS, SKIN_TONES, type Build, type FaceKind, type HairStyle, type Neckline, type PersonLook, type Pick, type TopKind } from './types';

export type Role = 'businessman' | 'businesswoman' | 'teen' | 'man' | 'woman' | 'child' | 'boy' | 'girl' | 'elderly-man' | 'elderly-woman' | 'player' | 'knight' | 'astronaut' | 'chef' | 'runner' | 'soldier' | 'person';

// Words (as the prompt's labels come out) that name each role; anything else is a 'person'.
const ROLE_WORDS: [Role, readonly string[]][] = [
  ['businessman', ['businessman']],
  ['businesswoman', ['businesswoman']],
  ['teen', ['teenager', 'teen']],
  ['elderly-woman', OLD_WOMAN_WORDS],
  ['elderly-man', OLD_MAN_WORDS],
  ['boy', ['boy', 'schoolboy', 'son']],
  ['girl', ['girl', 'schoolgirl', 'daughter']],
  ['child', ['kid', 'child', 'toddler']],
  ['woman', ['woman', 'lady', 'mother', 'girlfriend', 'wife']],
  ['man', ['man', 'guy', 'father', 'dad', 'boyfriend', 'husband']],
  ['player', ['player', 'basketball player', 'shooter', 'baller', 'footballer', 'athlete']],
  ['runner', ['runner', 'jogger', 'hiker', 'walker']],
  ['knight', ROLE_KITS.knight.words],
  ['soldier', ['soldier']],
  ['astronaut', ROLE_KITS.astronaut.words],
  ['chef', ROLE_HEADWEAR.chef.words],
];

// The roles a word for someone's sex or age names ("woman", "old woman", "mother", "boy"). Said
// before a role ("a woman astronaut", "an old woman chef": prompt/sex-and-role.ts puts that word
// first in the label), it gives the frame the role's kit is worn on: the frame its own look has.
const SEXED: ReadonlySet<Role> = new Set<Role>(['man', 'woman', 'elderly-man', 'elderly-woman', 'boy', 'girl', 'child']);
const FRAME_PROBE = { pick: <T,>(items: readonly T[]): T => items[0]!, rand: () => 0, shirt: new THREE.Color() };

export function faceNamed(label: string): FaceKind | null {
  if (SEXED.has(roleOf(label))) return null;
  const words = label.toLowerCase().split(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const role = roleOf(words.slice(0, k).join(' '));
    if (SEXED.has(role)) return ROLE_LOOKS[role](FRAME_PROBE).face;
  }
  return null;
}

export function roleOf(label: string): Role {
  for (const [role, words] of ROLE_WORDS) if (named(label, words)) return role;
  return 'person';
}

interface LookInput {
  pick: Pick;
  rand: () => number;
  // The colour the prompt gave (or the cast chose) for what they wear on top.
  shirt: THREE.Color;
}

const c = (hex: number): THREE.Color => new THREE.Color(hex);
const TROUSERS = [0x2c3446, 0x3d3a35, 0x1f2024, 0x55616e, 0x6b5a44];
const SHOES = [0xf2f2f0, 0x222222, 0x6b4a2e, 0x8a8f96];
const NATURAL_HAIR = [HAIR_COLORS.black, HAIR_COLORS.brown, HAIR_COLORS.chestnut, HAIR_COLORS.blonde, HAIR_COLORS.red, HAIR_COLORS.black, HAIR_COLORS.brown];

const build = (b: Partial<Build>): Build => ({ girth: 1, shoulders: 1, hips: 1, belly: 1, head: 1, bust: 0, stoop: 0, ...b });
const vary = (rand: () => number, k: number): number => 1 + (rand() - 0.5) * 2 * k;

function everyday(i: LookInput, role: PersonLook['role'], face: FaceKind, b: Build, hair: HairStyle[], beard: number): PersonLook {
  return {
    role,
    build: b,
    face,
    skin: i.pick(SKIN_TONES).clone(),
    hair: { style: i.pick(hair), color: c(i.pick(NATURAL_HAIR)), beard: i.rand() < beard },
    top: { kind: i.pick(['tshirt', 'tshirt', 'longsleeve'] as const), color: i.shirt, number: null, neck: 'crew' },
    bottom: { kind: 'trousers', color: c(i.pick(TROUSERS)) },
    shoes: c(i.pick(SHOES)),
    headwear: 'none',
    suit: 'cloth',
  };
}

function childLook(i: LookInput, hair: HairStyle[]): PersonLook {
  const look = everyday(i, 'child', 'child', build({ girth: 0.85, shoulders: 0.88, hips: 1, belly: 1.05, head: 1.3 }), hair, 0);
  look.top.kind = i.pick(['tshirt', 'tshirt', 'tank'] as const);
  look.bottom = { kind: 'shorts', color: c(i.pick(TROUSERS)) };
  look.shoes = c(i.pick([0xd64541, 0x2e86de, 0xf2f2f0, 0xf1c40f]));
  return look;
}

// A runner or a person the prompt does not call a man or a woman: either, by seed (drawn last, so
// the rest of their look stays as each seed had it); a woman has no beard and her hair is not
// cropped.
function unnamedSex(i: LookInput, look: PersonLook): PersonLook {
  if (i.rand() < 0.5) return look;
  look.face = 'fem';
  look.hair.beard = false;
  if (look.hair.style === 'buzz' || look.hair.style === 'short') look.hair.style = 'ponytail';
  return look;
}

// The necklines each kind of top is cut with, one picked by seed (appearance.ts): a T-shirt mostly
// a crew neck, a long-sleeved top sometimes a shirt's collar, a tank top a scoop.
export const NECKLINES_OF: Record<TopKind, readonly Neckline[]> = {
  tshirt: ['crew', 'crew', 'v'], longsleeve: ['crew', 'collar', 'v', 'collar'], jersey: ['v', 'crew'], tank: ['scoop'],
  coat: ['collar'], armor: ['none'], suit: ['none'], jacket: ['tied'], hoodie: ['crew'], raincoat: ['collar'],
};

// What a role wears by seed when the prompt names no outfit: a businessman mostly a suit, a teenager
// often a hoodie (appearance.ts dresses them, from a stream of its own).
export const ROLE_OUTFITS: Partial<Record<Role, { outfit: OutfitKind; odds: number }>> = {
  businessman: { outfit: 'suit', odds: 0.75 }, businesswoman: { outfit: 'suit', odds: 0.75 }, teen: { outfit: 'hoodie', odds: 0.6 },
};

export const ROLE_LOOKS: Record<Role, (i: LookInput) => PersonLook> = {
  businessman: (i) => ({ ...ROLE_LOOKS.man(i), role: 'businessman' }),
  businesswoman: (i) => ({ ...ROLE_LOOKS.woman(i), role: 'businesswoman' }),
  // A teenager: a grown frame, slighter, either sex by seed.
  teen: (i) => unnamedSex(i, everyday(i, 'teen', 'masc', build({ girth: 0.9 * vary(i.rand, 0.08), shoulders: 0.95, belly: 0.9 }), ['short', 'long', 'curly', 'ponytail', 'buzz'], 0)),
  man: (i) => everyday(i, 'man', 'masc', build({ girth: vary(i.rand, 0.12), shoulders: 1.06 * vary(i.rand, 0.05), hips: 1, belly: vary(i.rand, 0.12) }), ['short', 'short', 'buzz', 'curly', 'bald', 'short', 'receding', 'short'], 0.3),
  woman: (i) => {
    const look = everyday(i, 'woman', 'fem', build({ girth: 0.9 * vary(i.rand, 0.1), shoulders: 0.9, hips: vary(i.rand, 0.05), belly: 0.9, bust: 0.7 + 0.3 * i.rand() }), ['long', 'long', 'ponytail', 'long'], 0);
    if (i.rand() < 0.45) look.bottom = { kind: 'skirt', color: c(i.pick([0x2c3446, 0x8e3b46, 0x3b6e5a, 0x1f2024, 0xc9a66b])) };
    return look;
  },
  // A kid is either; a boy's hair is cut short (a boy drawn with hair past his shoulders read as a
  // girl), a girl's is mostly long.
  child: (i) => childLook(i, ['short', 'long', 'ponytail', 'curly', 'short']),
  boy: (i) => childLook(i, ['short', 'short', 'curly', 'buzz']),
  girl: (i) => childLook(i, ['long', 'ponytail', 'long', 'curly']),
  'elderly-man': (i) => {
    const look = everyday(i, 'elderly-man', 'masc', build({ girth: vary(i.rand, 0.1), shoulders: 0.97, belly: 1.15 * vary(i.rand, 0.1), stoop: 0.36 }), ['bald', 'receding', 'receding', 'short'], 0.5);
    look.hair.color = c(i.pick([HAIR_COLORS.grey, HAIR_COLORS.white]));
    look.top.kind = i.pick(['longsleeve', 'coat'] as const);
    return look;
  },
  'elderly-woman': (i) => {
    const look = everyday(i, 'elderly-woman', 'fem', build({ girth: 0.95, shoulders: 0.88, hips: 1.03, bust: 0.8, stoop: 0.32 }), ['bun', 'short', 'curly'], 0);
    look.hair.color = c(i.pick([HAIR_COLORS.grey, HAIR_COLORS.white]));
    look.top.kind = i.pick(['longsleeve', 'coat'] as const);
    if (i.rand() < 0.6) look.bottom = { kind: 'skirt', color: c(i.pick([0x5a4a6a, 0x3d3a35, 0x6b5a44])) };
    return look;
  },
  player: (i) => {
    const look = everyday(i, 'player', 'masc', build({ girth: 1.05, shoulders: 1.1, hips: 1, belly: 0.85 }), ['buzz', 'short', 'curly', 'short', 'buzz', 'bald'], 0.1);
    look.top = { kind: 'jersey', color: i.shirt, number: null, neck: 'crew' };
    look.bottom = { kind: 'shorts', color: i.shirt.clone().multiplyScalar(0.8) };
    look.shoes = c(i.pick([0xf2f2f0, 0x222222, 0xd64541]));
    // A player wears a number even when the prompt names none (drawn last, so the rest of their
    // look stays as each seed had it).
    look.top.number = 1 + Math.floor(i.rand() * 99);
    return look;
  },
  runner: (i) => {
    const look = everyday(i, 'runner', 'masc', build({ girth: 0.92, shoulders: 1, belly: 0.85 }), ['short', 'ponytail', 'buzz'], 0.1);
    look.top.kind = 'tank';
    look.bottom = { kind: 'shorts', color: c(i.pick(TROUSERS)) };
    return unnamedSex(i, look);
  },
  person: (i) => unnamedSex(i, everyday(i, 'person', 'masc', build({ girth: vary(i.rand, 0.1), shoulders: vary(i.rand, 0.06) }), ['short', 'long', 'curly', 'ponytail', 'buzz'], 0.15)),
  // A soldier's hair is cut to regulation: clipped at the back and sides, or buzzed.
  soldier: (i) => {
    const look = everyday(i, 'soldier', 'masc', build({ girth: vary(i.rand, 0.08), shoulders: 1.08, belly: 0.9 }), ['short-sides', 'short-sides', 'buzz'], 0);
    look.top.kind = 'longsleeve';
    return look;
  },
  knight: (i) => ({
    ...everyday(i, 'knight', 'masc', build({ girth: 1.15, shoulders: 1.15, belly: 1.05 }), ['short'], 0.4),
    top: { kind: 'armor', color: c(ARMOUR_STEEL.color), number: null, neck: 'none' },
    bottom: { kind: 'armor', color: c(ARMOUR_STEEL.color) },
    shoes: c(0x8a8f96),
    headwear: 'helmet',
    suit: 'metal',
  }),
  astronaut: (i) => ({
    ...everyday(i, 'astronaut', 'masc', build({ girth: 1.3, shoulders: 1.12, belly: 1.1 }), ['short'], 0),
    top: { kind: 'suit', color: c(0xeeeeea), number: null, neck: 'none' },
    bottom: { kind: 'suit', color: c(0xe6e6e2) },
    shoes: c(0xd0d0cc),
    headwear: 'space-helmet',
    suit: 'coated',
  }),
  chef: (i) => {
    const look = everyday(i, 'chef', 'masc', build({ girth: vary(i.rand, 0.1), belly: 1.1 }), ['short', 'bun'], 0.3);
    look.top = { kind: 'coat', color: c(0xf4f4f0), number: null, neck: 'collar' };
    look.bottom = { kind: 'trousers', color: c(0x222326) };
    look.headwear = 'chef-hat';
    return look;
  },
};
