// A jump on the spot: the jumper stands in the middle of the scene, side on to the camera so the
// whole flight is seen, others and things aside.
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { Entity } from '../../../contract/scene-plan';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import { heightOf } from '../../body/skeleton';
import type { ActionOf, CastResult } from '../types';
import { jumpCycleSec, jumpsSec } from './pose';
import { findJump, UP_AND_DOWN_TIMES, upAndDown } from './words';

const START_SEC = 0.4;

export function implyJump(ctx: DraftContext): void {
  if (!ctx.has('person')) ctx.addImplied('person', { kind: 'person', key: 'person' });
}

// Only a person's jump on the spot is this action ("jumps over the box" is not).
export function claimsJump(ctx: DraftContext): boolean {
  return ctx.said('jump') && findJump(ctx.words) >= 0 && ctx.has('person');
}

// How many jumps fit in the clip from `startSec` (the wind-down's start) for a jumper of height H.
export function jumpsThatFit(durationSec: number, startSec: number, H: number): number {
  let n = 1;
  while (n < 8 && startSec + jumpsSec(n + 1, H) <= durationSec + 1e-9) n++;
  return n;
}

// The jumper's height (heightOf's own default when the plan has lost them).
export const jumperHeight = (entities: readonly Entity[], id: string): number => heightOf(entities.find((e) => e.id === id) ?? { size: [] });

export function jumpTimesDone(action: ActionOf<'jump'>, scene: CastScene): { done: number; short?: string } {
  const H = jumperHeight(scene.people, action.actor);
  const done = Math.min(action.times ?? 1, jumpsThatFit(scene.durationSec, action.startSec, H));
  return { done, short: `another jump does not fit in the ${scene.durationSec} s clip, each taking ${jumpCycleSec(H).toFixed(1)} s` };
}

export function castJump(scene: CastScene): CastResult {
  const at = scene.words.verbAt('jump');
  const jumper = scene.actorFor(at, false);
  if (!jumper) throw new Error('A jump was cast without anyone to jump.');
  jumper.position = v3(0, 0, 0);
  const startSec = round(scene.startAt(START_SEC));
  const asked = scene.times > 1 ? scene.times : upAndDown(scene.words.words, at) ? UP_AND_DOWN_TIMES : 1;
  const times = Math.min(asked, jumpsThatFit(scene.durationSec, startSec, heightOf(jumper)));
  scene.actions.push({ kind: 'jump', actor: jumper.id, startSec, ...(times > 1 ? { times } : {}) });
  placeBystanders(scene.people.filter((p) => p !== jumper), -1.5);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], 3);
  return { focus: jumper.id, defaultSetting: 'park', shot: 'wide' };
}
