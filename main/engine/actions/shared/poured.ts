// A pour followed by a stir of what it poured ("pours coffee into his mug, then stirs it"): one
// liquid and one hand. The pour, scheduled first, makes the liquid with the stir's spoon among the
// solids it meets; the stir finds that liquid instead of making its own, and its hand is the
// pour's hand going on (it set the jug down and takes up the spoon).
import type { ScenePlan } from '../../../contract/scene-plan';
import { HandHook } from '../../hands/hand-hook';
import type { HandPlan } from '../../hands/path';
import type { LiquidHook } from '../../liquids/scene-liquid';
import type { StepHook } from '../../simulate/schedule-types';

// The spoons of the stirs that take up what a pour pours into `into`.
export const spoonsStirring = (plan: ScenePlan, into: string): string[] =>
  plan.actions.flatMap((a) => (a.kind === 'stir' && a.takesSpoon && a.in.in === into ? [a.tool] : []));

const isLiquid = (h: StepHook): h is LiquidHook => 'levelOf' in h && 'fluid' in h && 'liquid' in h;

// The scene's liquid already made (the pour's), if any.
export const liquidMade = (hooks: readonly StepHook[]): LiquidHook | undefined => hooks.find(isLiquid);

// The hand of the same owner (none: a hand from outside the frame) that was scheduled before: its
// plan is joined with `next` from `fromSec`, where next's keys start, and it takes next's place.
// Returns the joined hand, or undefined when there was none (next is then a hand of its own).
export function goOnWith(hooks: StepHook[], next: HandPlan, fromSec: number): HandHook | undefined {
  const at = hooks.findLastIndex((h) => h instanceof HandHook && h.plan.owner === next.owner);
  const before = at >= 0 ? (hooks[at] as HandHook).plan : undefined;
  if (!before) return undefined;
  const keys = [...before.keys.filter((k) => k.t < fromSec), ...next.keys.filter((k) => k.t >= fromSec)];
  const wraps = [...(before.wraps ?? []).filter((w) => w.t < fromSec), ...(next.wraps ?? []).filter((w) => w.t >= fromSec)];
  const joined = new HandHook({ ...before, keys, wraps, grips: [...before.grips, ...next.grips] });
  hooks[at] = joined;
  return joined;
}
