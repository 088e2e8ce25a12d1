import { describe, expect, it } from 'vitest';
import type { ScenePlan } from '../../main/contract/scene-plan';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { validPlan } from '../../main/engine/simulate/simulate';

// A plan's actions name its entities by id; one that names no one was scheduled as nothing (a still
// scene) before the plan itself refused it.
const SHELF = parsePrompt('a vase falls over on the shelf');

function tipOf(plan: ScenePlan): Extract<ScenePlan['actions'][number], { kind: 'tip' }> {
  const tip = plan.actions.find((a) => a.kind === 'tip');
  if (!tip || tip.kind !== 'tip') throw new Error('no tip in the plan');
  return tip;
}

function withTip(plan: ScenePlan, change: Partial<ReturnType<typeof tipOf>>): ScenePlan {
  return { ...plan, actions: plan.actions.map((a) => (a.kind === 'tip' ? { ...a, ...change } : a)) };
}

describe('plan references', () => {
  it('takes the parser\'s plan, whose tip names the shelf it stands on', () => {
    const tip = tipOf(SHELF);
    expect(SHELF.entities.find((e) => e.id === tip.shelf)?.form).toBe('shelf');
    expect(validPlan(SHELF).actions).toHaveLength(SHELF.actions.length);
  });

  it('refuses a tip whose object is not in the scene, saying which', () => {
    expect(() => validPlan(withTip(SHELF, { object: 'ghost' }))).toThrow(/names "ghost", which is not a thing or person in the scene/);
  });

  it('refuses a shelf reference that names a thing that is not a shelf', () => {
    const vase = tipOf(SHELF).object;
    expect(() => validPlan(withTip(SHELF, { shelf: vase }))).toThrow(new RegExp(`names "${vase}", which is not a shelf`));
  });

  it('checks references nested in a liquid fill and in lists', () => {
    const pour = parsePrompt('pour water from a jug into a glass');
    const bad: ScenePlan = { ...pour, actions: pour.actions.map((a) => (a.kind === 'pour' ? { ...a, from: { ...a.from, in: 'nowhere' } } : a)) };
    expect(() => validPlan(bad)).toThrow(/actions\.0\.from\.in.*"nowhere"/);
    const dominoes = parsePrompt('a row of dominoes falls');
    const gap: ScenePlan = { ...dominoes, actions: dominoes.actions.map((a) => (a.kind === 'dominoes' ? { ...a, objects: [...a.objects, 'missing'] } : a)) };
    expect(() => validPlan(gap)).toThrow(/"missing"/);
  });

  it('refuses a reference of the wrong kind: a kick whose kicker is the ball, a hand owned by a thing', () => {
    const kick = parsePrompt('a kid kicks a soccer ball in the park');
    const action = kick.actions.find((a) => a.kind === 'kick');
    if (!action || action.kind !== 'kick') throw new Error('no kick');
    expect(validPlan(kick).actions).toHaveLength(kick.actions.length);
    const swapped: ScenePlan = { ...kick, actions: kick.actions.map((a) => (a.kind === 'kick' ? { ...a, actor: action.object, object: action.actor } : a)) };
    expect(() => validPlan(swapped)).toThrow(new RegExp(`names "${action.object}", which is not a person in the scene`));
    const vase = tipOf(SHELF).object;
    expect(() => validPlan(withTip(SHELF, { byHand: true, by: vase }))).toThrow(new RegExp(`names "${vase}", which is not a person`));
  });
});
