// Reads a rendered frame's object-ID buffer: which pixels show a named object (a mesh or any mesh
// under a named group), and the box around them.
import type * as THREE from 'three';
import type { FrameRenderer } from '../../main/engine/frames/frame-renderer';

export interface PixelBox {
  count: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function isUnder(obj: THREE.Object3D, name: string): boolean {
  for (let o: THREE.Object3D | null = obj; o; o = o.parent) if (o.name === name) return true;
  return false;
}

// Pixels of the last rendered frame covered by the object called `name` (or anything under it).
export function objectPixels(renderer: FrameRenderer, name: string): { mask: Uint8Array; box: PixelBox } {
  const { target, draws } = renderer.lastFrame();
  const wanted = new Set<number>();
  for (const item of draws.items) if (isUnder(item.mesh, name)) wanted.add(item.id);
  const mask = new Uint8Array(target.width * target.height);
  const box: PixelBox = { count: 0, minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (let y = 0; y < target.height; y++) {
    for (let x = 0; x < target.width; x++) {
      const i = y * target.width + x;
      if (!wanted.has(target.id[i]!)) continue;
      mask[i] = 1;
      box.count++;
      box.minX = Math.min(box.minX, x); box.maxX = Math.max(box.maxX, x);
      box.minY = Math.min(box.minY, y); box.maxY = Math.max(box.maxY, y);
    }
  }
  return { mask, box };
}
