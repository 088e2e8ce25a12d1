// One person's take, simulated and built as a scene (seed 42, a small frame): the plan, the trace,
// the built scene, the person's entity, track, height and drawn group, for tests that pose a person
// frame by frame and measure the drawing.
import type * as THREE from 'three';
import type { Entity, ScenePlan } from '../../main/contract/scene-plan';
import type { ActorTrack, WorldTrace } from '../../main/contract/world-trace-types';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

export interface PersonTake {
  plan: ScenePlan;
  trace: WorldTrace;
  built: ReturnType<typeof buildScene>;
  entity: Entity;
  track: ActorTrack;
  H: number;
  person: THREE.Object3D;
}

export async function personTake(prompt: string): Promise<PersonTake> {
  const plan = parsePrompt(prompt);
  plan.format = { ...plan.format, width: 160, height: 90 };
  const trace = await simulate(plan, 42);
  const built = buildScene(plan, trace);
  const entity = plan.entities.find((e) => e.kind === 'person')!;
  const track = trace.actors.find((a) => a.entityId === entity.id)!;
  return { plan, trace, built, entity, track, H: entity.size[0]!, person: built.scene.getObjectByName(`person:${entity.id}`)! };
}
