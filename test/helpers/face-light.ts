// Reads how a rendered face is lit: the mean luminance of the skin below the lips (chin and jaw
// front) against the cheeks', from points on the skull's own surface projected into the frame and
// kept where the head is what the pixel shows.
import * as THREE from 'three';
import type { FrameRenderer } from '../../main/engine/frames/frame-renderer';
import { skullPoint } from '../../main/engine/frames/people/skull';
import type { FaceKind } from '../../main/engine/frames/people/types';

export interface FaceLight {
  lower: number;
  cheeks: number;
  // How many pixels each mean is over.
  lowerCount: number;
  cheekCount: number;
}

const v = new THREE.Vector3();

// Luminance (0..255) of the head's pixels at the unit-skull points (x, y), front side, of `rgba`.
function meanAt(renderer: FrameRenderer, rgba: Uint8Array, head: THREE.Object3D, kind: FaceKind, pts: [number, number][]): { mean: number; count: number } {
  const { target, draws, camera } = renderer.lastFrame();
  const headIds = new Set(draws.items.filter((d) => d.mesh === head).map((d) => d.id));
  const W = target.width, H = target.height;
  const seen = new Set<number>();
  let sum = 0;
  for (const [x, y] of pts) {
    skullPoint(kind, x, y, Math.sqrt(Math.max(0, 1 - x * x - y * y)), v).applyMatrix4(head.matrixWorld).project(camera);
    const px = Math.floor((v.x * 0.5 + 0.5) * W), py = Math.floor((0.5 - v.y * 0.5) * H);
    if (px < 0 || py < 0 || px >= W || py >= H) continue;
    const i = py * W + px;
    if (seen.has(i) || !headIds.has(target.id[i]!)) continue;
    seen.add(i);
    sum += 0.2126 * rgba[4 * i]! + 0.7152 * rgba[4 * i + 1]! + 0.0722 * rgba[4 * i + 2]!;
  }
  return { mean: seen.size ? sum / seen.size : NaN, count: seen.size };
}

// A grid of unit-skull points (x across, y up) over a box.
function grid(x0: number, x1: number, y0: number, y1: number, n = 24): [number, number][] {
  const out: [number, number][] = [];
  for (let j = 0; j <= n; j++) for (let i = 0; i <= n; i++) out.push([x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * j) / n]);
  return out;
}

// The lower face (below the lower lip to the chin, inside the jaw's corners) and the cheeks (level
// with the nose's tip, outside it, short of the ears) of the person's head in the last frame.
export function faceLight(renderer: FrameRenderer, rgba: Uint8Array, person: THREE.Object3D, kind: FaceKind): FaceLight {
  const head = person.getObjectByName('head')!;
  const lower = meanAt(renderer, rgba, head, kind, grid(-0.22, 0.22, -0.58, -0.8));
  const cheeks = meanAt(renderer, rgba, head, kind, [...grid(-0.55, -0.28, -0.1, -0.3), ...grid(0.28, 0.55, -0.1, -0.3)]);
  return { lower: lower.mean, cheeks: cheeks.mean, lowerCount: lower.count, cheekCount: cheeks.count };
}
