// The liquids Kinora knows, with their real densities (kg/m^3) and how they look and flow. The
// solver's viscosity is XSPH's blend factor per step (how much each particle takes its neighbours'
// mean velocity): water barely, honey (2-10 Pa s, some 10^4 times water) almost entirely. How it
// looks (frames/clear/liquid-surface.ts): its colour, the share of light it scatters back over 5 cm
// (opacity: milk nearly all, water next to none) and how deep light goes through it to keep only its
// colour's share of each channel (tintDepthM: coffee 1 cm, so a few cm of it is nearly opaque; honey
// a few cm; water most of a metre).
import type { LiquidKind, ObjectForm } from '../../contract/scene-plan';

export interface LiquidFacts {
  kind: LiquidKind;
  // Words that name it in a prompt ("water", "orange juice").
  words: readonly string[];
  densityKgM3: number;
  viscosity: number;
  // Coulomb friction against a solid's surface, standing in for the layer of it that clings there
  // (the thicker the liquid, the more): how fast a spill stops, how slowly it runs off a lip.
  friction: number;
  color: number;
  opacity: number;
  tintDepthM: number;
  // The vessel it is in when the prompt names none ("she stirs her soup": a bowl); absent: the action's own.
  servedIn?: ObjectForm;
}

export const LIQUIDS: readonly LiquidFacts[] = [
  { kind: 'water', words: ['water', 'tap water', 'cold water', 'hot water'], densityKgM3: 1000, viscosity: 0.02, friction: 0.3, color: 0x4f9fd6, opacity: 0.02, tintDepthM: 2.5 },
  { kind: 'milk', words: ['milk'], densityKgM3: 1030, viscosity: 0.05, friction: 0.35, color: 0xf7f5ef, opacity: 0.97, tintDepthM: 0.05 },
  { kind: 'juice', words: ['orange juice', 'apple juice', 'juice', 'lemonade'], densityKgM3: 1045, viscosity: 0.04, friction: 0.35, color: 0xf5a623, opacity: 0.7, tintDepthM: 0.03 },
  { kind: 'coffee', words: ['coffee'], densityKgM3: 1000, viscosity: 0.02, friction: 0.3, color: 0x4a2c17, opacity: 0.6, tintDepthM: 0.01, servedIn: 'mug' },
  // Brewed tea: water to the solver, an amber that light goes a few cm into (lighter than coffee).
  { kind: 'tea', words: ['tea', 'black tea', 'green tea'], densityKgM3: 1000, viscosity: 0.02, friction: 0.3, color: 0xa8641e, opacity: 0.25, tintDepthM: 0.04, servedIn: 'mug' },
  { kind: 'oil', words: ['olive oil', 'cooking oil', 'oil'], densityKgM3: 915, viscosity: 0.25, friction: 0.6, color: 0xd9b836, opacity: 0.05, tintDepthM: 0.2 },
  { kind: 'honey', words: ['honey', 'syrup'], densityKgM3: 1420, viscosity: 0.6, friction: 2, color: 0xd48a10, opacity: 0.25, tintDepthM: 0.04 },
  // A blended soup (tomato, pumpkin, lentil): a little denser than water with what is cooked into it,
  // thicker than oil and far thinner than honey (some 0.1-1 Pa s), and opaque a few mm down, its
  // orange-red scattering back most of the light.
  { kind: 'soup', words: ['tomato soup', 'pumpkin soup', 'vegetable soup', 'lentil soup', 'chicken soup', 'soup'], densityKgM3: 1040, viscosity: 0.15, friction: 0.8, color: 0xc4532b, opacity: 0.85, tintDepthM: 0.008, servedIn: 'bowl' },
];

const BY_KIND = new Map<LiquidKind, LiquidFacts>(LIQUIDS.map((l) => [l.kind, l]));

export function liquidFacts(kind: LiquidKind): LiquidFacts {
  const found = BY_KIND.get(kind);
  if (!found) throw new Error(`No liquid called "${kind}".`);
  return found;
}

// The liquid a prompt names (the first found, longest phrase first), or null.
// A liquid's name before one of these names a thing ("a tea cup of milk", "a coffee table").
export const NAMES_A_THING = /^(cup|cups|spoon|spoons|mug|mugs|pot|pots|table|tables|bag|bags|towel|towels|maker|machine|jar|bottle|glass) /;

export function findLiquid(text: string): LiquidKind | null {
  let best: { kind: LiquidKind; at: number; len: number } | null = null;
  for (const l of LIQUIDS) {
    for (const w of l.words) {
      let at = text.indexOf(` ${w} `);
      while (at >= 0 && NAMES_A_THING.test(text.slice(at + w.length + 2))) at = text.indexOf(` ${w} `, at + 1);
      if (at >= 0 && (!best || at < best.at || (at === best.at && w.length > best.len))) best = { kind: l.kind, at, len: w.length };
    }
  }
  return best?.kind ?? null;
}

export const LIQUID_WORDS: readonly string[] = LIQUIDS.flatMap((l) => l.words);

// Each word of those names ("orange", "juice"): a liquid's name is a thing, not a verb ("oil burns").
export const LIQUID_NAMES: ReadonlySet<string> = new Set(LIQUID_WORDS.flatMap((w) => w.split(' ')));
