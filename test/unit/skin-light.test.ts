// Light on skin wraps past the terminator, red furthest (lighting.ts, SKIN_WRAP): the edge of a shadow
// on a face warms instead of turning grey. Other surfaces keep plain Lambert.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import type { Environment } from '../../main/engine/frames/scene/environment';
import { lightSurface, type LightingContext, type SurfacePoint } from '../../main/engine/frames/shading/lighting';
import { createSky } from '../../main/engine/frames/shading/sky';
import { SKIN_WRAP } from '../../main/engine/frames/shading/surfaces/organic';

const c = (hex: number): THREE.Color => new THREE.Color(hex);
const ROOM: Environment = {
  indoor: true, night: false, timeOfDay: 'day',
  skyZenith: c(0x4a7fd0), skyHorizon: c(0xb8d0e8), skyNadir: c(0x506070), fog: null,
  keyDir: new THREE.Vector3(0, 1, 0), keyColor: c(0xffffff), keyIntensity: 1,
  hemiSky: c(0x000000), hemiGround: c(0x000000), hemiIntensity: 0, sunDisc: null,
};
// One white light straight above, nothing else.
const CTX: LightingContext = { lights: { ambient: [0, 0, 0], hemi: new Float64Array(0), hemiCount: 0, dir: Float64Array.from([0, 1, 0, 1, 1, 1]), dirCount: 1 }, sky: createSky(ROOM) };

// A grey matte point (rough: diffuse only) whose normal is `angle` radians from the light.
function lit(angle: number, wrap: readonly number[] | null): number[] {
  const p: SurfacePoint = { px: 0, py: 0, pz: 0, nx: Math.sin(angle), ny: Math.cos(angle), nz: 0, vx: 0, vy: 0, vz: 1, r: 0.5, g: 0.5, b: 0.5, roughness: 0.95, metalness: 0, ao: 1, sun: 1, wr: wrap?.[0] ?? 0, wg: wrap?.[1] ?? 0, wb: wrap?.[2] ?? 0 };
  const out = new Float64Array(3);
  lightSurface(CTX, p, out);
  return [...out];
}

describe('light on skin', () => {
  it('turns red towards the terminator and reaches a little past it, red furthest', () => {
    const near = lit(Math.PI / 2 - 0.15, SKIN_WRAP);
    // (plain Lambert: the same grey, r = g = b, at every angle)
    expect(near[0]! / near[2]!).toBeGreaterThan(1.4);
    const past = lit(Math.PI / 2 + 0.1, SKIN_WRAP);
    expect(past[0]!).toBeGreaterThan(0);
    expect(past[2]!).toBe(0);
    // Full on, skin is lit as anything else is.
    const top = lit(0, SKIN_WRAP), plain = lit(0, null);
    expect(top[0]).toBeCloseTo(plain[0]!, 9);
  });

  it('leaves other surfaces plain Lambert: grey stays grey, nothing past the terminator', () => {
    const near = lit(Math.PI / 2 - 0.15, null);
    expect(near[0]).toBeCloseTo(near[2]!, 12);
    expect(near[0]).toBeCloseTo((0.5 / Math.PI) * Math.cos(Math.PI / 2 - 0.15), 9);
    expect(lit(Math.PI / 2 + 0.1, null)).toEqual([0, 0, 0]);
  });
});
