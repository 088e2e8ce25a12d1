// Scenes with a cameo in them, for tests: a prompt read with the fixture cameo's height, the plan
// with the cameo written in (as the studio does), its trace, its footage, and single frames rendered
// with the camera that drew them, so a test can project world points into the picture. Frames are
// drawn by the frame renderer itself (deferred shading, tone mapping), without film grain and
// anti-aliasing so neighbouring pixels are the picture's own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as THREE from 'three';
import { CAMEO_FILES } from '../../main/cameo/cameo-files';
import type { ScenePlan } from '../../main/contract/scene-plan';
import type { WorldTrace } from '../../main/contract/world-trace';
import { attachCameos } from '../../main/engine/cameo/attach-cameos';
import type { CameoFootage } from '../../main/engine/cameo/footage';
import { loadCameoFootages } from '../../main/engine/cameo/load-footages';
import { bodyHalfWidthM, cutHalfWidthM, measurePerson } from '../../main/engine/cameo/person-measure';
import { createFrameRenderer } from '../../main/engine/frames';
import { environmentFor, type Environment } from '../../main/engine/frames/scene/environment';
import { computeLayout } from '../../main/engine/frames/scene/layout';
import { settingModule } from '../../main/engine/settings';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { ffmpegPath } from './astronaut';
import type { CameoFixture } from './cameo-fixture';

export const SCENE_W = 320;
export const SCENE_H = 180;
export const CAMEO_HEIGHT_M = 1.8;

export interface CameoScene {
  plan: ScenePlan;
  trace: WorldTrace;
  footage: CameoFootage;
  personId: string;
}

export async function cameoScene(fixture: CameoFixture, prompt: string, options: { durationSec: number; edit?: (plan: ScenePlan) => ScenePlan }): Promise<CameoScene> {
  const reading = readPrompt(prompt, { durationSec: options.durationSec, width: SCENE_W, height: SCENE_H }, { heightM: () => CAMEO_HEIGHT_M });
  if (!reading.plan) throw new Error(reading.refusal ?? 'refused');
  const personId = reading.cameos[0]!.entityId;
  const measure = measurePerson(JSON.parse(readFileSync(path.join(fixture.folder, CAMEO_FILES.frames), 'utf8')));
  const cut = measure.shownShare < 1 ? { shownShare: measure.shownShare, cutHalfWidthM: cutHalfWidthM(measure, CAMEO_HEIGHT_M) } : {};
  let plan = attachCameos(reading.plan, [{ use: { id: fixture.id, name: 'alex', entityId: personId, heightM: CAMEO_HEIGHT_M, consentAt: new Date(0).toISOString(), ...cut }, bodyHalfWidthM: bodyHalfWidthM(measure, CAMEO_HEIGHT_M) }]);
  plan = options.edit?.(plan) ?? plan;
  const trace = await simulate(plan, 5);
  const footages = await loadCameoFootages(plan, [{ id: fixture.id, name: 'alex', folder: fixture.folder, hasAudio: true }], { ffmpegPath: ffmpegPath() });
  return { plan, trace, footage: footages.get(fixture.id)!, personId };
}

export interface Rendered {
  pixels: Uint8Array;
  camera: THREE.PerspectiveCamera;
  env: Environment;
  // Pixel (x right, y down) of a world point.
  project(p: THREE.Vector3): { x: number; y: number };
}

export function renderFrame(scene: Pick<CameoScene, 'plan' | 'trace'>, footage: CameoFootage, frame: number): Rendered {
  const renderer = createFrameRenderer(scene.plan, scene.trace, { cameos: new Map([[footage.cameoId, footage]]), antialias: false, grain: false });
  const pixels = renderer.renderFrame(frame);
  const camera = renderer.lastFrame().camera.clone();
  const place = settingModule(scene.plan.setting.kind);
  const env = environmentFor(scene.plan, place, computeLayout(scene.plan, place, scene.trace));
  return {
    pixels,
    camera,
    env,
    project(p) {
      const v = p.clone().project(camera);
      return { x: (v.x * 0.5 + 0.5) * SCENE_W, y: (0.5 - v.y * 0.5) * SCENE_H };
    },
  };
}

// The same footage with every picture changed (alpha kept unless the change sets it).
export function repaint(footage: CameoFootage, paint: (rgba: Uint8Array) => void): CameoFootage {
  return { ...footage, frames: footage.frames.map((f) => { const copy = f.slice(); paint(copy); return copy; }) };
}

export const magenta = (rgba: Uint8Array): void => {
  for (let i = 0; i < rgba.length; i += 4) { rgba[i] = 255; rgba[i + 1] = 0; rgba[i + 2] = 255; }
};
export const invisible = (rgba: Uint8Array): void => {
  for (let i = 3; i < rgba.length; i += 4) rgba[i] = 0;
};

export const isMagenta = (px: Uint8Array, i: number): boolean => px[i]! - px[i + 1]! > 60 && px[i + 2]! - px[i + 1]! > 60;
export const luma = (px: Uint8Array, i: number): number => 0.2126 * px[i]! + 0.7152 * px[i + 1]! + 0.0722 * px[i + 2]!;
