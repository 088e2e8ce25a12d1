// People whose own kit covers them from head to foot: a knight in plate armour under a great helm,
// an astronaut in a space suit under a helmet with a gold visor. What a prompt puts on them besides
// (an outfit, a dress, a shirt's colour or number, a hairstyle, a beard) is not drawn over the kit:
// a hoodie over plate or a raincoat over a space suit would hide what makes them a knight or an
// astronaut. So the prompt reader keeps those words off the person and lists them as not shown,
// saying why (prompt/entities.ts); frames/people/roles.ts reads these words as those roles.
// People in everyday cloth (a chef, a soldier, a player) are dressed in what the prompt names.
import { named } from './elderly';

export interface RoleKit {
  // The words (as the prompt's labels come out) for people in it.
  words: readonly string[];
  // Why what the prompt puts on them is not seen, as the panel says it.
  covers: string;
  // The kit itself as a prompt names it ("a knight in armour", "an astronaut in a space suit"): drawn.
  wears: readonly string[];
}

export const ROLE_KITS = {
  knight: { words: ['knight'], covers: "the knight's armour and helm cover it", wears: ['plate armour', 'plate armor', 'armour', 'armor', 'helm', 'helmet'] },
  astronaut: { words: ['astronaut', 'spaceman'], covers: 'the space suit and helmet cover it', wears: ['space suit', 'spacesuit', 'spacesuits', 'helmet'] },
} as const satisfies Record<string, RoleKit>;

// The kit a person named `label` wears over everything, if any.
export function kitOf(label: string): RoleKit | undefined {
  return Object.values(ROLE_KITS).find((k) => named(label, k.words));
}

// The hat a role in everyday cloth is drawn in (frames/people/roles.ts headwear), as the prompt names
// it: "a chef in a hat" says what is drawn, so the word is shown. A kit's helmet is among its
// `wears`. A hat on anyone else ("a man in a hat") is not drawn, and stays listed as not shown.
// These are also the words that name the role (roles.ts reads them), so they have one home.
export const ROLE_HEADWEAR: Readonly<Record<'chef', { words: readonly string[]; hats: readonly string[] }>> = {
  chef: { words: ['chef', 'cook'], hats: ['hat', 'toque'] },
};

export const HEADWEAR_WORDS: ReadonlySet<string> = new Set(['hat', 'toque', 'helmet', 'helm', 'cap', 'beanie']);

// Whether a person named `label` is drawn wearing what `hat` names.
export function wearsHeadwear(label: string, hat: string): boolean {
  return Object.values(ROLE_HEADWEAR).some((r) => named(label, r.words) && r.hats.includes(hat)) || (kitOf(label)?.wears.includes(hat) ?? false);
}
