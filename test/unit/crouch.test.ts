// A person crouching where they stand: the knees bend, the hips drop and go back, the back leans
// forward and the hands rest on the knees, while the feet stay planted (no sliding, no sinking) and
// the weight stays over them; low enough that a hand reaches the floor; risen from when asked. A
// kneel puts the right knee on the floor, the left foot planted.
import { describe, expect, it } from 'vitest';
import { crouchTrack } from '../../main/engine/actions/crouch/schedule';
import { personPose } from '../../main/engine/actions/person-pose';
import { armReachM } from '../../main/engine/body/reach';
import { BODY, type PersonPose } from '../../main/engine/body/skeleton';
import { parsePrompt, readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { centreOfMass, HEEL_SHARE, TOES_SHARE, weightAheadOfAnkles } from '../helpers/body-balance';
import { at } from '../helpers/trace-points';

const gap = (a: readonly number[], b: readonly number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

// The palms cup the fronts of the knees, not the tops: the shoulders of a crouch this deep sit right
// over the knees, and a palm on top (10 cm above the knee joint, 9 cm under the shoulder) folded the
// arm shut and drew the hands in front of the chest.
function expectPalmsOverKnees(p: PersonPose, H: number, sides: readonly ('L' | 'R')[]): void {
  for (const s of sides) {
    const [hand, knee, shoulder] = [p[`hand${s}`], p[`knee${s}`], p[`shoulder${s}`]];
    expect(gap(hand, knee), s).toBeLessThan(0.08 * H);
    expect(hand[1] - knee[1], s).toBeLessThan(0.01 * H);
    expect(shoulder[1] - hand[1], s).toBeGreaterThan(0.1 * H);
    expect(gap(hand, shoulder), s).toBeGreaterThan(0.35 * (BODY.upperArm + BODY.forearm) * H);
  }
}

describe('crouching', () => {
  it('"a man crouches and stands up": feet planted, weight over them, hands on the knees, a hand within reach of the floor', async () => {
    const plan = parsePrompt('a man crouches and stands up');
    expect(plan.actions).toMatchObject([{ kind: 'crouch' }]);
    const trace = await simulate(plan, 1);
    const person = plan.entities.find((e) => e.kind === 'person')!;
    const track = trace.actors.find((a) => a.entityId === person.id)!;
    expect(track.animation).toBe('crouch');
    const H = person.size[0]!;
    const first = personPose(track, H, 0);
    let lowest = Infinity;
    for (let t = 0; t <= plan.format.durationSec; t += 0.05) {
      const p = personPose(track, H, t);
      // Planted: each ankle stays within a millimetre of where it stood, at its own height.
      expect(gap(p.footL, first.footL)).toBeLessThan(0.001);
      expect(gap(p.footR, first.footR)).toBeLessThan(0.001);
      expect(p.footL[1]).toBeCloseTo(BODY.ankleHeight * H, 3);
      // Balanced: the weight over the soles, between heel and toes, all the way down and up.
      const ahead = weightAheadOfAnkles(p, track.facing);
      expect(ahead).toBeGreaterThan(-HEEL_SHARE * H);
      expect(ahead).toBeLessThan(TOES_SHARE * H);
      lowest = Math.min(lowest, p.pelvis[1]);
    }
    const bottom = personPose(track, H, track.releaseSec + 0.2);
    // Down: the hips at about the knees' height and back behind the ankles, the palms on the knees.
    expect(lowest).toBeLessThan(0.25 * H);
    expect(Math.abs(bottom.pelvis[1] - bottom.kneeL[1])).toBeLessThan(0.1 * H);
    expect(bottom.pelvis[0] - bottom.footL[0]).toBeLessThan(-0.05 * H);
    expect(gap(bottom.handL, bottom.kneeL)).toBeLessThan(0.08 * H);
    expect(gap(bottom.handR, bottom.kneeR)).toBeLessThan(0.08 * H);
    expectPalmsOverKnees(bottom, H, ['L', 'R']);
    // A hand reaches a ball on the floor (a 10 cm one's middle) from the right shoulder.
    expect(bottom.shoulderR[1] - armReachM(H)).toBeLessThan(0.1);
    // And up again by the end of the clip.
    expect(personPose(track, H, plan.format.durationSec).head[1]).toBeGreaterThan(0.85 * H);
  });

  it('the free hand of a crouch that rolls a ball or picks a thing up rests over its knee, the feet planted', async () => {
    for (const prompt of ['a man rolls a ball across the floor', 'a man picks up a box from the floor', 'a woman squats']) {
      const plan = parsePrompt(prompt);
      const trace = await simulate(plan, 1);
      const person = plan.entities.find((e) => e.kind === 'person')!;
      const track = trace.actors.find((a) => a.entityId === person.id)!;
      expect(track.animation, prompt).toBe('crouch');
      const H = person.size[0]!;
      const first = personPose(track, H, 0);
      const bottom = personPose(track, H, track.releaseSec);
      expectPalmsOverKnees(bottom, H, ['L']);
      expect(gap(bottom.footL, first.footL) + gap(bottom.footR, first.footR), prompt).toBeLessThan(0.001);
    }
  });

  it('"a girl crouches" holds it; "squats" is a crouch; "kneels" goes down on one knee, the front foot planted, balanced', () => {
    const held = parsePrompt('a girl crouches');
    expect(held.actions).toMatchObject([{ kind: 'crouch' }]);
    expect(held.actions[0]).not.toHaveProperty('riseSec');
    expect(parsePrompt('a man squats down').actions).toMatchObject([{ kind: 'crouch' }]);
    expect(parsePrompt('a man squats down').actions[0]).not.toHaveProperty('kneel');
    const plan = parsePrompt('a man kneels');
    const action = plan.actions[0]!;
    expect(action).toMatchObject({ kind: 'crouch', kneel: true });
    expect(readPrompt('a man kneels').understanding?.notDepicted).toEqual([]);
    const man = plan.entities.find((e) => e.kind === 'person')!;
    const H = man.size[0]!;
    const track = crouchTrack(man.id, man.position, 0, action.startSec, undefined, 'kneel');
    const first = personPose(track, H, 0);
    const down = personPose(track, H, track.releaseSec + 0.1);
    for (let t = 0; t <= track.releaseSec + 0.5; t += 0.05) expect(gap(personPose(track, H, t).footL, first.footL)).toBeLessThan(0.001);
    // The right knee on the floor (its joint within 6 cm of it), under the hips; that foot back on its toes.
    expect(down.kneeR[1]).toBeLessThan(0.06);
    expect(Math.abs(down.kneeR[0] - down.pelvis[0])).toBeLessThan(0.05 * H);
    expect(down.footR[0] - first.footR[0]).toBeLessThan(-0.2 * H);
    expect(down.footR[1]).toBeGreaterThan(first.footR[1]);
    // The weight between the kneeling knee and the front foot's toes; the left palm on the left knee.
    const com = centreOfMass(down);
    expect(com[0]).toBeGreaterThan(down.kneeR[0] - 0.02 * H);
    expect(com[0]).toBeLessThan(down.footL[0] + TOES_SHARE * H);
    expect(gap(down.handL, down.kneeL)).toBeLessThan(0.08 * H);
  });

  it('"she crouches and picks up a ball": she crouches to the ball on the floor and rises with it, and the panel shows the crouch', async () => {
    const r = readPrompt('she crouches and picks up a ball');
    const plan = r.plan!;
    expect(plan.actions).toMatchObject([{ kind: 'lift', fromFloor: true }]);
    expect(plan.entities.some((e) => e.kind === 'table')).toBe(false);
    expect(r.understanding?.notDepicted).toEqual([]);
    expect(r.understanding?.words?.find((w) => w.word === 'crouches')?.depicted).toBe(true);
    expect(r.understanding?.action).toMatch(/crouches and picks the ball up/);
    const trace = await simulate(plan, 1);
    const person = plan.entities.find((e) => e.kind === 'person')!;
    const ball = plan.entities.find((e) => e.kind === 'ball')!;
    const track = trace.actors.find((a) => a.entityId === person.id)!;
    expect(track.animation).toBe('crouch');
    const H = person.size[0]!;
    // Down: her hips as low as a crouch's; then the ball comes up off the floor with her.
    let lowest = Infinity;
    for (let t = 0; t <= plan.format.durationSec; t += 0.05) lowest = Math.min(lowest, personPose(track, H, t).pelvis[1]);
    expect(lowest).toBeLessThan(0.3 * H);
    expect(at(trace, ball.id, trace.frames.length - 1)[1]! - ball.position[1]).toBeGreaterThan(0.3);
    // A kneel is another pose than the crouch of a pick-up: said, and listed as not shown.
    expect(readPrompt('she kneels and picks up a ball').understanding?.notDepicted).toContain('kneels');
  });
});
