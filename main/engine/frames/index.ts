// Public surface of the renderer: frames for the encoder, and the scene/camera/rasterizer pieces for
// anything else that draws a take (the editor's WebGL preview reuses buildScene + createCameraRig).
export { createFrameRenderer, type FrameRenderer } from './frame-renderer';
export { buildScene, type BuiltScene, type BuildSceneOptions } from './scene/build-scene';
export { createCameraRig, type CameraRig, type CameraRigInput } from './camera/camera-rig';
export { rasterize, type RasterStats } from './rasterizer/rasterize';
export { createRasterTarget, type RasterTarget } from './rasterizer/target';
