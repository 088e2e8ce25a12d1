// The sky pass's C++ twin (native/render/src/sky.cc) draws the background the JavaScript pass
// (shading/background.ts with sky.ts) draws, to the same float: by day with clouds, at sunset facing
// the sun's disc and glow, at night with stars and the moon, and indoors; around an object's pixels,
// which neither touches.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { nativeRender } from '../../main/engine/frames/native-render';
import { createRasterTarget } from '../../main/engine/frames/rasterizer/target';
import type { Environment } from '../../main/engine/frames/scene/environment';
import { drawBackground } from '../../main/engine/frames/shading/background';
import { createSky } from '../../main/engine/frames/shading/sky';
import { viewRays } from '../../main/engine/frames/shading/view-rays';

const W = 240, H = 136;

function environment(kind: 'day' | 'sunset' | 'night' | 'indoor'): Environment {
  const sunY = kind === 'sunset' ? 0.12 : kind === 'day' ? 0.8 : 0.5;
  const c = (hex: number): THREE.Color => new THREE.Color(hex);
  return {
    indoor: kind === 'indoor', night: kind === 'night', timeOfDay: kind === 'sunset' ? 'sunset' : kind === 'night' ? 'night' : 'day',
    skyZenith: c(kind === 'night' ? 0x0a1030 : 0x4a7fd0), skyHorizon: c(kind === 'sunset' ? 0xf0a060 : 0xb8d0e8), skyNadir: c(0x506070),
    fog: kind === 'day' ? { color: c(0xc0d0e0), near: 20, far: 400 } : null,
    keyDir: new THREE.Vector3(0.3, sunY, -1).normalize(), keyColor: c(kind === 'sunset' ? 0xffb070 : 0xfff4e0), keyIntensity: 2,
    hemiSky: c(0x8090a0), hemiGround: c(0x404030), hemiIntensity: 0.5,
    sunDisc: kind === 'indoor' ? null : { color: c(kind === 'night' ? 0xd0d8ff : 0xfff0c0), size: 1 },
  };
}

// A camera looking towards the sun (level with the horizon at sunset, up into the sky otherwise).
function camera(env: Environment): THREE.PerspectiveCamera {
  const cam = new THREE.PerspectiveCamera(60, W / H, 0.1, 500);
  cam.lookAt(env.keyDir.x, env.keyDir.y, env.keyDir.z);
  cam.updateMatrixWorld(true);
  return cam;
}

function draw(kind: 'day' | 'sunset' | 'night' | 'indoor', passes: 'js' | 'native'): Float32Array {
  const env = environment(kind);
  const target = createRasterTarget(W, H);
  // An object over part of the frame: its pixels keep what was there.
  for (let y = 90; y < H; y++) for (let x = 30; x < 200; x++) { target.id[y * W + x] = 1; target.hdr.fill(0.25, (y * W + x) * 3, (y * W + x) * 3 + 3); }
  drawBackground(target, viewRays(camera(env), W, H), createSky(env), kind === 'indoor' ? new THREE.Color(0x302820) : null, passes === 'native' ? nativeRender() : null);
  return target.hdr;
}

describe('the sky pass in C++', () => {
  it.each(['day', 'sunset', 'night', 'indoor'] as const)('draws the %s background the JavaScript pass draws', (kind) => {
    expect(nativeRender()).not.toBeNull();
    const js = draw(kind, 'js'), native = draw(kind, 'native');
    let differ = 0;
    for (let i = 0; i < js.length; i++) if (js[i] !== native[i]) differ++;
    expect(differ).toBe(0);
    // What the case is for was drawn: the object untouched, and the sky varies (clouds, glow, stars).
    expect(js[(100 * W + 100) * 3]).toBe(0.25);
    const lum = Array.from({ length: 80 * W }, (_, i) => js[i * 3]! + js[i * 3 + 1]! + js[i * 3 + 2]!);
    if (kind !== 'indoor') expect(Math.max(...lum) - Math.min(...lum)).toBeGreaterThan(0.05);
    // The disc is far above white where the camera faces the sun by day; at sunset, seen through
    // many times more air, it is dimmer and red (red well over green and blue).
    if (kind === 'day') expect(Math.max(...lum)).toBeGreaterThan(10);
    if (kind === 'sunset') {
      const sun = lum.indexOf(Math.max(...lum));
      expect(lum[sun]).toBeGreaterThan(2);
      expect(js[sun * 3]!).toBeGreaterThan(5 * js[sun * 3 + 1]!);
    }
  });
});
