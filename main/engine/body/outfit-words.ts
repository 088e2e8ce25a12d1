// The nouns that name each outfit, as the prompt's words come out: the facts the prompt reader needs
// of the outfit modules (frames/people/outfits/), kept here so reading a prompt loads no drawing code.
import type { OutfitKind } from '../../contract/scene-plan';

export const OUTFIT_NOUNS: Readonly<Record<OutfitKind, readonly string[]>> = {
  suit: ['suit', 'tuxedo', 'tux', 'blazer'],
  hoodie: ['hoodie', 'hoody', 'hoodies', 'sweatshirt'],
  raincoat: ['raincoat', 'raincoats', 'mac', 'mackintosh', 'slicker', 'anorak'],
};

export function outfitNamed(noun: string): OutfitKind | undefined {
  return (Object.keys(OUTFIT_NOUNS) as OutfitKind[]).find((k) => OUTFIT_NOUNS[k].includes(noun));
}
