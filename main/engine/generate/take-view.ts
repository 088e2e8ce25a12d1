// How a take's frames were framed: the camera at every frame and the footprint its room was sized
// from. Stored with the take (view.json) so a take continued from it starts with exactly its picture
// (camera-anchor.ts), whatever its own trace plans afterwards.
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';
import { personPose } from '../actions/person-pose';
import type { ViewPins } from '../audio/spatial';
import { anchorCameraRig, sampleCameraPath, type CameraSample } from '../frames/camera/camera-anchor';
import { createCameraRig } from '../frames/camera/camera-rig';
import { computeLayout, footprintOf, type Footprint } from '../frames/scene/layout';
import { createTraceSampler } from '../frames/trace-sampler';
import { settingModule } from '../settings';

export interface TakeView {
  camera: CameraSample[];
  footprint: Footprint;
}

// The camera eases from the parent's path to the new take's own over this long after the join.
const CAMERA_BLEND_SEC = 1;

const viewSchema = z.object({
  camera: z.array(z.array(z.number()).length(10)).max(100_000),
  footprint: z.object({ minX: z.number(), maxX: z.number(), minZ: z.number(), maxZ: z.number() }),
});

export function computeView(plan: ScenePlan, trace: WorldTrace, pins: ViewPins = {}): TakeView {
  const footprint = pins.footprint ?? footprintOf(plan, trace);
  const layout = computeLayout(plan, settingModule(plan.setting.kind), trace, footprint);
  const sampler = createTraceSampler(plan, trace);
  const rig = anchorCameraRig(createCameraRig({ plan, sampler, layout, aspect: plan.format.width / plan.format.height, poseFn: personPose }), pins.cameraAnchor);
  return { camera: sampleCameraPath(rig, trace.frameCount), footprint };
}

// What a take continuing `parent` from `joinFrame` is pinned to.
export function pinsFrom(parent: TakeView, joinFrame: number, fps: number): ViewPins {
  return { cameraAnchor: { samples: parent.camera, joinFrame, blendFrames: Math.round(CAMERA_BLEND_SEC * fps) }, footprint: parent.footprint };
}

export async function writeView(file: string, view: TakeView): Promise<void> {
  await writeFile(file, JSON.stringify(view));
}

// Null when the take has no view file (it was made before views were kept).
export async function readView(file: string): Promise<TakeView | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return null;
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Falls through to the refusal below.
  }
  const parsed = viewSchema.safeParse(json);
  if (!parsed.success) throw new Error('The take’s stored camera path is damaged.');
  return { camera: parsed.data.camera as CameraSample[], footprint: parsed.data.footprint };
}
