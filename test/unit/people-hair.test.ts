// Hair people would believe: strands and clumps that run the way the hair falls (tone changes across
// them, hardly along them, in the rendered frame), a highlight that is a band across the strands (not
// a round plastic spot), a parting that never bares the scalp, hair on the crown of every seed's
// head, and baldness a man's lot only now and then (an old man's more often).
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { CAP_EDGE, CAP_STYLES, hairCapGeometry } from '../../main/engine/frames/people/hair-cap';
import { skullPoint } from '../../main/engine/frames/people/skull';
import { hairSheen } from '../../main/engine/frames/shading/hair-sheen';
import type { Entity } from '../../main/contract/scene-plan';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';
import * as THREE from 'three';

const FAST = { grain: false, antialias: false } as const;

describe('hair in a frame', () => {
  it('has strands: seen face on, its tone changes across them (side to side) well over along them (up and down), and it covers the crown', async () => {
    const plan = parsePrompt('close-up of a woman with long hair stands in a park');
    plan.camera.angle = 'front';
    plan.format = { ...plan.format, durationSec: 1, width: 640, height: 360 };
    const renderer = createFrameRenderer(plan, await simulate(plan, 2), FAST);
    const rgba = renderer.renderFrame(6);
    const W = renderer.width;
    const { mask, box } = objectPixels(renderer, 'hair');
    expect(box.count).toBeGreaterThan(2000);
    const lum = (i: number): number => 0.2126 * rgba[i * 4]! + 0.7152 * rgba[i * 4 + 1]! + 0.0722 * rgba[i * 4 + 2]!;
    let across = 0, along = 0, n = 0;
    for (let y = box.minY + 1; y < box.maxY; y++) {
      for (let x = box.minX + 1; x < box.maxX; x++) {
        const i = y * W + x;
        if (!(mask[i] && mask[i - 1] && mask[i + 1] && mask[i - W] && mask[i + W])) continue;
        // Second differences: a smooth gradient of light is not texture.
        across += Math.abs(lum(i - 1) + lum(i + 1) - 2 * lum(i));
        along += Math.abs(lum(i - W) + lum(i + W) - 2 * lum(i));
        n++;
      }
    }
    expect(n).toBeGreaterThan(1000);
    expect(across / n, `across ${(across / n).toFixed(2)}, along ${(along / n).toFixed(2)} levels`).toBeGreaterThan(1.6 * (along / n));
    // Texture a viewer sees, not a smooth shell (whose faint noise measured 2.5 levels across).
    expect(across / n).toBeGreaterThan(5);
    // The top of the head is hair: the topmost rows of the head's outline are the cap, not skin.
    const skull = objectPixels(renderer, 'head').box;
    expect(box.minY).toBeLessThan(skull.minY);
  }, 60_000);
});

describe('the sheen', () => {
  // Light and eye straight in front of a head of black hair (only the white, reflected band) whose
  // strands run down its meridians: the sheen at a point `lat` up and `lon` round (radians).
  function sheenAt(lat: number, lon: number): number {
    const out = new Float64Array(3);
    const n = new THREE.Vector3(Math.cos(lat) * Math.sin(lon), Math.sin(lat), Math.cos(lat) * Math.cos(lon));
    const t = new THREE.Vector3(-Math.sin(lat) * Math.sin(lon), Math.cos(lat), -Math.sin(lat) * Math.cos(lon));
    const h = new THREE.Vector3(0, 0, 1);
    hairSheen(t.dot(h), n.dot(h), 0, 0, 0, 1, out);
    return out[0]!;
  }

  it('is a band across the strands: it stays bright round the head and falls off fast along the strands', () => {
    const lats = Array.from({ length: 121 }, (_, i) => -0.6 + i * 0.01);
    const peakLat = lats.reduce((a, b) => (sheenAt(b, 0) > sheenAt(a, 0) ? b : a));
    const peak = sheenAt(peakLat, 0);
    // Half its height along the strands within a few degrees; round the head it keeps well over half
    // a quarter of the way to the ear.
    let lo = peakLat, hi = peakLat;
    while (sheenAt(lo - 0.01, 0) > peak / 2) lo -= 0.01;
    while (sheenAt(hi + 0.01, 0) > peak / 2) hi += 0.01;
    expect(hi - lo).toBeLessThan(0.25);
    expect(sheenAt(peakLat, 0.4)).toBeGreaterThan(0.6 * peak);
    // The band tilts towards the roots (the cuticle's scales), not dead on the mirror angle.
    expect(Math.abs(peakLat)).toBeGreaterThan(0.02);
  });
});

describe('the cap', () => {
  it('stands off the skull everywhere above the hairline, the parting too, wherever it parts', () => {
    const black = new THREE.Color(0), white = new THREE.Color(1, 1, 1);
    const s = new THREE.Vector3(), v = new THREE.Vector3();
    for (const style of ['short', 'long', 'ponytail'] as const) {
      for (const parting of [-0.35, 0, 0.35]) {
        const pos = hairCapGeometry('fem', style, black, white, parting).getAttribute('position');
        let crown = 0;
        for (let i = 0; i < pos.count; i++) {
          v.fromBufferAttribute(pos, i);
          const d = v.clone().normalize();
          skullPoint('fem', d.x, d.y, d.z, s);
          // The direction's skull point; the cap vertex lies out along the same ray.
          expect(v.length()).toBeGreaterThanOrEqual(s.length() * (1 + 0.5 * CAP_EDGE));
          if (d.y > 0.8) crown = Math.max(crown, v.length() - s.length());
        }
        // A head of hair, not paint: the crown stands well proud of the skull.
        expect(crown, `${style}, parting ${parting}`).toBeGreaterThan(0.8 * CAP_STYLES[style].thick);
      }
    }
  });
});

describe('who is bald', () => {
  const person = (label: string): Entity => ({ id: 'p1', kind: 'person', label, color: 0x3366cc } as Entity);
  const baldShare = (label: string): number => {
    let bald = 0;
    for (let seed = 1; seed <= 200; seed++) if (appearanceFor(person(label), seed).hair.style === 'bald') bald++;
    return bald / 200;
  };

  it('is a man now and then by seed, an old man more often, never a woman', () => {
    const man = baldShare('man'), old = baldShare('old man');
    expect(man).toBeGreaterThan(0.03);
    expect(man).toBeLessThan(0.2);
    expect(old).toBeGreaterThan(man);
    expect(baldShare('woman')).toBe(0);
  });

  it('parts the hair by seed: in the middle for some, to either side for others', () => {
    const parts = Array.from({ length: 60 }, (_, seed) => appearanceFor(person('woman'), seed + 1).hair.parting ?? NaN);
    expect(parts.some((p) => p === 0)).toBe(true);
    expect(parts.some((p) => p > 0.15)).toBe(true);
    expect(parts.some((p) => p < -0.15)).toBe(true);
  });
});
