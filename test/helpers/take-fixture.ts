// A small but schema-valid take (plan + trace + file names) for store tests that do not need a real
// generation behind them.
import { scenePlanSchema, type ScenePlan } from '../../main/contract/scene-plan';
import { worldTraceSchema, type WorldTrace } from '../../main/contract/world-trace';
import { newId, type NewTake } from '../../main/projects/project-store';

export function fixturePlan(prompt = 'a red ball drops onto the floor', durationSec = 2): ScenePlan {
  return scenePlanSchema.parse({
    version: 1,
    prompt,
    setting: { kind: 'room', indoor: true, timeOfDay: 'day' },
    entities: [
      { id: 'ball-1', kind: 'ball', label: 'ball', material: 'rubber', color: 0xcc2222, size: [0.1], position: [0, 1, 0], restitution: 0.7, friction: 0.6, mass: 0.2 },
    ],
    actions: [{ kind: 'drop', object: 'ball-1', startSec: 0 }],
    camera: { shot: 'medium', angle: 'side', motion: 'follow', subject: null },
    lighting: { mood: 'neutral', intensity: 1 },
    dialogue: [],
    format: { durationSec, fps: 24, width: 854, height: 480 },
  });
}

export function fixtureTrace(seed = 1, frameCount = 48): WorldTrace {
  return worldTraceSchema.parse({
    version: 1,
    seed,
    fps: 24,
    frameCount,
    bodies: [{ id: 'ball-1', shape: { kind: 'sphere', radius: 0.1 }, material: 'rubber', dynamic: true }],
    frames: Array.from({ length: frameCount }, (_, f) => [0, Math.max(0.1, 1 - f * 0.05), 0, 0, 0, 0, 1]),
    events: [{ kind: 'contact', t: 0.8, a: 'ball-1', b: 'floor', materialA: 'rubber', materialB: 'wood', impulse: 0.5, position: [0, 0, 0] }],
    actors: [],
    outcome: { summary: 'The ball bounced.', scored: null, rimContacts: 0, attempts: 1, intentMatched: true },
  });
}

export function fixtureTake(overrides: Partial<NewTake> = {}): NewTake {
  const id = overrides.id ?? newId();
  return {
    id,
    prompt: 'a red ball drops onto the floor',
    seed: 7,
    parentTakeId: null,
    plan: fixturePlan(),
    trace: fixtureTrace(),
    videoPath: `media/${id}/clip.mp4`,
    filmstripPath: `media/${id}/filmstrip.jpg`,
    filmstripFrames: 10,
    peaksPath: `media/${id}/peaks.json`,
    ...overrides,
  };
}
