// The outfits, one module each (STYLE.md: one module per kind, one table): the prompt finds one by
// its nouns (body/outfit-words.ts, which reading a prompt loads), the look dresses in it, the body cuts and draws it. Nothing else switches on a kind.
import type { OutfitKind } from '../../../../contract/scene-plan';
import { hoodie } from './hoodie';
import { raincoat } from './raincoat';
import { suit } from './suit';
import type { OutfitModule } from './types';

export type { FrontPoint, OutfitCut, OutfitModule } from './types';

export const OUTFITS: Record<OutfitKind, OutfitModule> = { suit, hoodie, raincoat };

