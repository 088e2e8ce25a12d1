import { describe, expect, it } from 'vitest';
import { ELEMENTS as ELEMENT_KINDS, SETTINGS as SETTING_KINDS, actionSchema } from '../../main/contract/scene-plan';
import { ELEMENTS } from '../../main/engine/elements';
import { ELEMENT_FACTS } from '../../main/engine/elements/facts';
import { actorTrackSchema } from '../../main/contract/world-trace';
import { ACTIONS, actionModule, poseRigFor } from '../../main/engine/actions';
import { SETTINGS, settingModule } from '../../main/engine/settings';
import { SETTING_FACTS } from '../../main/engine/settings/facts';
import { runtimeImports } from '../helpers/import-graph';

const contractActionKinds = actionSchema.options.map((o) => o.shape.kind.value);

describe('module tables', () => {
  it('has exactly one action module for every action kind in the contract, and no other', () => {
    for (const kind of contractActionKinds) expect(ACTIONS.filter((m) => m.kind === kind)).toHaveLength(1);
    expect(ACTIONS.map((m) => m.kind).sort()).toEqual([...contractActionKinds].sort());
    expect(actionModule('kick').kind).toBe('kick');
  });

  it('has exactly one setting module for every setting kind in the contract, and no other', () => {
    for (const kind of SETTING_KINDS) expect(SETTINGS.filter((m) => m.kind === kind)).toHaveLength(1);
    expect(SETTINGS.map((m) => m.kind).sort()).toEqual([...SETTING_KINDS].sort());
    // The facts the parser reads are the modules' own, in the same order.
    expect(SETTING_FACTS.map((f) => f.kind)).toEqual(SETTINGS.map((m) => m.kind));
    SETTING_FACTS.forEach((f, i) => expect(SETTINGS[i]).toMatchObject(f));
  });

  it('has exactly one element module for every element kind in the contract, its facts the parser reads in the same order', () => {
    expect(ELEMENTS.map((m) => m.kind)).toEqual([...ELEMENT_KINDS]);
    expect(ELEMENT_FACTS.map((f) => f.kind)).toEqual([...ELEMENT_KINDS]);
    ELEMENT_FACTS.forEach((f, i) => expect(ELEMENTS[i]).toMatchObject(f));
  });

  it('animates every non-idle track with exactly one action pose', () => {
    for (const animation of actorTrackSchema.shape.animation.options) {
      if (animation === 'idle') {
        expect(poseRigFor(animation)).toBeNull();
        continue;
      }
      expect(ACTIONS.filter((m) => m.pose?.animations.includes(animation))).toHaveLength(1);
    }
  });

  it('throws on an unknown kind instead of guessing', () => {
    expect(() => actionModule('juggle' as never)).toThrow(/juggle/);
    expect(() => settingModule('moon' as never)).toThrow(/moon/);
    expect(() => poseRigFor('swim' as never)).toThrow(/swim/);
  });

  it('gives every module words and no two modules the same setting word', () => {
    for (const m of ACTIONS) expect(m.words.verbs.length).toBeGreaterThan(0);
    const seen = new Map<string, string>();
    for (const s of SETTINGS) {
      for (const w of s.words) {
        expect(seen.get(w), `"${w}" is claimed by ${seen.get(w)} and ${s.kind}`).toBeUndefined();
        seen.set(w, s.kind);
      }
    }
  });
});

describe('what reading a prompt loads', () => {
  it('parses prompts without loading three.js, the physics engine or the sound synthesizer', () => {
    const { files, packages } = runtimeImports('main/engine/prompt/parse-prompt.ts');
    expect([...packages]).not.toContain('three');
    expect([...packages]).not.toContain('@dimforge/rapier3d-compat');
    expect([...files].filter((f) => /engine\/(frames|audio)\//.test(f) && !f.endsWith('footstep-surface.ts'))).toEqual([]);
  });

  it('simulates without loading three.js', () => {
    expect([...runtimeImports('main/engine/simulate/simulate.ts').packages]).not.toContain('three');
  });
});
