// How a thing under a liquid reads: from the frame as drawn, and the same frame drawn again with the
// liquid hidden (where the thing itself is), the share of white pixels over the liquid away from the
// thing (flecks of it bent out of place, glints) and the share of the thing's own pixels that still
// show it white.
import type { FrameRenderer } from '../../main/engine/frames/frame-renderer';
import { objectPixels } from './frame-ids';

export interface UnderLiquid {
  // White pixels of the liquid more than `marginPx` from the thing, over all such liquid pixels.
  strayWhite: number;
  // The thing's pixels (well inside its outline) that show white through the liquid.
  thingWhite: number;
  liquidCount: number;
  thingCount: number;
}

const isWhite = (rgba: Uint8Array, i: number): boolean => Math.min(rgba[4 * i]!, rgba[4 * i + 1]!, rgba[4 * i + 2]!) > 185;

// Grows (or with a negative r, shrinks) a mask by r pixels (a square).
function grow(mask: Uint8Array, W: number, H: number, r: number): Uint8Array {
  const out = new Uint8Array(mask.length);
  const want = r >= 0 ? 1 : 0, R = Math.abs(r);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let hit = false;
      for (let dy = -R; dy <= R && !hit; dy++) {
        for (let dx = -R; dx <= R && !hit; dx++) {
          const xx = x + dx, yy = y + dy;
          const v = xx >= 0 && yy >= 0 && xx < W && yy < H ? mask[yy * W + xx]! : 0;
          if (v === want) hit = true;
        }
      }
      out[y * W + x] = r >= 0 ? (hit ? 1 : 0) : hit ? 0 : 1;
    }
  }
  return out;
}

export function underLiquid(renderer: FrameRenderer, frame: number, thingName: string, marginPx: number): UnderLiquid {
  const rgba = renderer.renderFrame(frame).slice();
  const liquid = objectPixels(renderer, 'liquid-surface').mask;
  const surface = renderer.lastFrame().draws.items.find((d) => d.mesh.name === 'liquid-surface');
  if (!surface) throw new Error('no liquid drawn');
  surface.mesh.visible = false;
  let thing: Uint8Array;
  try {
    renderer.renderFrame(frame);
    thing = objectPixels(renderer, thingName).mask;
  } finally {
    surface.mesh.visible = true;
  }
  const { width: W, height: H } = renderer;
  const near = grow(thing, W, H, marginPx), inner = grow(thing, W, H, -marginPx);
  let liquidCount = 0, stray = 0, thingCount = 0, thingWhite = 0;
  for (let i = 0; i < W * H; i++) {
    if (liquid[i] && !near[i]) { liquidCount++; if (isWhite(rgba, i)) stray++; }
    if (liquid[i] && inner[i]) { thingCount++; if (isWhite(rgba, i)) thingWhite++; }
  }
  return { strayWhite: stray / Math.max(1, liquidCount), thingWhite: thingWhite / Math.max(1, thingCount), liquidCount, thingCount };
}
