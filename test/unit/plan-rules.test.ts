// A hand-edited or hostile plan whose fields do not agree is refused, saying what is wrong: a liquid
// in something that holds none, a crouch that rises before it is down, a roll from nobody's hand.
import { describe, expect, it } from 'vitest';
import { VESSEL_FORMS, type ScenePlan } from '../../main/contract/scene-plan';
import { CROUCH_DOWN_SEC } from '../../main/contract/plan-rules';
import { OBJECTS } from '../../main/engine/objects';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { validPlan } from '../../main/engine/simulate/simulate';

type Act = ScenePlan['actions'][number];
const withAction = (plan: ScenePlan, change: (a: Act) => Act): ScenePlan => ({ ...plan, actions: plan.actions.map(change) });
const idOf = (plan: ScenePlan, label: string): string => plan.entities.find((e) => e.label === label)!.id;

describe('a plan whose fields disagree is refused', () => {
  it('keeps a still liquid in its glass, and refuses one in the table or a plate', () => {
    const still = parsePrompt('a glass of water next to a plate on the table');
    expect(validPlan(still).stillLiquid?.in).toBe(idOf(still, 'glass'));
    for (const thing of ['table', 'plate']) {
      const bad: ScenePlan = { ...still, stillLiquid: { ...still.stillLiquid!, in: idOf(still, thing) } };
      expect(() => validPlan(bad), thing).toThrow(new RegExp(`stillLiquid\\.in: The still liquid names "${idOf(still, thing)}", which is not a vessel`));
    }
    expect(() => validPlan({ ...still, stillLiquid: { ...still.stillLiquid!, in: 'ghost' } })).toThrow(/"ghost", which is not a vessel/);
  });

  it('refuses a pour into a person and a tap running into the table', () => {
    const pour = parsePrompt('a man pours water from a jug into a glass');
    const man = idOf(pour, 'man');
    expect(() => validPlan(withAction(pour, (a) => (a.kind === 'pour' ? { ...a, from: { ...a.from, in: man } } : a)))).toThrow(/actions\.0\.from\.in: The pour action names "person-1", which is not a vessel/);
    const tap = parsePrompt('water runs from the tap into the glass');
    expect(validPlan(tap).actions[0]?.kind).toBe('tap');
    const table = tap.entities.find((e) => e.kind === 'table');
    const onto = table ?? tap.entities.find((e) => e.form === 'tap')!;
    expect(() => validPlan(withAction(tap, (a) => (a.kind === 'tap' ? { ...a, into: onto.id } : a)))).toThrow(/which is not a vessel/);
  });

  it('refuses a crouch that rises before it is down, and takes one that rises after', () => {
    const crouch = parsePrompt('a man crouches and stands up again');
    expect(validPlan(crouch).actions[0]?.kind).toBe('crouch');
    const early = withAction(crouch, (a) => (a.kind === 'crouch' ? { ...a, riseSec: a.startSec + CROUCH_DOWN_SEC / 2 } : a));
    expect(() => validPlan(early)).toThrow(/actions\.0\.riseSec: The crouch rises at .* s, before it is down/);
    const onTime = withAction(crouch, (a) => (a.kind === 'crouch' ? { ...a, riseSec: a.startSec + CROUCH_DOWN_SEC } : a));
    expect(validPlan(onTime).actions).toHaveLength(1);
  });

  it('refuses a roll from a hand that names no one', () => {
    const roll = parsePrompt('a boy rolls a ball along the floor');
    const from = roll.actions.find((a) => a.kind === 'roll');
    expect(from?.kind === 'roll' && from.fromHand).toBe(true);
    const nobody = withAction(roll, (a) => (a.kind === 'roll' ? { kind: 'roll', object: a.object, velocity: a.velocity, startSec: a.startSec, fromHand: true } : a));
    expect(() => validPlan(nobody)).toThrow(/\.by: The roll is from a hand \(fromHand\) but names no one/);
  });

  it('knows as vessels exactly the objects that hold a liquid', () => {
    expect([...VESSEL_FORMS].sort()).toEqual(OBJECTS.filter((o) => o.holds).map((o) => o.form).sort());
  });
});
