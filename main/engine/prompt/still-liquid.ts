// A liquid at rest in a container the prompt only names ("a glass of water on the table", "a mug
// of coffee"): when no action of the scene pours, tips, stirs, taps or drops into a liquid, the
// first named vessel that usually holds one stands filled to its usual level (objects/: a glass
// 0.8 of its inside height, a mug 0.85, a bowl 0.6), settled and asleep (engine/liquids/).
import type { Action, Entity, LiquidFill, LiquidKind } from '../../contract/scene-plan';
import { findLiquid, liquidFacts } from '../liquids/catalog';
import { objectModule } from '../objects';

// The words about a liquid at rest that the still scene shows: its own names (not another's: "a
// glass of water and a cup of milk" fills the glass alone).
export const stillLiquidWords = (kind: LiquidKind): string[] => [...liquidFacts(kind).words, 'liquid', 'full of', 'half full', 'filled with'];

// "half full" asks for half; anything else is the vessel's usual level.
const HALF = 0.5;

// Whether an action brings a liquid of its own (a pour's `from`, a tip's `holds`, a tap's flow).
function bringsLiquid(action: Action): boolean {
  if ('liquid' in action) return true;
  return Object.values(action).some((v) => v !== null && typeof v === 'object' && 'liquid' in v);
}

export function stillLiquidOf(text: string, entities: readonly Entity[], actions: readonly Action[]): LiquidFill | undefined {
  const liquid = findLiquid(text);
  if (!liquid || actions.some(bringsLiquid)) return undefined;
  const usualFill = (e: Entity): number | undefined => (e.kind === 'object' && e.form !== undefined ? objectModule(e.form).usualFill : undefined);
  const vessel = entities.find((e) => usualFill(e) !== undefined);
  const usual = vessel && usualFill(vessel);
  if (!vessel || usual === undefined) return undefined;
  return { liquid, in: vessel.id, fill: text.includes(' half full ') ? HALF : usual };
}
