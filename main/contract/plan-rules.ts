// What an action's own fields must agree on, beyond each field's range: a hand-edited or hostile
// plan that breaks one is refused with what is wrong, where its schedule would otherwise act it out
// wrongly (a person standing up before they are down) or skip it (a roll from nobody's hand).
import type { Action } from './plan-actions';

// How long a crouch takes to go down (s): the pose (engine/actions/crouch/pose.ts) reads it here.
export const CROUCH_DOWN_SEC = 0.7;

export interface BrokenRule { readonly path: (string | number)[]; readonly message: string }

type Rule<K extends Action['kind']> = (action: Extract<Action, { kind: K }>) => { field: string; message: string } | null;

const RULES: { readonly [K in Action['kind']]?: Rule<K> } = {
  crouch: (a) => (a.riseSec !== undefined && a.riseSec < a.startSec + CROUCH_DOWN_SEC
    ? { field: 'riseSec', message: `The crouch rises at ${a.riseSec} s, before it is down (it starts at ${a.startSec} s and takes ${CROUCH_DOWN_SEC} s to go down).` }
    : null),
  roll: (a) => (a.fromHand && a.by === undefined
    ? { field: 'by', message: 'The roll is from a hand (fromHand) but names no one whose hand it is (by).' }
    : null),
};

export function brokenRules(actions: readonly Action[]): BrokenRule[] {
  return actions.flatMap((action, i) => {
    // Each rule takes its own kind's action: looked up by that kind, it is given one.
    const rule = RULES[action.kind] as ((a: Action) => ReturnType<Rule<Action['kind']>>) | undefined;
    const broken = rule?.(action);
    return broken ? [{ path: ['actions', i, broken.field], message: broken.message }] : [];
  });
}
