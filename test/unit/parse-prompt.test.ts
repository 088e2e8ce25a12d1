import { describe, expect, it } from 'vitest';
import { ApiError } from '../../main/contract/api';
import { MAX_PROMPT_LENGTH } from '../../main/contract/format';
import { scenePlanSchema, type Entity, type ScenePlan } from '../../main/contract/scene-plan';
import { parsePrompt, readPrompt } from '../../main/engine/prompt/parse-prompt';
import { OBJECTS } from '../../main/engine/objects';
import { SETTING_FACTS } from '../../main/engine/settings/facts';

const MISS = 'a basketball player shoots at the hoop, the ball misses and bounces off the rim';

const of = (plan: ScenePlan, kind: Entity['kind']): Entity[] => plan.entities.filter((e) => e.kind === kind);
const one = (plan: ScenePlan, kind: Entity['kind']): Entity => {
  const found = of(plan, kind);
  expect(found).toHaveLength(1);
  return found[0] as Entity;
};

function shotIntent(prompt: string): string | undefined {
  const shot = parsePrompt(prompt).actions.find((a) => a.kind === 'shoot');
  return shot?.kind === 'shoot' ? shot.intent : undefined;
}

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected an ApiError');
}

describe('parsePrompt: basketball', () => {
  it('turns the miss prompt into a player, a regulation basketball and hoop, and a shot meant to miss', () => {
    const plan = parsePrompt(MISS);
    expect(scenePlanSchema.safeParse(plan).success).toBe(true);
    const person = one(plan, 'person');
    const ball = one(plan, 'ball');
    const hoop = one(plan, 'hoop');
    expect(ball.label).toBe('basketball');
    expect(ball.size[0]).toBeCloseTo(0.12, 3);
    expect(ball.mass).toBeGreaterThan(0.55);
    expect(ball.mass).toBeLessThan(0.65);
    expect(hoop.position[1]).toBeCloseTo(3.05, 3);
    expect(hoop.size[0]).toBeCloseTo(0.2286, 4);
    expect(hoop.material).toBe('metal');
    expect(person.size[0]).toBeGreaterThan(1.8);
    // The shooter faces the hoop from a real shooting distance, the ball in the hands.
    const distance = Math.hypot(hoop.position[0] - person.position[0], hoop.position[2] - person.position[2]);
    expect(distance).toBeGreaterThan(3.5);
    expect(distance).toBeLessThan(5);
    expect(Math.hypot(ball.position[0] - person.position[0], ball.position[2] - person.position[2])).toBeLessThan(0.7);
    expect(ball.position[1]).toBeGreaterThan(0.7);
    expect(plan.actions).toEqual([{ kind: 'shoot', actor: person.id, object: ball.id, target: hoop.id, intent: 'miss', startSec: expect.any(Number) }]);
    expect(plan.setting).toEqual({ kind: 'gym', indoor: true, timeOfDay: 'day' });
    expect(plan.format).toEqual({ durationSec: 5, fps: 24, width: 854, height: 480 });
  });

  it.each([
    ['a basketball player makes the shot', 'make'],
    ['a player shoots, swish', 'make'],
    ['a basketball player shoots at the hoop and scores', 'make'],
    ['she sinks a three pointer', 'make'],
    ['a basketball player shoots at the hoop', 'any'],
    ['a man shoots a basketball', 'any'],
    ['a player shoots and the ball does not go in', 'miss'],
    ["the shot doesn't score", 'miss'],
    ['a player bricks a free throw', 'miss'],
    ['a player shoots, the ball bounces off the rim and goes in', 'make'],
  ])('reads the outcome of "%s" as %s', (prompt, intent) => {
    expect(shotIntent(prompt)).toBe(intent);
  });

  it('gives the shot to the person doing the shooting, not to a bystander', () => {
    const plan = parsePrompt('a woman watches a man shoot at the hoop');
    const shot = plan.actions.find((a) => a.kind === 'shoot');
    const man = plan.entities.find((e) => e.label === 'man');
    expect(shot?.kind === 'shoot' ? shot.actor : null).toBe(man?.id);
    const woman = plan.entities.find((e) => e.label === 'woman');
    // The bystander stands clear of the shooter.
    expect(Math.hypot((woman?.position[0] ?? 0) - (man?.position[0] ?? 0), (woman?.position[2] ?? 0) - (man?.position[2] ?? 0))).toBeGreaterThan(1);
  });

  it('uses longer distances for three pointers than for free throws', () => {
    const gap = (prompt: string): number => {
      const plan = parsePrompt(prompt);
      return Math.abs(one(plan, 'hoop').position[0] - one(plan, 'person').position[0]);
    };
    expect(gap('a player shoots a three pointer')).toBeCloseTo(6.75, 2);
    expect(gap('a player shoots a free throw')).toBeCloseTo(4.19, 2);
  });
});

describe('parsePrompt: balls, boxes, ramps, tables', () => {
  it('drops a tennis ball a metre above a wooden table', () => {
    const plan = parsePrompt('a tennis ball drops onto a wooden table');
    const ball = one(plan, 'ball');
    const table = one(plan, 'table');
    expect(ball.label).toBe('tennis ball');
    expect(ball.size[0]).toBeCloseTo(0.0335, 4);
    expect(table.material).toBe('wood');
    const tableTop = table.position[1] + (table.size[1] ?? 0);
    expect(ball.position[1] - (ball.size[0] ?? 0) - tableTop).toBeCloseTo(1, 2);
    expect(Math.abs(ball.position[0] - table.position[0])).toBeLessThan(table.size[0] ?? 0);
    // Held there by a hand from outside the frame that lets go (it is said to drop; nobody is named).
    expect(plan.actions).toEqual([{ kind: 'drop', object: ball.id, startSec: expect.any(Number), byHand: true }]);
    expect(plan.setting.kind).toBe('room');
  });

  it('rolls a bowling ball down a ramp towards a stack of boxes', () => {
    const plan = parsePrompt('a bowling ball rolls down a ramp into a stack of boxes');
    const ball = one(plan, 'ball');
    const ramp = one(plan, 'ramp');
    const boxes = of(plan, 'box');
    expect(ball.label).toBe('bowling ball');
    expect(ball.mass).toBeGreaterThan(5);
    expect(boxes).toHaveLength(6);
    // Ball at the high (-x) end of the ramp, above its surface; boxes beyond the low end.
    expect(ball.position[0]).toBeLessThan(ramp.position[0] - 0.5 * (ramp.size[0] ?? 0));
    expect(ball.position[1]).toBeGreaterThan(ramp.position[1]);
    for (const b of boxes) expect(b.position[0]).toBeGreaterThan(ramp.position[0] + (ramp.size[0] ?? 0));
    // Stacked: some boxes rest on others.
    expect(Math.max(...boxes.map((b) => b.position[1]))).toBeGreaterThan(2 * (boxes[0]?.size[1] ?? 0));
    const roll = plan.actions.find((a) => a.kind === 'roll');
    expect(roll?.object).toBe(ball.id);
  });

  it('bounces three rubber balls on a street at night', () => {
    const plan = parsePrompt('three rubber balls bounce on the street at night');
    const balls = of(plan, 'ball');
    expect(balls).toHaveLength(3);
    for (const b of balls) {
      expect(b.material).toBe('rubber');
      expect(b.position[1]).toBeGreaterThan(0.5);
    }
    expect(new Set(balls.map((b) => b.id)).size).toBe(3);
    expect(plan.actions.filter((a) => a.kind === 'drop')).toHaveLength(3);
    expect(plan.setting).toEqual({ kind: 'street', indoor: false, timeOfDay: 'night' });
    expect(plan.lighting.intensity).toBeLessThan(1);
  });

  it.each([
    ['5 tennis balls fall', 'ball', 5],
    ['two boxes', 'box', 2],
    ['a stack of four crates', 'box', 4],
    ['a couple of balls bounce', 'ball', 2],
    ['ten golf balls drop', 'ball', 10],
    ['a dozen marbles', 'ball', 10],
  ] as const)('counts "%s"', (prompt, kind, count) => {
    expect(of(parsePrompt(prompt), kind)).toHaveLength(count);
  });

  it('takes materials and colours from the words in front of a noun', () => {
    const plan = parsePrompt('a red ball drops onto a glass table');
    expect(one(plan, 'ball').color).toBe(0xd63031);
    expect(one(plan, 'table').material).toBe('glass');
    const steel = parsePrompt('a ball made of steel falls');
    expect(one(steel, 'ball').material).toBe('metal');
    expect(one(steel, 'ball').mass).toBeGreaterThan(1);
  });
});

describe('parsePrompt: place, time, light, camera, duration, dialogue', () => {
  it.each([
    ['a ball bounces in the gym', 'gym', true],
    ['a ball bounces on a basketball court', 'gym', true],
    ['a ball bounces in the park', 'park', false],
    ['a ball bounces on the beach', 'beach', false],
    ['a ball bounces in the kitchen', 'kitchen', true],
    ['a ball bounces in an office', 'room', true],
    ['a ball bounces down the street', 'street', false],
  ] as const)('places "%s" in a %s', (prompt, kind, indoor) => {
    const s = parsePrompt(prompt).setting;
    expect(s.kind).toBe(kind);
    expect(s.indoor).toBe(indoor);
  });

  it.each([
    ['a ball drops at sunset', 'sunset'],
    ['a ball drops at dusk', 'sunset'],
    ['a ball drops at night', 'night'],
    ['a ball drops', 'day'],
  ] as const)('reads the time of day in "%s"', (prompt, time) => {
    expect(parsePrompt(prompt).setting.timeOfDay).toBe(time);
  });

  it('reads the lighting words', () => {
    expect(parsePrompt('a ball drops, warm light').lighting.mood).toBe('warm');
    expect(parsePrompt('a ball drops, cool light').lighting.mood).toBe('cool');
    expect(parsePrompt('a ball drops in a dark room').lighting.intensity).toBeLessThan(0.7);
    expect(parsePrompt('a ball drops in a bright room').lighting.intensity).toBeGreaterThan(1.2);
    // A colour shade is not the light.
    expect(parsePrompt('a dark blue ball drops').lighting.intensity).toBe(1);
  });

  it.each([
    ['close-up of a ball dropping', { shot: 'close' }],
    ['a wide shot of a ball dropping', { shot: 'wide' }],
    ['a ball dropping, side view', { angle: 'side' }],
    ['a player shoots, camera from behind', { angle: 'behind' }],
    ['a ball dropping, overhead', { angle: 'overhead' }],
    ['a ball dropping, high angle', { angle: 'high' }],
    ["a bird's eye view of a ball bouncing", { angle: 'overhead' }],
    ['a ball dropping seen from a high angle', { angle: 'high' }],
    ['the camera follows the ball as it drops', { motion: 'track' }],
    ['a tracking shot of a ball dropping', { motion: 'track' }],
    ['a ball dropping, orbit', { motion: 'orbit' }],
    ['a ball dropping, slow push in', { motion: 'push' }],
    ['zoom in on a ball dropping', { motion: 'push' }],
  ] as const)('reads the camera in "%s"', (prompt, expected) => {
    expect(parsePrompt(prompt).camera).toMatchObject(expected);
  });

  it('points a tracking camera at the ball', () => {
    const plan = parsePrompt('the camera follows the tennis ball as it drops onto the table');
    expect(plan.camera.subject).toBe(one(plan, 'ball').id);
  });

  it('reads and clamps durations, and lets an explicit format win', () => {
    expect(parsePrompt('a ball drops, 8 seconds').format.durationSec).toBe(8);
    expect(parsePrompt('a 3s clip of a ball dropping').format.durationSec).toBe(3);
    expect(parsePrompt('a ten second clip of a ball dropping').format.durationSec).toBe(10);
    expect(parsePrompt('a ball drops for 45 seconds').format.durationSec).toBe(20);
    expect(parsePrompt('a ball drops for 0.5 seconds').format.durationSec).toBe(1);
    expect(parsePrompt('a ball drops').format.durationSec).toBe(5);
    // "a second ball" is not a one-second clip.
    expect(parsePrompt('a ball drops and a second ball bounces').format.durationSec).toBe(5);
    expect(parsePrompt('a ball drops, 8 seconds', { durationSec: 4 }).format.durationSec).toBe(4);
    expect(parsePrompt('a ball drops', { fps: 30 }).format).toEqual({ durationSec: 5, fps: 30, width: 854, height: 480 });
    // Every action starts inside the clip.
    for (const a of parsePrompt('a player shoots at the hoop, 2 seconds').actions) expect(a.startSec).toBeLessThan(2);
  });

  it('turns quoted speech into a dialogue line without reading the quote as action', () => {
    const plan = parsePrompt('a woman watches a basketball player shoot at the hoop, she says "nice shot"');
    expect(plan.dialogue).toHaveLength(1);
    expect(plan.dialogue[0]).toMatchObject({ speaker: 'woman', text: 'nice shot' });
    expect(plan.dialogue[0]?.atSec).toBeGreaterThan(1.5);
    expect(plan.dialogue[0]?.atSec).toBeLessThan(plan.format.durationSec);
    // The shot is shown and the line is voiced over it, by the woman, in a woman's voice...
    expect(plan.understanding?.notDepicted).toEqual([]);
    expect(plan.dialogue[0]).toMatchObject({ actor: plan.entities.find((e) => e.label === 'woman')?.id, voice: 'woman' });
    expect(plan.understanding?.who).toContain('woman (says "nice shot")');
    // ...and a prompt whose only action is speaking is a man talking, not a still man.
    const talk = readPrompt('a man stands in a room and says "nice shot"');
    expect(talk.accepted).toBe(true);
    expect(talk.plan?.actions[0]?.kind).toBe('speak');
    expect(talk.understanding?.who).toEqual(['man (says "nice shot")']);
  });

  it('lists the person whose hands pour, stir or open the tap as doing it, not standing by', () => {
    const cases: [string, string][] = [
      ['a woman pours water from a jug into a glass', 'woman (pours)'],
      ['a man stirs coffee in a mug', 'man (stirs)'],
      ['a man turns on the tap and fills a glass', 'man (turns on the tap)'],
    ];
    for (const [prompt, who] of cases) {
      const plan = parsePrompt(prompt);
      const person = plan.entities.find((e) => e.kind === 'person')!;
      // The action is theirs (done by their hands), and the understanding says so.
      expect(plan.actions[0]).toMatchObject({ by: person.id });
      expect(plan.understanding?.who, prompt).toEqual([who]);
    }
    // Someone who does nothing is still standing by beside the one who pours.
    expect(parsePrompt('a woman pours water from a jug into a glass while a man watches').understanding?.who).toContain('man (standing by)');
    // A person who pours is the one pouring in the sentence; with nobody named it stays passive.
    expect(parsePrompt('a woman pours water from a jug into a glass').understanding?.action).toBe('the woman pours water from the jug into the glass');
    expect(parsePrompt('water is poured from a jug into a glass').understanding?.action).toBe('water is poured from the jug into the glass');
    // The tap's sentence reads as English with a person at the lever, and without one.
    expect(parsePrompt('a man fills the glass from the tap').understanding?.action).toBe('the man lets water run from the tap into the glass');
    expect(parsePrompt('a tap drips into the sink').understanding?.action).toBe('water drips from the tap into the sink');
  });
});

describe('parsePrompt: errors', () => {
  it('refuses an empty or blank prompt as invalid input', () => {
    expect(apiError(() => parsePrompt('')).code).toBe('invalid_input');
    const blank = apiError(() => parsePrompt('   \n\t '));
    expect(blank.code).toBe('invalid_input');
    expect(blank.message).toMatch(/prompt/i);
  });

  it('refuses an overlong prompt as invalid input', () => {
    const long = `a ball drops ${'very '.repeat(MAX_PROMPT_LENGTH)}`;
    const error = apiError(() => parsePrompt(long));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain(String(MAX_PROMPT_LENGTH));
    // Exactly at the limit is fine.
    const atLimit = `a ball drops${' '.repeat(0)}`.padEnd(MAX_PROMPT_LENGTH, '.');
    expect(parsePrompt(atLimit).entities.length).toBeGreaterThan(0);
  });

  it('refuses a prompt with nothing v1 can depict, saying what it can show', () => {
    for (const prompt of ['a quiet poem about love', 'the meaning of life', 'quantum entanglement explained']) {
      const error = apiError(() => parsePrompt(prompt));
      expect(error.code).toBe('unsupported_prompt');
      expect(error.message).toMatch(/balls/);
      expect(error.message).toMatch(/poured/);
      // Every everyday thing and place it knows, from their own tables.
      for (const o of OBJECTS.filter((x) => x.form !== 'tap' && x.form !== 'sink')) expect(error.message).toContain(o.label);
      for (const f of SETTING_FACTS) expect(error.message).toContain(f.words[0]);
      // And what it suggests trying, it can show (the quoted word it names as not shown comes before "Try:").
      expect(error.message).toContain('Try:');
      for (const [, tryThis] of error.message.split('Try:')[1]!.matchAll(/"([^"]+)"/g)) expect(parsePrompt(tryThis!).actions.length).toBeGreaterThan(0);
    }
  });

  it('refuses an invalid video format', () => {
    expect(apiError(() => parsePrompt('a ball drops', { fps: 500 })).code).toBe('invalid_input');
  });
});

describe('parsePrompt: kick and dribble', () => {
  it('gives a kick to the kid, with the ball resting on the grass in front of them', () => {
    const plan = parsePrompt('a kid kicks a soccer ball in the park');
    expect(scenePlanSchema.safeParse(plan).success).toBe(true);
    const kid = one(plan, 'person');
    const ball = one(plan, 'ball');
    expect(kid.label).toBe('kid');
    expect(ball.label).toBe('soccer ball');
    expect(ball.position[1]).toBeCloseTo(ball.size[0] ?? 0, 4);
    expect(plan.setting.kind).toBe('park');
    expect(plan.actions).toEqual([{ kind: 'kick', actor: kid.id, object: ball.id, velocity: expect.any(Array), startSec: expect.any(Number) }]);
    const kick = plan.actions[0];
    if (kick?.kind !== 'kick') return;
    // Forward (+x) and up, from a kicker standing just behind the ball.
    expect(kick.velocity[0]).toBeGreaterThan(3);
    expect(kick.velocity[1]).toBeGreaterThan(0);
    expect(ball.position[0] - kid.position[0]).toBeGreaterThan(0.1);
    expect(ball.position[0] - kid.position[0]).toBeLessThan(0.5);
  });

  it('kicks a ball into boxes with a kicker, and implies one when nobody is named', () => {
    const boxes = parsePrompt('a man kicks a ball into a stack of boxes');
    const man = one(boxes, 'person');
    expect(boxes.actions.find((a) => a.kind === 'kick')).toMatchObject({ kind: 'kick', actor: man.id, object: one(boxes, 'ball').id });
    const nobody = parsePrompt('a soccer ball is kicked across the park');
    const kicker = one(nobody, 'person');
    expect(nobody.actions).toEqual([expect.objectContaining({ kind: 'kick', actor: kicker.id })]);
  });

  it('gives a dribble to the player, with a basketball in the hands', () => {
    const plan = parsePrompt('a basketball player dribbles the ball on the court');
    expect(scenePlanSchema.safeParse(plan).success).toBe(true);
    const player = one(plan, 'person');
    const ball = one(plan, 'ball');
    expect(ball.label).toBe('basketball');
    expect(plan.setting.kind).toBe('gym');
    expect(plan.actions).toEqual([{ kind: 'dribble', actor: player.id, object: ball.id, startSec: expect.any(Number) }]);
    // Held in front of the waist to start with.
    expect(ball.position[1]).toBeGreaterThan(0.35 * (player.size[0] ?? 0));
    expect(ball.position[1]).toBeLessThan(0.65 * (player.size[0] ?? 0));
    expect(Math.hypot(ball.position[0] - player.position[0], ball.position[2] - player.position[2])).toBeLessThan(0.6);
    expect(parsePrompt('someone dribbling').actions[0]?.kind).toBe('dribble');
  });
});

describe('parsePrompt: quoted lines', () => {
  it('takes single quotes around a phrase as speech, as people type it, but never an apostrophe', () => {
    const single = parsePrompt("a woman says 'hello there' to a knight");
    expect(single.dialogue.map((line) => line.text)).toEqual(['hello there']);
    const inside = parsePrompt("a man says 'it's fine' to a child");
    expect(inside.dialogue.map((line) => line.text)).toEqual(["it's fine"]);
    const curly = parsePrompt('a woman says \u2018good morning\u2019 to a man');
    expect(curly.dialogue.map((line) => line.text)).toEqual(['good morning']);
    // Possessives and contractions are words, not lines.
    const words = readPrompt("the players' ball doesn't stop: it rolls down the kids' ramp");
    expect(words.plan?.dialogue ?? []).toEqual([]);
  });
});

describe('readPrompt: the panel\'s words', () => {
  it('never lists a function word the tagger took for a verb as not shown: "a glass falls off the table"', () => {
    const words = readPrompt('a glass falls off the table').understanding?.words ?? [];
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => !w.depicted)).toEqual([]);
    // A verb the scene does not perform still is not shown.
    expect(readPrompt('a man pushes a bottle and it tips over').understanding?.words?.find((w) => w.word === 'pushes')?.depicted).toBe(false);
  });
});
