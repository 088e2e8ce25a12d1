// Where a ray through a clear liquid comes from: bent by Snell's law where it enters the surface the
// eye sees and again where it leaves by the far surface, then carried on to what lies behind. A body
// of water is a lens: a glass or a jug of it magnifies what is behind and, past its focus, mirrors it
// across its axis; the table's grain and the tiles' lines break at the water line. (A sideways shift
// of a quarter of the depth crossed, as before, left a glass of water looking empty.)
// Each screen axis is bent on its own, in the plane of the view ray and that axis, by the surface's
// (smoothed) normal; leaving, the ray is taken to turn as much again, as it does through a round
// body (a cylinder's chord leaves at the angle it entered). Bent by the slope of the far surface's
// depth instead, the marching-cubes facets of the far side broke the water into grey shards and past
// the critical angle a glass seen from above showed a ring round an egg in it.
import type { ViewBasis } from './clear-light';

// Water's refractive index; the farthest behind the liquid a ray is carried (m: a far wall, the
// sky); the most a ray is turned in all (radians: past it, it lands far off the frame).
export const WATER_INDEX = 1.33;
const MAX_GAP_M = 3;
const MAX_TURN = 1.1;
// A far surface within this of the solid behind it lies on it (the liquid is drawn just inside its
// container's wall): the ray ends on the container there and never leaves the liquid into air.
const ON_SOLID_M = 0.015;

// Per axis: the ray's angle inside the liquid, then outside it, from the view ray (radians).
const bend = new Float64Array(4);

// The angle inside from the view ray, entering a surface whose unit normal towards the eye has
// component ne along the axis and nv along the view (Snell: sin i = n sin t about the normal).
function entered(ne: number, nv: number): number {
  const psi = Math.atan2(-ne, nv);
  return psi - Math.asin(Math.sin(psi) / WATER_INDEX);
}

// The frame pixel a ray through liquid pixel (x, y) lands on behind it: n (unit, towards the eye,
// at cosine nv to it), the view depths of the near surface, the far one and the scene's solid.
export function lensRay(target: { width: number; height: number; depth: Float32Array }, basis: ViewBasis, x: number, y: number, n: Float64Array, nv: number, wNear: number, wFar: number, wSolid: number): number {
  const { width: W, height: H } = target;
  const i = y * W + x;
  const pxPerRadian = W / (2 * basis.tanX);
  // A solid within the liquid (an egg in it, a stone on a bowl's floor) is seen straight through:
  // bent by the dimpled surface, its image broke into white flecks strewn over the water (an egg in a
  // glass: 5% of the water's pixels away from it, against under 1% unbent).
  if (!(wFar + ON_SOLID_M < wSolid)) return i;
  const wExit = wFar;
  for (let a = 0; a < 2; a++) {
    const e = a === 0 ? basis.right : basis.up;
    const inside = entered(n[0]! * e[0] + n[1]! * e[1] + n[2]! * e[2], nv);
    bend[a * 2] = Math.tan(inside);
    // Leaving a round body (a stream, a glass of it) the ray turns as much again.
    bend[a * 2 + 1] = Math.tan(Math.max(-MAX_TURN, Math.min(MAX_TURN, 2 * inside)));
  }
  // Where it lands depends on how far behind the scene is there: taken at this pixel's solid first,
  // then again at the solid where that guess landed (seen straight through if it is in the liquid).
  const wBack = Math.min(wSolid, wExit + MAX_GAP_M);
  let j = landing(W, H, x, y, wNear, wExit, wBack, pxPerRadian, 1);
  if (target.depth[j]! > 0 && target.depth[j]! < 1 / wNear) {
    const wj = 1 / target.depth[j]!;
    if (wj < wFar + ON_SOLID_M) return i;
    j = landing(W, H, x, y, wNear, wExit, Math.min(wj, wExit + MAX_GAP_M), pxPerRadian, 1);
    if (target.depth[j]! > 0 && 1 / target.depth[j]! < wFar + ON_SOLID_M) return i;
  }
  // What lies in front of the liquid is not seen through it: nearer the pixel itself then.
  for (const share of [0.5, 0.25, 0]) {
    if (!(target.depth[j]! >= 1 / wNear) || j === i) break;
    j = landing(W, H, x, y, wNear, wExit, wBack, pxPerRadian, share);
  }
  return j;
}

// The frame pixel (clamped into the frame) a bent ray lands on at view depth wBack, `share` of the way.
function landing(W: number, H: number, x: number, y: number, wNear: number, wExit: number, wBack: number, pxPerRadian: number, share: number): number {
  const k = (share * pxPerRadian) / wBack;
  const sx = (wExit - wNear) * bend[0]! + (wBack - wExit) * bend[1]!;
  const sy = (wExit - wNear) * bend[2]! + (wBack - wExit) * bend[3]!;
  const lx = Math.min(W - 1, Math.max(0, Math.round(x + sx * k)));
  const ly = Math.min(H - 1, Math.max(0, Math.round(y - sy * k)));
  return ly * W + lx;
}
