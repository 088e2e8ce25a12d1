// Frames for the encoder: builds the scene and camera path once, then for each frame index poses
// the scene, moves the camera and rasterizes on the CPU into one reused buffer.
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';
import { anchorCameraRig, type CameraAnchor } from './camera/camera-anchor';
import { createCameraRig } from './camera/camera-rig';
import { fxaa } from './rasterizer/antialias';
import { rasterize } from './rasterizer/rasterize';
import { createRasterTarget } from './rasterizer/target';
import { buildScene, type BuildSceneOptions } from './scene/build-scene';

export interface FrameRenderer {
  width: number;
  height: number;
  // RGBA, width*height*4 bytes, row 0 at the top. Each call returns a new array: the encoder writes
  // frames to ffmpeg's stdin asynchronously, so a reused buffer could be overwritten before it is sent.
  renderFrame(frameIndex: number): Uint8Array;
}

export interface FrameRendererOptions extends BuildSceneOptions {
  // FXAA post pass (default on): smooths stair-stepped edges for a few ms per frame.
  antialias?: boolean;
  // A continued take's camera follows its parent's up to the join (see camera-anchor.ts).
  cameraAnchor?: CameraAnchor;
}

export function createFrameRenderer(plan: ScenePlan, trace: WorldTrace, options: FrameRendererOptions = {}): FrameRenderer {
  const { width, height } = plan.format;
  const built = buildScene(plan, trace, options);
  const rig = anchorCameraRig(createCameraRig({ plan, sampler: built.sampler, layout: built.layout, aspect: width / height, poseFn: built.poseFn }), options.cameraAnchor);
  const target = createRasterTarget(width, height);
  return {
    width,
    height,
    renderFrame(frameIndex: number): Uint8Array {
      if (!Number.isFinite(frameIndex) || frameIndex < 0) throw new Error(`Invalid frame index ${frameIndex}`);
      built.update(frameIndex);
      rig.update(frameIndex);
      rasterize(built.scene, rig.camera, target);
      if (options.antialias === false) return target.color.slice();
      const out = new Uint8Array(width * height * 4);
      fxaa(target, out);
      return out;
    },
  };
}
