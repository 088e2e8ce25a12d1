// The words that modify a noun phrase: pronouns, materials, colours, numbers, sizes, groupings and
// determiners (the nouns are in nouns.ts, the facts behind them in vocabulary.ts).
import type { Material } from '../../contract/scene-plan';

// Subject pronouns that stand for a person when nobody has been named yet.
export const PRONOUNS: Record<string, string> = { he: 'he', she: 'she' };

export const MATERIAL_WORDS: Record<string, Material> = {
  rubber: 'rubber',
  leather: 'leather',
  metal: 'metal',
  metallic: 'metal',
  steel: 'metal',
  iron: 'metal',
  aluminium: 'metal',
  aluminum: 'metal',
  chrome: 'metal',
  brass: 'metal',
  copper: 'metal',
  tin: 'metal',
  wood: 'wood',
  wooden: 'wood',
  oak: 'wood',
  pine: 'wood',
  timber: 'wood',
  plywood: 'wood',
  glass: 'glass',
  crystal: 'glass',
  ceramic: 'ceramic',
  porcelain: 'ceramic',
  china: 'ceramic',
  clay: 'ceramic',
  plastic: 'plastic',
  concrete: 'concrete',
  stone: 'concrete',
  granite: 'concrete',
  cloth: 'cloth',
  fabric: 'cloth',
  felt: 'cloth',
  wool: 'cloth',
  yarn: 'cloth',
};

export const COLOR_WORDS: Record<string, number> = {
  red: 0xd63031,
  orange: 0xe67e22,
  yellow: 0xf1c40f,
  green: 0x27ae60,
  blue: 0x2e6fd8,
  purple: 0x8e44ad,
  violet: 0x8e44ad,
  pink: 0xe84393,
  white: 0xf2f2f2,
  black: 0x1e1e1e,
  grey: 0x8d8d8d,
  gray: 0x8d8d8d,
  silver: 0xc0c6cc,
  gold: 0xd4af37,
  golden: 0xd4af37,
  brown: 0x8b5a2b,
  teal: 0x16a085,
  cyan: 0x00bcd4,
};

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  single: 1,
  pair: 2,
  couple: 2,
  few: 3,
  several: 4,
  some: 3,
  many: 6,
  lots: 6,
  bunch: 6,
  dozen: 12,
};

export const SIZE_WORDS: Record<string, number> = {
  tiny: 0.45,
  small: 0.7,
  little: 0.7,
  mini: 0.6,
  big: 1.4,
  large: 1.4,
  huge: 1.8,
  giant: 2,
  massive: 2,
  enormous: 2,
};

// Words that may sit between a determiner and its noun without ending the noun phrase.
export const FILLER_ADJECTIVES = new Set([
  'old', 'new', 'shiny', 'worn', 'heavy', 'light', 'bright', 'dark', 'pale', 'striped', 'bouncy', 'bouncing',
  'flat', 'round', 'official', 'lone', 'single', 'empty', 'full', 'cheap', 'brand', 'dusty', 'wet', 'dry',
  'young', 'tall', 'short', 'professional', 'pro', 'local', 'other', 'another', 'second', 'first', 'flight',
]);

// Groupings: "a stack of boxes", "a pile of balls".
export const ARRANGEMENT_WORDS: Record<string, 'stack' | 'row' | 'pile'> = {
  stack: 'stack',
  tower: 'stack',
  pyramid: 'stack',
  wall: 'stack',
  pile: 'pile',
  heap: 'pile',
  row: 'row',
  line: 'row',
  chain: 'row',
  train: 'row',
};

export const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'of']);
export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'my', 'our', 'your']);
