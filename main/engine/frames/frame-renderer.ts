// Frames for the encoder: builds the scene and camera path once, then for each frame index poses
// the scene, moves the camera and draws it on the CPU in named stages: geometry into the G-buffer,
// sun shadows, sky, per-pixel shading, transparent surfaces, tone mapping, anti-aliasing, grain.
// A pure function of (plan, trace, frame): any frame can be drawn on its own, in any order.
import * as THREE from 'three';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';
import { anchorCameraRig, type CameraAnchor } from './camera/camera-anchor';
import { createCameraRig, type CameraRig } from './camera/camera-rig';
import { fxaa } from './post/antialias';
import { DepthOfField } from './post/depth-of-field';
import { MotionBlur, snapshot } from './post/motion-blur';
import { postNative } from './post/post-native';
import { addGrain, toneMap } from './post/tonemap';
import { collectDraws, type DrawList } from './rasterizer/draw-list';
import { collectLights } from './rasterizer/lights';
import { clearGeometry, prepareCamera, rasterizeOpaque, rasterizeTransparent, type VertexLighting } from './rasterizer/rasterize';
import { createRasterTarget, type RasterTarget } from './rasterizer/target';
import { buildScene, type BuildSceneOptions, type BuiltScene } from './scene/build-scene';
import { AmbientOcclusion, OCCLUSION_STRENGTH } from './shading/ambient-occlusion';
import { AREA_SHARE } from './shading/area-light';
import { drawBackground } from './shading/background';
import { hazeWith } from './shading/haze';
import { lightSurface, type LightingContext, type SurfacePoint } from './shading/lighting';
import { nativeRender, threadCpuMs, type NativeRender } from './native-render';
import { lookFor, type Look } from './shading/look';
import { shadePixels } from './shading/shade';
import { planShadingNative, shadePixelsNative } from './shading/shade-native';
import { planShading } from './shading/shade-plan';
import { createShadowMap, type ShadowMap } from './shading/shadow-map';
import { createSky, type SkyModel } from './shading/sky';
import { viewRays } from './shading/view-rays';

export interface FrameRenderer {
  width: number;
  height: number;
  // RGBA, width*height*4 bytes, row 0 at the top, drawn into `out` when given (the frame pool's
  // ring of buffers, reused once the encoder has handed a frame to ffmpeg), else into a new array.
  renderFrame(frameIndex: number, out?: Uint8Array): Uint8Array;
  // The G-buffer and draw list of the last rendered frame (object ids, depth): for tests and tools.
  lastFrame(): { target: RasterTarget; draws: DrawList; camera: THREE.PerspectiveCamera };
  // Milliseconds spent in each stage over all frames so far (the benchmark prints them): wall time,
  // and the drawing thread's own CPU time (what the stage costs on a loaded machine; see threadCpuMs).
  readonly stageMs: Record<string, number>;
  readonly stageCpuMs: Record<string, number>;
}

export interface FrameRendererOptions extends BuildSceneOptions {
  // FXAA post pass (default on): smooths stair-stepped edges for a few ms per frame.
  antialias?: boolean;
  // A continued take's camera follows its parent's up to the join (see camera-anchor.ts).
  cameraAnchor?: CameraAnchor;
  // Film grain (default on).
  grain?: boolean;
  // The per-pixel passes: native (C++, the default when built: the fastest build this CPU runs),
  // the native build for any CPU ('native-baseline', to compare), or the JavaScript reference.
  passes?: 'native' | 'native-baseline' | 'js';
}

interface Pipeline {
  built: BuiltScene;
  rig: CameraRig;
  target: RasterTarget;
  sky: SkyModel;
  haze: ReturnType<typeof hazeWith>;
  look: Look;
  shadow: ShadowMap | null;
  // Sun visibility per pixel for the current frame.
  sunMask: Float32Array;
  occlusion: AmbientOcclusion;
  blur: MotionBlur;
  dof: DepthOfField;
  frames: number;
  stageMs: Record<string, number>;
  stageCpuMs: Record<string, number>;
  // The native render passes, or null for the JavaScript ones.
  native: NativeRender | null;
}

// Runs one named stage and adds its time to the tally.
function stage<T>(p: Pipeline, name: string, run: () => T): T {
  const t0 = performance.now();
  const cpu0 = threadCpuMs();
  const out = run();
  p.stageCpuMs[name] = (p.stageCpuMs[name] ?? 0) + threadCpuMs() - cpu0;
  p.stageMs[name] = (p.stageMs[name] ?? 0) + performance.now() - t0;
  return out;
}

export function createFrameRenderer(plan: ScenePlan, trace: WorldTrace, options: FrameRendererOptions = {}): FrameRenderer {
  const { width, height } = plan.format;
  const built = buildScene(plan, trace, options);
  const rig = anchorCameraRig(createCameraRig({ plan, sampler: built.sampler, layout: built.layout, aspect: width / height, poseFn: built.poseFn }), options.cameraAnchor);
  const sky = createSky(built.env);
  const look = lookFor(built.env, built.layout, width, height, plan.camera.shot);
  const p: Pipeline = {
    built,
    rig,
    target: createRasterTarget(width, height),
    sky,
    haze: hazeWith(sky),
    look,
    shadow: createShadowMap({ ...look.shadow, lightDir: built.env.keyDir }),
    sunMask: new Float32Array(width * height),
    occlusion: new AmbientOcclusion(width, height, built.env.indoor ? OCCLUSION_STRENGTH.indoor : OCCLUSION_STRENGTH.outdoor),
    blur: new MotionBlur(width, height),
    dof: new DepthOfField(width, height),
    frames: Math.max(1, trace.frameCount),
    stageMs: {},
    stageCpuMs: {},
    native: options.passes === 'js' ? null : nativeRender(options.passes === 'native-baseline' ? 'baseline' : 'fastest'),
  };
  let last: DrawList = { items: [], opaque: [], transparent: [] };
  return {
    width,
    height,
    renderFrame(frameIndex: number, into?: Uint8Array): Uint8Array {
      if (!Number.isFinite(frameIndex) || frameIndex < 0) throw new Error(`Invalid frame index ${frameIndex}`);
      if (into && into.length !== width * height * 4) throw new Error(`A ${width}x${height} frame needs ${width * height * 4} bytes, not ${into.length}`);
      last = drawFrame(p, frameIndex);
      const out = into ?? new Uint8Array(width * height * 4);
      if (p.native) {
        const native = p.native;
        stage(p, 'tonemap, antialias, grain', () => postNative(native, p.target, look.exposure, out, options.antialias !== false, options.grain !== false ? { amount: look.grain, frame: frameIndex } : null));
        return out;
      }
      stage(p, 'tonemap', () => toneMap(p.target, look.exposure));
      stage(p, 'antialias', () => (options.antialias === false ? out.set(p.target.color) : fxaa(p.target, out)));
      if (options.grain !== false) stage(p, 'grain', () => addGrain(out, width, height, look.grain, frameIndex));
      return out;
    },
    lastFrame: () => ({ target: p.target, draws: last, camera: rig.camera }),
    stageMs: p.stageMs,
    stageCpuMs: p.stageCpuMs,
  };
}

// Everything up to the linear HDR image of one frame.
function drawFrame(p: Pipeline, frameIndex: number): DrawList {
  const { built, rig, target, shadow } = p;
  const scene = built.scene;
  // The scene a frame before, for motion blur (only the past: see motion-blur.ts), then this frame's.
  const poseAt = (f: number, options?: { moves?: 'only' }): void => {
    // The camera first: the hands route their arms out of its picture.
    rig.update(f);
    built.update(f, { ...options, camera: rig.camera });
  };
  const before = stage(p, 'pose', () => {
    poseAt(Math.max(0, frameIndex - 1), { moves: 'only' });
    const shot = snapshot(scene, rig.camera);
    poseAt(frameIndex);
    return shot;
  });
  const draws = stage(p, 'geometry', () => {
    prepareCamera(scene, rig.camera);
    clearGeometry(target);
    const list = collectDraws(scene, rig.camera);
    rasterizeOpaque(list, target, p.native);
    return list;
  });
  const rays = viewRays(rig.camera, target.width, target.height);
  const lighting: LightingContext = { lights: collectLights(scene), sky: p.sky };
  const t = built.sampler.timeOf(frameIndex);
  const native = p.native;
  // Which pixels shading lights itself: the sun mask and occlusion are worked out for those only.
  const plan = stage(p, 'shade plan', () => (native ? planShadingNative({ target, draws, rays, lighting, t }, native) : planShading(target, draws)));
  if (shadow) {
    stage(p, 'shadow map', () => shadow.update(scene, rig.camera, p.native));
    stage(p, 'shadow mask', () => shadow.mask(target, rays, p.sunMask, p.native, plan.need));
  }
  const ao = stage(p, 'occlusion', () => p.occlusion.compute(target, rays, p.native, plan.need));
  stage(p, 'sky', () => drawBackground(target, rays, p.sky, scene.background instanceof THREE.Color ? scene.background : null, p.native));
  const shading = { target, draws, rays, lighting, ao, sun: shadow ? p.sunMask : null, areaKey: built.env.indoor ? AREA_SHARE : 0, t };
  stage(p, 'shade', () => (native ? shadePixelsNative(shading, plan, native) : shadePixels(shading, plan.need)));
  const selfView = { target, camera: rig.camera, viewProj: rays.viewProj, camPos: rig.camera.position, lights: lighting.lights, haze: p.haze, native };
  stage(p, 'transparent', () => rasterizeTransparent(draws, target, vertexLighting(lighting, rays, shadow), selfView));
  stage(p, 'motion blur', () => p.blur.apply(target, draws, rays, before, p.native));
  if (p.look.backgroundBlurPx > 0) {
    const focusM = rig.target.clone().sub(rig.camera.position).dot(rig.camera.getWorldDirection(new THREE.Vector3()));
    stage(p, 'depth of field', () => p.dof.apply(target, focusM, p.look.backgroundBlurPx, p.native));
  }
  return draws;
}

// Per-vertex lighting for transparent surfaces (foam, glass): the same model, no occlusion.
function vertexLighting(lighting: LightingContext, rays: { px: number; py: number; pz: number }, shadow: ShadowMap | null): VertexLighting {
  const s: SurfacePoint = { px: 0, py: 0, pz: 0, nx: 0, ny: 1, nz: 0, vx: 0, vy: 0, vz: 1, r: 0, g: 0, b: 0, roughness: 1, metalness: 0, ao: 1, sun: 1 };
  return (item, px, py, pz, nx, ny, nz, r, g, b, out) => {
    const m = item.material;
    if (m.unlit) { out[0] = r; out[1] = g; out[2] = b; return; }
    let vx = rays.px - px, vy = rays.py - py, vz = rays.pz - pz;
    const l = 1 / (Math.sqrt(vx * vx + vy * vy + vz * vz) || 1);
    vx *= l; vy *= l; vz *= l;
    s.px = px; s.py = py; s.pz = pz; s.nx = nx; s.ny = ny; s.nz = nz; s.vx = vx; s.vy = vy; s.vz = vz;
    s.r = r; s.g = g; s.b = b; s.roughness = m.roughness; s.metalness = m.metalness;
    s.sun = shadow ? shadow.visibility(px, py, pz, nx, ny, nz) : 1;
    lightSurface(lighting, s, out);
    out[0] = out[0]! + m.er; out[1] = out[1]! + m.eg; out[2] = out[2]! + m.eb;
  };
}
