// One take of a woman standing in a park (1 s, 480x270), rendered again with her look and the
// camera's angle changed, as a look-only remix re-renders a stored trace: the hair tests' subject.
import type { PersonLookWords, ScenePlan } from '../../main/contract/scene-plan';
import type { WorldTrace } from '../../main/contract/world-trace-types';
import { createFrameRenderer, type FrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

export interface StandingWoman {
  plan: ScenePlan;
  trace: WorldTrace;
}

export async function standingWoman(): Promise<StandingWoman> {
  const plan = parsePrompt('close-up of a woman standing in a park');
  plan.format = { ...plan.format, durationSec: 1, width: 480, height: 270 };
  return { plan, trace: await simulate(plan, 3) };
}

const FAST = { grain: false, antialias: false } as const;

// The frame with her look and the camera's angle set (its pixels in r.px).
export function renderWoman(take: StandingWoman, look: PersonLookWords, angle: ScenePlan['camera']['angle']): FrameRenderer & { px: Uint8Array } {
  const { plan, trace } = take;
  const p: ScenePlan = { ...plan, camera: { ...plan.camera, angle }, entities: plan.entities.map((e) => (e.kind === 'person' ? { ...e, look } : e)) };
  const r = createFrameRenderer(p, trace, FAST);
  return Object.assign(r, { px: r.renderFrame(4) });
}
