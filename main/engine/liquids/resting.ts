// A second liquid already in the vessel a pour goes into ("pours milk into a cup of coffee": the
// plan's still liquid, prompt/still-liquid.ts, stands in the pour's target). It is one body of
// particles with the poured liquid, stepped by the same solver: its particles fill the target to
// the still liquid's level at the start, after the poured ones, and each particle carries its share
// of the second liquid (mix.ts), traded where the two meet, so the picture can colour them.
import type { LiquidFill, LiquidKind, ScenePlan } from '../../contract/scene-plan';
import { findLiquid, liquidFacts } from './catalog';
import { fillParticles } from './fill';
import { LiquidMix } from './mix';
import type { Vessel } from './scene-solids';

// The share of its volume the resting liquid fills the target to; the pour brings the rest of
// what it would have (pour/cast.ts: three quarters, or all "until it is full"), so the two
// together reach the level one liquid alone would.
export const RESTING_SHARE = 0.45;

// The liquid a prompt names besides the one poured ("pours milk into a cup of coffee": coffee), or null.
export function otherLiquidNamed(text: string, poured: LiquidKind): LiquidKind | null {
  let rest = text;
  for (const w of liquidFacts(poured).words) rest = rest.split(` ${w} `).join(' ');
  const other = findLiquid(rest);
  return other !== poured ? other : null;
}

// The still liquid standing in the pour's target, when it is another liquid than the one poured.
export function restingFill(plan: ScenePlan, pourInto: string | undefined, poured: LiquidKind): LiquidFill | null {
  const still = plan.stillLiquid;
  return pourInto !== undefined && still && still.in === pourInto && still.liquid !== poured ? still : null;
}

// The body of particles at the start: the poured liquid's (`poured`), then the resting liquid's in
// the target at its pose now (after the scene's solids are placed), with the two's mix; or the
// poured alone (mix null) where nothing rests there.
export function withResting(poured: Float64Array, fill: LiquidFill | null, vessels: readonly Vessel[], spacingM: number): { x: Float64Array; mix: LiquidMix | null } {
  const vessel = fill && vessels.find((v) => v.entity.id === fill.in);
  if (!fill || !vessel) return { x: poured, mix: null };
  const s = vessel.collider.shape;
  const resting = fillParticles(vessel.collider, s.floorM + fill.fill * (s.heightM - s.floorM), spacingM);
  const share = new Float64Array(poured.length / 3 + resting.length / 3);
  share.fill(1, poured.length / 3);
  return { x: Float64Array.from([...poured, ...resting]), mix: new LiquidMix(fill.liquid, share, spacingM, resting.length / 3) };
}
