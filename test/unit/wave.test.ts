// Waving: "waves" said of a person is a hand raised and swung side to side at whom they wave at
// (the camera, in front of them, when they wave at it), in order with anything they say; the sea's
// waves only where the words are about the sea.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { personPose } from '../../main/engine/actions/person-pose';
import { createCameraRig } from '../../main/engine/frames/camera/camera-rig';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt, readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { speakLines } from '../../main/engine/speech/speak-lines';

async function take(prompt: string) {
  const plan = parsePrompt(prompt);
  const speech = await speakLines(plan);
  const trace = await simulate(plan, 1, { speech });
  const built = buildScene(plan, trace);
  const rig = createCameraRig({ plan, sampler: built.sampler, layout: built.layout, aspect: 16 / 9, poseFn: built.poseFn });
  return { plan, trace, rig };
}

const wordOf = (prompt: string, word: string) => readPrompt(prompt).understanding?.words?.find((w) => w.word === word);

describe('a person waving', () => {
  it('"a man waves at the camera": he faces the camera, his hand up above his shoulder, swung side to side in the picture', async () => {
    const { plan, trace, rig } = await take('a man waves at the camera');
    expect(plan.setting.elements ?? []).not.toContain('surf');
    expect(plan.understanding?.action).toBe('the man waves at the camera');
    expect(plan.understanding?.who[0]).not.toMatch(/standing by/);
    const track = trace.actors.find((a) => a.animation === 'wave');
    expect(track).toBeDefined();
    if (!track) return;
    const H = plan.entities.find((e) => e.id === track.entityId)?.size[0] ?? 1.75;
    // Facing the camera: his forward and the way to the camera within 45 degrees.
    rig.update(Math.round((track.startSec + 1) * trace.fps));
    const toCamera = rig.camera.position.clone().sub(new THREE.Vector3(...track.position)).setY(0).normalize();
    expect(Math.cos(track.facing) * toCamera.x - Math.sin(track.facing) * toCamera.z).toBeGreaterThan(Math.SQRT1_2);
    // The hand's place across the picture, frame by frame while the arm is up: it turns back and
    // forth at least five times (three swings), and stays above the shoulder.
    const xs: number[] = [];
    for (let f = Math.ceil((track.startSec + 0.45) * trace.fps); f / trace.fps < track.releaseSec - 0.5; f++) {
      const pose = personPose(track, H, f / trace.fps);
      expect(pose.handR[1]).toBeGreaterThan(pose.shoulderR[1] + 0.05);
      rig.update(f);
      xs.push(new THREE.Vector3(...pose.handR).project(rig.camera).x);
    }
    let turns = 0;
    for (let i = 2; i < xs.length; i++) if (Math.sign(xs[i]! - xs[i - 1]!) * Math.sign(xs[i - 1]! - xs[i - 2]!) < 0) turns++;
    expect(turns).toBeGreaterThanOrEqual(5);
    // Each swing is plainly seen: at least a twentieth of the picture's width from side to side.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.1);
    // The arm is down again by the end of the clip.
    const end = personPose(track, H, plan.format.durationSec - 0.1);
    expect(end.handR[1]).toBeLessThan(end.shoulderR[1] - 0.3);
  });

  it('"a man says "hello there" then waves": the line is said first, then he waves; no beach, the panel shows both', async () => {
    const prompt = 'a man says "hello there" then waves';
    const { plan, trace } = await take(prompt);
    expect(plan.setting.kind).not.toBe('beach');
    expect(plan.setting.elements ?? []).not.toContain('surf');
    const wave = trace.actors.find((a) => a.animation === 'wave');
    const line = trace.events.find((e) => e.kind === 'speech');
    expect(wave && line).toBeTruthy();
    if (!wave || !line || line.kind !== 'speech') return;
    expect(line.actor).toBe(wave.entityId);
    expect(line.t + line.durationSec).toBeLessThanOrEqual(wave.startSec);
    expect(wave.releaseSec).toBeLessThan(plan.format.durationSec);
    expect(wordOf(prompt, 'waves')).toMatchObject({ kind: 'verb', depicted: true });
    expect(plan.understanding?.who[0]).toMatch(/waves/);
  });

  it('waves at whom it names, facing them: "a girl waves goodbye to a boy"', () => {
    const plan = parsePrompt('a girl waves goodbye to a boy');
    const wave = plan.actions.find((a) => a.kind === 'wave');
    const boy = plan.entities.find((e) => e.label === 'boy');
    expect(wave).toMatchObject({ kind: 'wave', to: boy?.id });
    expect(readPrompt('a girl waves goodbye to a boy').understanding?.notDepicted).toEqual([]);
  });

  // Read as the sea's (the word before it, "suit", is no person), these made a beach with nobody on
  // it and listed nothing as not shown.
  it('"a man in a suit waves to a woman": a person described by what they wear still waves', () => {
    for (const prompt of ['a man in a suit waves to a woman', 'a man in a red shirt waves', 'a woman in a hoodie waves goodbye', 'a man in a raincoat waves in the park']) {
      const r = readPrompt(prompt);
      expect(r.accepted, prompt).toBe(true);
      expect(r.plan!.actions.map((a) => a.kind), prompt).toEqual(['wave']);
      expect(r.plan!.setting.elements ?? [], prompt).not.toContain('surf');
    }
    const plan = parsePrompt('a man in a suit waves to a woman');
    expect(plan.actions[0]).toMatchObject({ kind: 'wave', to: plan.entities.find((e) => e.label === 'woman')?.id });
  });

  it('waves where the one waving is named with what they wear or hold ("a man in a raincoat waves")', () => {
    // The sea's waves rolled in on a beach, the man stood still, and the panel showed "waves" as done.
    for (const prompt of ['a man in a raincoat waves', 'a boy with a hat waves', 'a knight wearing a helmet waves at the camera']) {
      const plan = parsePrompt(prompt);
      expect(plan.setting.elements ?? [], prompt).not.toContain('surf');
      expect(plan.actions.some((a) => a.kind === 'wave'), prompt).toBe(true);
    }
    expect(readPrompt('a man in the sea waves').plan?.actions.some((a) => a.kind === 'wave') ?? false).toBe(false);
  });

  it('keeps the sea\'s waves where the words are about the sea', () => {
    for (const prompt of ['waves crash on the beach', 'a man watches the waves', 'a woman walks along the beach as waves roll in', 'big waves break on the shore', 'a man in a suit watches the waves', 'a woman with a dog sees waves crash']) {
      const plan = parsePrompt(prompt);
      expect(plan.setting.elements, prompt).toContain('surf');
      expect(plan.actions.some((a) => a.kind === 'wave'), prompt).toBe(false);
    }
  });
});
