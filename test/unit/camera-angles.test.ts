// Every angle word does what it says for a person: from the side is their profile, from behind
// their back, front their face, three-quarter half way, whether they act in place (a wave, a line
// said, a stir: no direction of travel to take the side from) or walk. Measured as the camera's
// yaw against the person's facing, and from the object-ID buffer: which of their eyes and ears
// the frame shows.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { ANGLE_ROUND_DEG } from '../../main/engine/frames/camera/angles';
import { createCameraRig } from '../../main/engine/frames/camera/camera-rig';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { speakLines } from '../../main/engine/speech/speak-lines';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;

// The camera's yaw round the person (degrees from their facing; 90 is square to their side), read
// where the camera looks from: the horizontal way from its aim back to it.
async function yawOf(prompt: string): Promise<{ angle: string; yawDeg: number[] }> {
  const plan = parsePrompt(prompt);
  plan.format = { ...plan.format, durationSec: 2, width: 160, height: 90 };
  const trace = await simulate(plan, 2, { speech: await speakLines(plan) });
  const built = buildScene(plan, trace);
  const rig = createCameraRig({ plan, sampler: built.sampler, layout: built.layout, aspect: 16 / 9, poseFn: built.poseFn });
  const person = plan.entities.find((e) => e.kind === 'person')!;
  const track = built.sampler.actorTrack(person);
  const facing = new THREE.Vector3(Math.cos(track.facing), 0, -Math.sin(track.facing));
  const yawDeg = [0, 24, 47].map((f) => {
    rig.update(f);
    const back = rig.camera.position.clone().sub(rig.target).setY(0).normalize();
    return THREE.MathUtils.radToDeg(facing.angleTo(back));
  });
  return { angle: plan.camera.angle, yawDeg };
}

describe('camera angles round a person', () => {
  const cases: [string, string, number][] = [
    ['medium shot of a man waving, from the side', 'side', ANGLE_ROUND_DEG.side],
    ['medium shot of a man waving', 'front', ANGLE_ROUND_DEG.portraitFront],
    ['medium shot of a man waving, from behind', 'behind', ANGLE_ROUND_DEG.behind],
    ['medium shot of a man waving, three-quarter view', 'three-quarter', ANGLE_ROUND_DEG.threeQuarter],
    ['a man says "good morning", from the side', 'side', ANGLE_ROUND_DEG.side],
    ['a man says "good morning"', 'front', ANGLE_ROUND_DEG.portraitFront],
    ['a man stirs his coffee, from the side', 'side', ANGLE_ROUND_DEG.side],
    ['a man stirs his coffee, three quarter angle', 'three-quarter', ANGLE_ROUND_DEG.threeQuarter],
    ['a man pours water from a jug into a glass', 'front', ANGLE_ROUND_DEG.front],
    ['a man walks in the park, from the side', 'side', ANGLE_ROUND_DEG.side],
    ['a man walks in the park, from behind', 'behind', ANGLE_ROUND_DEG.behind],
    ['a man walks in the park, front view', 'front', ANGLE_ROUND_DEG.front],
  ];
  for (const [prompt, angle, deg] of cases) {
    it(`"${prompt}": ${angle}, ${deg} degrees round from the way he faces`, async () => {
      const got = await yawOf(prompt);
      expect(got.angle).toBe(angle);
      // (a waver "from the side" was filmed face on: 0 degrees)
      for (const y of got.yawDeg) expect(Math.abs(y - deg)).toBeLessThan(12);
    }, 60_000);
  }

  it('the frame shows it: both eyes from the front, one eye and one ear in profile, the far eye small at three-quarter, no eye from behind', async () => {
    const parts = async (prompt: string): Promise<Record<string, number>> => {
      const plan = parsePrompt(prompt);
      plan.format = { ...plan.format, durationSec: 1, width: 480, height: 270 };
      const r = createFrameRenderer(plan, await simulate(plan, 2), FAST);
      r.renderFrame(20);
      return Object.fromEntries(['eyeWhiteL', 'eyeWhiteR', 'earL', 'earR'].map((n) => [n, objectPixels(r, n).box.count]));
    };
    // He faces the camera's side; it stands on his right, the hand he waves with.
    const side = await parts('medium shot of a man waving, from the side');
    expect(side.eyeWhiteL).toBe(0);
    expect(side.earL).toBe(0);
    expect(side.eyeWhiteR).toBeGreaterThan(0);
    expect(side.earR).toBeGreaterThan(30);
    const front = await parts('medium shot of a man waving');
    // A waver's front is a portrait, face on: both eyes alike (an eye is ~14 px here, so a pixel
    // either way moves the ratio by 0.07).
    expect(Math.min(front.eyeWhiteL!, front.eyeWhiteR!)).toBeGreaterThanOrEqual(0.7 * Math.max(front.eyeWhiteL!, front.eyeWhiteR!));
    const quarter = await parts('medium shot of a man waving, three-quarter view');
    expect(quarter.eyeWhiteL).toBeGreaterThan(0);
    expect(quarter.eyeWhiteL).toBeLessThan(0.35 * quarter.eyeWhiteR!);
    const behind = await parts('medium shot of a man waving, from behind');
    expect(behind.eyeWhiteL! + behind.eyeWhiteR!).toBe(0);
    expect(Math.min(behind.earL!, behind.earR!)).toBeGreaterThan(0);
  }, 120_000);

  it('reads "three-quarter view" as a camera word, not three quarters (coins)', () => {
    for (const words of ['three-quarter view', 'three quarter angle', '3/4 view', 'three-quarter profile']) {
      const plan = parsePrompt(`a woman waves, ${words}`);
      expect(plan.camera.angle, words).toBe('three-quarter');
      expect(plan.entities.filter((e) => e.kind !== 'person'), words).toEqual([]);
    }
    // A quarter is still a coin where it is one.
    expect(parsePrompt('a man spins a quarter on the table').entities.some((e) => e.form === 'coin')).toBe(true);
  });
});
