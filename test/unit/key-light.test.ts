// The key light (the sun, or the ceiling lamp) comes from over the camera's shoulder and from ahead
// of the person the shot is about, so their face is lit, not the back of their head: a walker, a
// kicker, a shooter and a person pouring at a table, whichever way each faces along the action.
import { describe, expect, it } from 'vitest';
import { pickSubject } from '../../main/engine/frames/camera/focus';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

describe('the key light', () => {
  it.each([
    'a woman walks in the park',
    'a man walks down a city street at sunset',
    'a kid kicks a soccer ball in the park',
    'a basketball player shoots at the hoop',
    'a woman pours water from a jug into a glass',
  ])('lights the face of the person in "%s"', async (prompt) => {
    const plan = parsePrompt(prompt, { durationSec: 1 });
    const built = buildScene(plan, await simulate(plan, 3));
    const person = pickSubject(plan)!;
    expect(person.kind).toBe('person');
    const facing = built.sampler.actorTrack(person).facing;
    const key = built.env.keyDir;
    // keyDir points from the scene towards the light: ahead of the face means along the facing.
    const towardsFace = (Math.cos(facing) * key.x - Math.sin(facing) * key.z) / Math.hypot(key.x, key.z);
    expect(towardsFace).toBeGreaterThan(0.2);
  }, 60_000);
});
