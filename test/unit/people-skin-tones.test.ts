// Every skin tone reads as skin where it is drawn: the palette's colours, and the pixels they become
// lit by a park's sun and a room's lamps (facing the key light, and in a room's shade) through the
// renderer's own lighting and filmic curve, sit where measured skin sits in CIELAB: hue angles of
// about 40-70 degrees, chroma below about 30 (Weatherall & Coombs 1992, J Invest Dermatol 99:468;
// Xiao et al. 2017, Skin Res Technol 23:21; the Monk Skin Tone scale's light swatches reach 74-89). Mid-brown was drawn at chroma 47 under a room's lamps
// (orange), and the deepest tone at a hue of 26 degrees in the sun (red-brown).
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { SKIN_TONES } from '../../main/engine/frames/people/types';
import { filmicToSrgb255 } from '../../main/engine/frames/post/tonemap';
import { collectLights } from '../../main/engine/frames/rasterizer/lights';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { lightSurface } from '../../main/engine/frames/shading/lighting';
import { lookFor } from '../../main/engine/frames/shading/look';
import { createSky } from '../../main/engine/frames/shading/sky';
import { SKIN_WRAP } from '../../main/engine/frames/shading/surfaces/organic';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

// CIELAB lightness, hue angle (degrees) and chroma of an sRGB colour (0..255), D65 white.
function lab([r8, g8, b8]: number[]): { L: number; h: number; C: number } {
  const [r, g, b] = [r8!, g8!, b8!].map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047), y = f(0.2126 * r + 0.7152 * g + 0.0722 * b), z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  const a = 500 * (x - y), bb = 200 * (y - z);
  return { L: 116 * y - 16, h: (Math.atan2(bb, a) * 180) / Math.PI, C: Math.hypot(a, bb) };
}
const srgb = (c: THREE.Color): number[] => [c.r, c.g, c.b].map((v) => 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055));

describe('skin tones', () => {
  it('are coloured as measured skin is (hue 45-72 degrees, chroma 15-30)', () => {
    for (const tone of SKIN_TONES) {
      const { h, C } = lab(srgb(tone));
      expect(h, `#${tone.getHexString('srgb')}`).toBeGreaterThan(45);
      expect(h).toBeLessThan(72);
      expect(C).toBeGreaterThan(15);
      expect(C).toBeLessThan(30);
    }
  });

  it.each([['a woman waves in a park', ['key']], ['a woman waves in a room', ['key', 'shade']]] as const)('%s: each tone is drawn at a hue of 38-78 degrees and chroma under 36 (%s)', async (prompt, sides) => {
    const plan = parsePrompt(prompt);
    plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
    const built = buildScene(plan, await simulate(plan, 1));
    built.update(0);
    const ctx = { lights: collectLights(built.scene), sky: createSky(built.env) };
    const exposure = lookFor(built.env, built.layout, 160, 90, 'close').exposure;
    const key = built.env.keyDir.clone().normalize();
    for (const side of sides) {
      // Facing the key light (and the camera), or turned away from it, lit by the fill alone.
      const n = side === 'key' ? key : new THREE.Vector3(-key.x, 0.2, -key.z).normalize();
      for (const tone of SKIN_TONES) {
        const out = new Float64Array(3);
        lightSurface(ctx, { px: 0, py: 1.5, pz: 0, nx: n.x, ny: n.y, nz: n.z, vx: n.x, vy: n.y, vz: n.z, r: tone.r, g: tone.g, b: tone.b, roughness: 0.55, metalness: 0, ao: 1, sun: side === 'key' ? 1 : 0, wr: SKIN_WRAP[0], wg: SKIN_WRAP[1], wb: SKIN_WRAP[2] }, out);
        const { h, C } = lab([...out].map((v) => filmicToSrgb255(v * exposure)));
        expect(h, `#${tone.getHexString('srgb')} ${side}`).toBeGreaterThan(38);
        expect(h, `#${tone.getHexString('srgb')} ${side}`).toBeLessThan(78);
        expect(C, `#${tone.getHexString('srgb')} ${side}`).toBeLessThan(36);
      }
    }
  }, 30_000);
});
