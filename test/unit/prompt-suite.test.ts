// Prompts like the ones people type into video generators: what each is understood as, or that it
// is refused (never a still scene that ignores the request); and for a lean subset, the real
// simulation and soundtrack match what was understood.
import { describe, expect, it } from 'vitest';
import { onsetAt } from '../helpers/sound-onset';
import { SAMPLE_RATE } from '../../main/contract/format';
import type { ElementKind, Entity, ScenePlan } from '../../main/contract/scene-plan';
import type { TraceEvent } from '../../main/contract/world-trace';
import { synthesizeAudio } from '../../main/engine/audio/synthesize';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { shoreOf } from '../../main/engine/elements/surf/shore';
import { PROMPT_EXAMPLES } from '../../renderer/src/components/prompt/prompt-examples';

type Kind = Entity['kind'];
interface Expect {
  action?: ScenePlan['actions'][number]['kind'] | null;
  has?: Partial<Record<Kind, number>>;
  setting?: ScenePlan['setting']['kind'];
  time?: ScenePlan['setting']['timeOfDay'];
  camera?: Partial<ScenePlan['camera']>;
  // Words the understanding must list as not shown (and, when [], that nothing is).
  notShown?: string[];
  intent?: 'make' | 'miss' | 'any';
  board?: boolean;
  // Who says each quoted line (their labels), and in which voice.
  lines?: string[];
  voices?: string[];
  // The place's elements (rain, surf).
  elements?: ElementKind[];
}

const ACCEPTED: [string, Expect][] = [
  ['A basketball player shoots a free throw in an empty gym', { action: 'shoot', has: { person: 1, ball: 1, hoop: 1 }, setting: 'gym', notShown: ['empty'] }],
  ['the ball misses and bounces off the backboard', { action: 'shoot', intent: 'miss', board: true, notShown: [] }],
  ['a player banks it in off the glass', { action: 'shoot', intent: 'make', board: true }],
  ['nothing but net!', { action: 'shoot', intent: 'make', has: { hoop: 1 } }],
  ['a shooter drains a three pointer at night', { action: 'shoot', intent: 'make', time: 'night' }],
  ['a woman shoots a basketball and misses, camera from behind', { action: 'shoot', intent: 'miss', camera: { angle: 'behind' } }],
  ['overhead shot of a basketball player dunking', { action: 'shoot', camera: { angle: 'overhead' } }],
  ['a player dribbles and then shoots', { action: 'shoot', notShown: ['dribbles'] }],
  ['a basketball player dribbles the ball on the court', { action: 'dribble', setting: 'gym', notShown: [] }],
  ['someone dribbling a basketball in a parking lot at sunset', { action: 'dribble', setting: 'street', time: 'sunset' }],
  ['a kid kicks a soccer ball in the park', { action: 'kick', setting: 'park', has: { person: 1, ball: 1 }, notShown: [] }],
  ['two kids kick a soccer ball on the beach at dawn, slow motion', { action: 'kick', setting: 'beach', has: { person: 2 }, notShown: ['slow motion'] }],
  ['a man kicks a ball into a stack of boxes', { action: 'kick', has: { box: 6 } }],
  ['a soccer ball is kicked across the park', { action: 'kick', has: { person: 1 } }],
  ['a man throws a tennis ball', { action: 'throw', has: { person: 1, ball: 1 } }],
  ['a girl tosses a red ball at three crates', { action: 'throw', has: { box: 3 } }],
  ['a baseball is thrown hard across a field', { action: 'throw', setting: 'park' }],
  ['a bowling ball rolls down a ramp into a stack of boxes', { action: 'roll', has: { ramp: 1, box: 6 } }],
  ['a marble rolls slowly across a wooden table', { action: 'roll', has: { table: 1 } }],
  ['a ball falls off the table', { action: 'roll', has: { table: 1 } }],
  ['three golf balls roll down the street', { action: 'roll', setting: 'street', has: { ball: 3 } }],
  ['a red rubber ball bounces down a flight of concrete stairs', { action: 'drop', has: { stairs: 1, ball: 1 }, notShown: [] }],
  ['a tennis ball rolls down the stairs', { action: 'roll', has: { stairs: 1 } }],
  ['a tennis ball drops onto a wooden table', { action: 'drop', has: { table: 1 }, setting: 'room', notShown: [] }],
  ['three rubber balls bounce on the street at night', { action: 'drop', has: { ball: 3 }, setting: 'street', time: 'night', notShown: [] }],
  ['a basketball bounces in the gym, close-up', { action: 'drop', camera: { shot: 'close' } }],
  ['a beach ball bounces on the sand at sunset', { action: 'drop', setting: 'beach', time: 'sunset' }],
  // Every scene has a floor: the ball lands on it (it was listed as not shown before the ground words were read).
  ['a steel ball drops from 2 meters onto the floor', { action: 'drop', notShown: [] }],
  ['5 tennis balls fall, tracking shot', { action: 'drop', has: { ball: 5 }, camera: { motion: 'track' } }],
  ['a bowling ball dropped in a kitchen, slow push in', { action: 'drop', setting: 'kitchen', camera: { motion: 'push' } }],
  ['a volleyball bounces on the beach, orbit around it', { action: 'drop', camera: { motion: 'orbit' } }],
  ['a blue bouncy ball bounces in a dim room, 8 seconds', { action: 'drop', setting: 'room' }],
  ['a stack of boxes collapses', { action: 'topple', has: { box: 6 } }],
  ['a tower of crates topples over in a warehouse', { action: 'topple', setting: 'room' }],
  ['a dozen marbles', { action: 'drop', has: { ball: 10 } }],
  ['two boxes', { action: null, has: { box: 2 } }],
  ['a basketball player stands in a gym', { action: null, has: { person: 1 }, notShown: [] }],
  ['a wide shot of a soccer ball being kicked on a lawn, golden hour', { action: 'kick', camera: { shot: 'wide' }, time: 'sunset' }],
  ['bird\'s eye view of a ball rolling down a ramp', { action: 'roll', camera: { angle: 'overhead' } }],
  ['a medicine ball drops in the gym, cinematic, 4k', { action: 'drop', notShown: ['cinematic', '4k'] }],
  ['a woman watches a man shoot at the hoop, she says "nice shot"', { action: 'shoot', notShown: [], lines: ['woman'] }],
  ['a huge beach ball rolls across a parking lot', { action: 'roll', setting: 'street' }],
  ['a ping pong ball bounces on a glass table', { action: 'drop', has: { table: 1 } }],
  ['a kid in a red shirt kicks a soccer ball', { action: 'kick', notShown: [] }],
  ['a yellow tennis ball bounces next to a purple box', { action: 'drop', notShown: [] }],
  ['a ball bounces past a quiet tree', { action: 'drop', notShown: ['quiet tree'] }],
  ['a man walks through a forest, footsteps and birdsong', { action: 'walk', setting: 'forest', has: { person: 1 }, notShown: [] }],
  ['a man runs along the beach at sunset', { action: 'walk', setting: 'beach', time: 'sunset', notShown: [] }],
  ['a woman walks across the park and stops', { action: 'walk', setting: 'park', notShown: [] }],
  ['a boy walks down the street, turns around and walks back', { action: 'walk', setting: 'street', notShown: [] }],
  ['front view of a girl dribbling a basketball, medium shot', { action: 'dribble', camera: { angle: 'front', shot: 'medium' }, notShown: [] }],
  ['a soccer ball rolls across a lawn, static camera, high angle', { action: 'roll', camera: { motion: 'static', angle: 'high' }, notShown: [] }],
  ['a player shoots a layup, side view, wide shot', { action: 'shoot', camera: { angle: 'side', shot: 'wide' }, notShown: [] }],
  ['a girl jogs down a quiet street at night', { action: 'walk', setting: 'street', notShown: [] }],
  ['a hiker walks through the woods as the wind rustles the leaves', { action: 'walk', setting: 'forest' }],
  ['a soccer ball rolls across the forest floor', { action: 'roll', setting: 'forest' }],
  ['a woman says "hello there" to a knight', { action: 'speak', has: { person: 2 }, notShown: [], lines: ['woman'], voices: ['woman'] }],
  ['a knight says "well met" to a woman and she replies "the dragon is gone"', { action: 'speak', notShown: [], lines: ['knight', 'woman'], voices: ['knight', 'woman'] }],
  ['two men talk in the park, one says "nice day" and the other says "it is"', { action: 'speak', setting: 'park', has: { person: 2 }, voices: ['man', 'man-2'] }],
  ['a little girl shouts "catch me" as she runs across the beach', { action: 'walk', setting: 'beach', lines: ['girl'], voices: ['child'] }],
  ['an old man whispers "it is late" to his grandson in the kitchen', { action: 'speak', setting: 'kitchen', lines: ['old man'], voices: ['elder-man'] }],
  ['a coach yells "run!" in the gym', { action: 'speak', setting: 'gym', lines: ['coach'] }],
  ['a glass falls off a table and shatters', { action: 'fall', has: { object: 1, table: 1 }, setting: 'room', notShown: [] }],
  ['a plate falls off a table and breaks', { action: 'fall', has: { object: 1, table: 1 }, notShown: [] }],
  ['a blue vase tips off the kitchen table and smashes', { action: 'fall', setting: 'kitchen', notShown: [] }],
  ['a wine bottle drops onto the street and shatters, slow motion', { action: 'fall', setting: 'street', notShown: ['slow motion'] }],
  ['a glass of water falls', { action: 'fall', has: { object: 1 }, notShown: [] }],
  ['a ceramic bowl falls off a desk', { action: 'fall', has: { table: 1 }, notShown: [] }],
  ['a red mug falls off the table onto the floor, close-up', { action: 'fall', camera: { shot: 'close' } }],
  ['a ball rolls across a glass table', { action: 'roll', has: { table: 1, object: 0 } }],
  ['a man trips and falls in the park', { action: 'trip', setting: 'park', has: { person: 1 }, notShown: [] }],
  ['a woman slips on the street and falls flat, then gets back up', { action: 'trip', setting: 'street', notShown: [] }],
  ['a kid stumbles and falls on the beach', { action: 'trip', setting: 'beach', notShown: [] }],
  ['an old man falls down in the kitchen and stays down', { action: 'trip', setting: 'kitchen', notShown: [] }],
  ['a hiker trips over a root in the forest', { action: 'trip', setting: 'forest', notShown: ['root'] }],
  ['a woman watches a vase fall off the table and break', { action: 'fall', has: { person: 1, object: 1 } }],
  ['rain falls on a quiet street at night', { action: null, setting: 'street', time: 'night', elements: ['rain'], notShown: [] }],
  ['heavy rain pours down on the park', { action: null, setting: 'park', elements: ['rain'], notShown: [] }],
  ['it is raining in the forest', { action: null, setting: 'forest', elements: ['rain'], notShown: [] }],
  ['a man walks down the street in the rain', { action: 'walk', setting: 'street', elements: ['rain'], notShown: [] }],
  ['a basketball bounces in the rain', { action: 'drop', setting: 'street', elements: ['rain'], notShown: [] }],
  ['a glass falls off a table in the rain', { action: 'fall', elements: ['rain'] }],
  ['waves crash on a beach at sunset', { action: null, setting: 'beach', time: 'sunset', elements: ['surf'], camera: { shot: 'wide' }, notShown: [] }],
  ['ocean waves roll in and break on the shore', { action: null, setting: 'beach', elements: ['surf'], notShown: [] }],
  ['waves gently lap the sand at night', { action: null, setting: 'beach', time: 'night', elements: ['surf'] }],
  ['a kid kicks a soccer ball on the beach in the rain', { action: 'kick', setting: 'beach', elements: ['rain', 'surf'], notShown: [] }],
  ['rain falls on the sea', { action: null, setting: 'beach', elements: ['rain', 'surf'], notShown: [] }],
  ['a ball falls into the sea', { action: 'drop', setting: 'beach', has: { ball: 1 }, elements: ['surf'], notShown: [] }],
  ['a rock is thrown into the waves', { action: 'throw', setting: 'beach', has: { person: 1, ball: 0, object: 1 }, elements: ['surf'], notShown: [] }],
  ['a kid throws a stone into the sea', { action: 'throw', setting: 'beach', has: { person: 1, ball: 0, object: 1 }, elements: ['surf'], notShown: [] }],
];

const REFUSED: [string, RegExp][] = [
  ['waves crash in the forest', /only on a beach/],
  ['rain falls in the gym', /only outdoors/],
  ['a man walks into the sea', /only something dropped or thrown goes into the sea/],
  ['a woman swims in the ocean', /"swims"|in the ocean/],
  ['a man talks to a woman', /in quotes/],
  ['a dog chases a ball in the park', /a dog/],
  ['a kid kicks a pinecone', /pinecone/],
  ['a cat jumps onto a table', /a cat/],
  ['a man juggles three balls', /"juggles"/],
  ['a girl dances in the rain', /"dances"/],
  ['a car drives down a city street at night', /a car/],
  ['fireworks explode over a city skyline', /fireworks/],
  ['a chef cooks pasta in a kitchen', /chef/],
  ['a quiet poem about love', /poem/],
  ['the meaning of life', /balls/],
  ['a man sits on a table', /"sits"/],
];

function readOrFail(prompt: string) {
  const r = readPrompt(prompt);
  if (!r.plan || !r.understanding) throw new Error(`"${prompt}" was refused: ${r.refusal}`);
  return { plan: r.plan, understanding: r.understanding };
}

describe('prompt suite: what each prompt is understood as', () => {
  it(`has at least 60 prompts`, () => {
    expect(ACCEPTED.length + REFUSED.length + PROMPT_EXAMPLES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ACCEPTED)('understands "%s"', (prompt, want) => {
    const { plan, understanding } = readOrFail(prompt);
    if (want.action !== undefined) expect(plan.actions[0]?.kind ?? null).toBe(want.action);
    for (const [kind, n] of Object.entries(want.has ?? {})) expect(plan.entities.filter((e) => e.kind === kind), kind).toHaveLength(n);
    if (want.setting) expect(plan.setting.kind).toBe(want.setting);
    if (want.time) expect(plan.setting.timeOfDay).toBe(want.time);
    if (want.camera) expect(plan.camera).toMatchObject(want.camera);
    const shot = plan.actions.find((a) => a.kind === 'shoot');
    if (want.intent) expect(shot?.intent).toBe(want.intent);
    if (want.board !== undefined) expect(shot?.via === 'board').toBe(want.board);
    if (want.lines) expect(plan.dialogue.map((l) => plan.entities.find((e) => e.id === l.actor)?.label)).toEqual(want.lines);
    if (want.voices) expect(plan.dialogue.map((l) => l.voice)).toEqual(want.voices);
    if (want.elements) expect(plan.setting.elements).toEqual(want.elements);
    // Rain by day comes with a dimmer, cooler light (clouds), unless the prompt sets the light.
    if (plan.setting.elements?.includes('rain') && plan.setting.timeOfDay === 'day') expect(plan.lighting).toEqual({ mood: 'cool', intensity: 0.7 });
    if (want.notShown?.length === 0) expect(understanding.notDepicted).toEqual([]);
    else for (const w of want.notShown ?? []) expect(understanding.notDepicted).toContain(w);
    // Every sentence of the reading is plain English: an action's own sentence names people and
    // things once ("the woman talks to the knight", never "the the knight").
    expect(JSON.stringify(understanding)).not.toMatch(/\bthe the\b/);
    // Whatever was understood is said: an action sentence whenever something happens.
    expect(understanding.action === null).toBe(plan.actions.length === 0 && (plan.setting.elements ?? []).length === 0);
  });

  it.each(REFUSED)('refuses "%s", saying what it cannot show and what it can', (prompt, why) => {
    const r = readPrompt(prompt);
    expect(r.accepted).toBe(false);
    expect(r.plan).toBeNull();
    expect(r.refusal).toMatch(why);
    expect(r.refusal).toMatch(/can show balls|Kinora speaks it/);
  });

  it('a refusal never marks the refused words as shown ("a man walks into the sea")', () => {
    const r = readPrompt('a man walks into the sea');
    expect(r.accepted).toBe(false);
    const word = (w: string) => r.understanding?.words?.find((x) => x.word === w);
    expect(word('sea')?.depicted).toBe(false);
    expect(word('walks')?.depicted).toBe(false);
    expect(r.understanding?.notDepicted).toEqual(expect.arrayContaining(['sea']));
  });

  it.each(PROMPT_EXAMPLES.map((p) => [p]))('takes the editor suggestion "%s" exactly as written', (prompt) => {
    const { plan, understanding } = readOrFail(prompt);
    // Something happens: an action, or the place's elements (rain falling).
    expect(plan.actions.length + (plan.setting.elements?.length ?? 0)).toBeGreaterThan(0);
    expect(understanding.notDepicted).toEqual([]);
  });
});


const contactsWith = (events: readonly TraceEvent[], id: string) => events.filter((e): e is Extract<TraceEvent, { kind: 'contact' }> => e.kind === 'contact' && (e.a === id || e.b === id));

describe('prompt suite: accepted prompts move and sound as understood', () => {
  it.each(['a ball falls into the sea', 'a rock is thrown into the waves', 'a kid throws a stone into the sea'])('"%s": it comes down in the water, splashes, and the splash is heard', async (prompt) => {
    const { plan, understanding } = readOrFail(prompt);
    expect(understanding.action).toMatch(/into the sea$/);
    const thing = plan.entities.find((e) => e.kind !== 'person')!;
    // The people stay on the sand.
    for (const p of plan.entities.filter((e) => e.kind === 'person')) expect(shoreOf(plan).offshore(p.position)).toBeLessThan(0);
    const trace = await simulate(plan, 2);
    const splashes = trace.events.filter((e) => e.kind === 'splash');
    expect(splashes).toHaveLength(1);
    expect(splashes[0]).toMatchObject({ object: thing.id });
    expect(shoreOf(plan).offshore(splashes[0]!.position)).toBeGreaterThan(1);
    // Under the water it is neither heard knocking on the sand nor told as landing there.
    expect(trace.events.filter((e) => e.kind === 'contact' && e.t > splashes[0]!.t && (e.a === thing.id || e.b === thing.id))).toEqual([]);
    expect(trace.outcome.summary).not.toMatch(/hit the sand|never touched/);
    // Heard at its time: its own sound starts there (a small stone is quieter than the breaking waves,
    // so it is measured alone; a ball dropped in a lull stands out of the whole mix too).
    const energy = (samples: Float32Array, t: number) => {
      let e = 0;
      for (let i = Math.round(t * SAMPLE_RATE); i < Math.round((t + 0.1) * SAMPLE_RATE); i++) e += (samples[2 * i] ?? 0) ** 2 + (samples[2 * i + 1] ?? 0) ** 2;
      return e;
    };
    const alone = synthesizeAudio(plan, { ...trace, events: splashes }, { ambience: false }).samples;
    expect(energy(alone, splashes[0]!.t)).toBeGreaterThan(0.1);
    expect(energy(alone, splashes[0]!.t - 0.12)).toBe(0);
    if (thing.kind === 'ball') expect(onsetAt(synthesizeAudio(plan, trace, { ambience: false }).samples, splashes[0]!.t)).toBeGreaterThan(2);
  });

  it('walks through a forest: the feet move forward, and each footstep is heard when a foot lands', async () => {
    const { plan } = readOrFail('a man walks through a forest, footsteps and birdsong, 3 seconds');
    const trace = await simulate(plan, 2);
    const steps = trace.events.filter((e) => e.kind === 'footstep');
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.position[0]).toBeGreaterThan(steps[i - 1]!.position[0]);
    expect(trace.outcome.summary).toMatch(/walked/);
    const audio = synthesizeAudio(plan, trace, { ambience: false });
    for (const s of steps) expect(onsetAt(audio.samples, s.t)).toBeGreaterThan(4);
  });

  it('bounces a rubber ball down the stairs, step after step, each landing heard', async () => {
    const { plan } = readOrFail('a red rubber ball bounces down a flight of concrete stairs, 3 seconds');
    const trace = await simulate(plan, 7);
    const stairs = plan.entities.find((e) => e.kind === 'stairs')!;
    const steps = contactsWith(trace.events, stairs.id);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    // Each landing is lower than the one before: it goes down the flight.
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.position[1]).toBeLessThanOrEqual(steps[i - 1]!.position[1] + 1e-6);
    expect(steps[steps.length - 1]!.position[1]).toBeLessThan(steps[0]!.position[1] - 0.3);
    expect(trace.outcome.summary).toMatch(/bounced down the stairs/);
    const audio = synthesizeAudio(plan, trace, { ambience: false });
    for (const s of steps) expect(onsetAt(audio.samples, s.t)).toBeGreaterThan(4);
  });

  it('misses off the backboard: the ball touches the board and stays out', async () => {
    const { plan } = readOrFail('a player shoots, the ball misses and bounces off the backboard, 3 seconds');
    const trace = await simulate(plan, 3);
    expect(trace.outcome.scored).toBe(false);
    expect(trace.outcome.intentMatched).toBe(true);
    expect(trace.outcome.summary).toMatch(/backboard/);
    const board = contactsWith(trace.events, plan.entities.find((e) => e.kind === 'hoop')!.id).filter((e) => e.materialA === 'glass' || e.materialB === 'glass');
    expect(board.length).toBeGreaterThanOrEqual(1);
  });

  it('kicks the ball: it flies forward from the foot, and the strike is heard', async () => {
    const { plan } = readOrFail('a kid kicks a soccer ball in the park, 3 seconds');
    const trace = await simulate(plan, 5);
    const ball = plan.entities.findIndex((e) => e.kind === 'ball');
    const x = (f: number): number => trace.frames[f]![ball * 7]!;
    expect(x(trace.frameCount - 1) - x(0)).toBeGreaterThan(2);
    const kid = plan.entities.find((e) => e.kind === 'person')!;
    const strike = contactsWith(trace.events, kid.id)[0];
    expect(strike).toBeDefined();
    expect(onsetAt(synthesizeAudio(plan, trace, { ambience: false }).samples, strike!.t)).toBeGreaterThan(4);
  });
});
