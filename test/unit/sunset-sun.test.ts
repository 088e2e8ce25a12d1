// A sun near the horizon is seen through many times more air than one overhead: dimmer, orange-red,
// with a warm aureole round it (the QA probe saw a small white disc at sunset on the beach). The
// sky of the real beach-at-sunset environment, drawn towards the sun and tone-mapped as a frame is.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { nativeRender } from '../../main/engine/frames/native-render';
import { filmicToSrgb255 } from '../../main/engine/frames/post/tonemap';
import { createRasterTarget } from '../../main/engine/frames/rasterizer/target';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { sampleBasketballTake } from '../../main/engine/frames/sample-scene';
import { drawBackground } from '../../main/engine/frames/shading/background';
import { createSky } from '../../main/engine/frames/shading/sky';
import { viewRays } from '../../main/engine/frames/shading/view-rays';

const W = 320, H = 180, FOV = 30;

// The sky drawn by the JavaScript and the native pass with the sun in the middle of the frame.
function skyTowardsSun(timeOfDay: 'sunset' | 'day'): { js: Float32Array; native: Float32Array; degPerPixel: number } {
  const { plan, trace } = sampleBasketballTake({ width: W, height: H, fps: 12, setting: { kind: 'beach', timeOfDay } });
  const env = buildScene(plan, trace).env;
  const cam = new THREE.PerspectiveCamera(FOV, W / H, 0.1, 500);
  cam.lookAt(env.keyDir.x, env.keyDir.y, env.keyDir.z);
  cam.updateMatrixWorld(true);
  const draw = (native: boolean): Float32Array => {
    const target = createRasterTarget(W, H);
    drawBackground(target, viewRays(cam, W, H), createSky(env), null, native ? nativeRender() : null);
    return target.hdr;
  };
  return { js: draw(false), native: draw(true), degPerPixel: FOV / H };
}

const display = (hdr: Float32Array, x: number, y: number): number[] => [0, 1, 2].map((c) => filmicToSrgb255(hdr[(y * W + x) * 3 + c]!));
const luminance = (hdr: Float32Array, x: number, y: number): number => {
  const o = (y * W + x) * 3;
  return 0.2126 * hdr[o]! + 0.7152 * hdr[o + 1]! + 0.0722 * hdr[o + 2]!;
};

describe('the sun at sunset', () => {
  it('is an orange-red disc, dimmer than the sun by day, drawn alike by both passes', () => {
    const sunset = skyTowardsSun('sunset'), day = skyTowardsSun('day');
    expect(sunset.native).toEqual(sunset.js);
    const [r, g, b] = display(sunset.js, W / 2, H / 2) as [number, number, number];
    // Orange-red on screen (it was a near-white 254, 240, 194).
    expect(r).toBeGreaterThan(220);
    expect(g).toBeLessThan(0.7 * r);
    expect(b).toBeLessThan(0.25 * r);
    expect(luminance(sunset.js, W / 2, H / 2)).toBeLessThan(0.2 * luminance(day.js, W / 2, H / 2));
  });

  it('has a warm aureole: the sky a degree and a half beyond its rim is brighter and redder than ten degrees away', () => {
    const { js, degPerPixel } = skyTowardsSun('sunset');
    const near = Math.round(H / 2 + 2.2 / degPerPixel), far = Math.round(H / 2 + 10 / degPerPixel);
    const x = W / 2;
    expect(luminance(js, x, near)).toBeGreaterThan(1.25 * luminance(js, x, far));
    const redness = (y: number): number => js[(y * W + x) * 3]! / js[(y * W + x) * 3 + 2]!;
    expect(redness(near)).toBeGreaterThan(redness(far));
  });
});
