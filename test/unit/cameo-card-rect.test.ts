// A walker's footage shows them crossing one way; when their card walks the other way across the
// picture, the footage is drawn mirrored (feet still on the feet), so no one moonwalks.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { footageTravel } from '../../main/engine/cameo/footage-anchors';
import type { CameoFootage } from '../../main/engine/cameo/footage';
import { footageClock } from '../../main/engine/cameo/footage-clock';
import { cardRect, emptyRect, type CardState } from '../../main/engine/frames/cameo/card-rect';
import type { FrameStats } from '../../main/cameo/person-stats';

const walk = (fromX: number, toX: number, n = 12): FrameStats[] =>
  Array.from({ length: n }, (_, i) => {
    const x = fromX + ((toX - fromX) * i) / (n - 1);
    return { bbox: [x - 20, 10, x + 20, 210], coverage: 0.3 };
  });

describe('which way a cameo walks', () => {
  it('reads the direction the person crosses their footage, or none when they stay put', () => {
    expect(footageTravel(walk(50, 300), 200)).toBe(1);
    expect(footageTravel(walk(300, 50), 200)).toBe(-1);
    // 10 px against a 200 px person: swaying, not walking.
    expect(footageTravel(walk(100, 110), 200)).toBe(0);
    expect(footageTravel(walk(50, 300).map((f, i) => (i % 2 ? f : { bbox: null, coverage: 0 })).slice(0, 3), 200)).toBe(0);
  });

  it('mirrors the card when the person walks against their footage, keeping the feet on the feet', () => {
    const footage: CameoFootage = {
      cameoId: 'c', width: 100, height: 200, frames: [new Uint8Array(100 * 200 * 4)],
      anchors: new Float32Array([30, 200]), heightPx: 200, travel: 1,
      clock: footageClock(1, 1), sound: null,
    };
    const camera = new THREE.PerspectiveCamera(50, 1, 0.1, 100);
    camera.position.set(0, 1, 5);
    camera.lookAt(0, 1, 0);
    camera.updateMatrixWorld();
    const rectFor = (heading: THREE.Vector3 | null): ReturnType<typeof emptyRect> => {
      const state: CardState = { feet: new THREE.Vector3(2, 0, 0), frame: 0, heading };
      return cardRect(footage, 1.8, state, camera, emptyRect());
    };
    const feetOf = (r: ReturnType<typeof emptyRect>): THREE.Vector3 =>
      r.origin.clone().addScaledVector(r.u, 30 / 100).addScaledVector(r.v, 1);
    const withFootage = rectFor(new THREE.Vector3(1, 0, 0));
    const against = rectFor(new THREE.Vector3(-1, 0, 0));
    const towardCamera = rectFor(new THREE.Vector3(0, 0, 1));
    expect(withFootage.u.x).toBeGreaterThan(0);
    expect(against.u.x).toBeLessThan(0);
    expect(towardCamera.u.x).toBeGreaterThan(0);
    for (const r of [withFootage, against]) {
      expect(feetOf(r).distanceTo(new THREE.Vector3(2, 0, 0))).toBeLessThan(1e-6);
      expect(r.u.length()).toBeCloseTo(0.9, 6);
    }
  });
});
