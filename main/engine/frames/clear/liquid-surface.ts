// A liquid as the eye sees it, drawn after the scene is shaded: what is behind or below it shows
// through, shifted where the surface bends the ray and tinted by the depth of liquid crossed (a
// glass of water barely, honey amber, coffee dark), mixed with the light the liquid itself scatters
// (milk is all that); Fresnel's reflection of the room grows towards the surface's rims and the
// lights' highlights sit on it; where the liquid foams (liquids/foam.ts) it is white. The surface is
// the liquid's marching-cubes meshes (kept out of the scene graph); this one mesh draws them all,
// before any glass (renderOrder), so a glass's near wall lies over the liquid in it and its far wall,
// behind the liquid, is hidden. Its shadow is whole if it is cloudy, else its outline (clear-shadow.ts).
import * as THREE from 'three';
import type { MarchingCubes } from 'three/examples/jsm/objects/MarchingCubes.js';
import type { LiquidFacts } from '../../liquids/catalog';
import type { RasterView, SelfDrawn, ShadowCasterView } from '../rasterizer/self-drawn';
import { addMesh, beginLayer, type ClearLayer } from './clear-layer';
import { addHighlights, fresnel, irradiance, normalTowardsEye, rayAt, viewBasis, type ViewBasis } from './clear-light';
import { castClearShadow } from './clear-shadow';
import { lensRay } from './lens';
import { OUTLINE_COS } from './glass-surface';
import { meniscusBand } from './meniscus';
import { rimBand, type MeniscusRim } from './meniscus-rim';
import { smoothSurfaceNormals, toksvigPower } from './smooth-normals';

// The reference depth of the catalog's opacity (m), and the deepest liquid a ray is taken to cross.
const OPACITY_DEPTH_M = 0.05;
const MAX_DEPTH_M = 0.3;
// Water's head-on reflectance, and how sharp the lights' highlights are.
const F0 = 0.02;
const HIGHLIGHT_POWER = 600;
const FOAM_ALBEDO = 0.85;
// The room mirrored: this share of the fill light along the reflected ray.
const ROOM_SHARE = 0.6;
// What light reflected back in at the far surface keeps when it comes out again.
const INSIDE_KEEPS = 0.45;
// How far the light the liquid scatters is taken as from above rather than along its normal.
const BODY_UP = 0.7;
// A liquid at least this cloudy casts its whole shadow; a clearer one only its outline, as a glass.
const CLOUDY = 0.5;
// At the wall the meniscus stands this near to edge-on to the eye (its cosine scaled by 1 - this):
// it mirrors most of the room above it there (meniscus.ts).
const MENISCUS_SLANT = 0.9;

export interface LiquidLook {
  // Linear colour, its share of light scattered over OPACITY_DEPTH_M, and what light keeps of each
  // channel per tintDepthM crossed: the colour itself. (Scaled to its brightest channel, as it
  // was, the red a coffee lets through was never taken, and coffee in a red mug read as clear
  // water over the mug's red glaze.)
  color: [number, number, number];
  opacity: number;
  tintDepthM: number;
  // Per metre crossed: ln of the share not scattered, and ln of the tint per channel.
  lnClear: number;
  lnTint: [number, number, number];
}

export function liquidLook(facts: LiquidFacts): LiquidLook {
  const c = new THREE.Color(facts.color);
  const color: [number, number, number] = [c.r, c.g, c.b];
  return {
    color,
    opacity: facts.opacity,
    tintDepthM: facts.tintDepthM,
    lnClear: Math.log(Math.max(1e-6, 1 - facts.opacity)) / OPACITY_DEPTH_M,
    lnTint: color.map((t) => Math.log(Math.max(1e-6, t))) as [number, number, number],
  };
}

// A pixel's liquid: its colour, ln of the share not scattered per metre, ln of the tint per metre.
// Where two liquids mix (milk into coffee) each is the two's blend by their shares: what a mixture
// scatters and absorbs per metre is each part's, by its concentration. Its colour blends as the
// logarithms do: light the milk scatters back has crossed the coffee's absorption, so half milk,
// half coffee is a tan (averaged as colours, it was a grey-white: milk's white swamped it).
interface PixelLook { color: Float64Array; lnClear: number; lnTint: Float64Array }
const mixed: PixelLook = { color: new Float64Array(3), lnClear: 0, lnTint: new Float64Array(3) };
function blendLooks(a: LiquidLook, b: LiquidLook | null, t: number, out: PixelLook): PixelLook {
  const u = b ? t : 0;
  out.lnClear = a.lnClear * (1 - u) + (b ? b.lnClear * u : 0);
  for (let c = 0; c < 3; c++) {
    out.color[c] = Math.exp(a.lnTint[c]! * (1 - u) + (b ? b.lnTint[c]! * u : 0));
    out.lnTint[c] = (a.lnTint[c]! / a.tintDepthM) * (1 - u) + (b ? (b.lnTint[c]! / b.tintDepthM) * u : 0);
  }
  return out;
}

const ray = new Float64Array(3);
const normal = new Float64Array(3);
const light = new Float64Array(3);
const fill = new Float64Array(3);
const spec = new Float64Array(3);
// The room above as a surface facing up mirrors it (what a meniscus reflects), once a frame.
const sky = new Float64Array(3);
let band: Float32Array = new Float32Array(0);
// The shaded scene inside the liquid's screen box, kept before the liquid is drawn over it (copyBehind).
let behind = new Float32Array(0);
const box = { x0: 0, y0: 0, w: 0, h: 0 };

export class LiquidSurfaceMesh extends THREE.Mesh implements SelfDrawn {
  // The water lines at the walls of the vessels holding the liquid this frame (draw.ts sets them):
  // the meniscus follows them; with none, it follows the surface's edge on the picture.
  rims: readonly MeniscusRim[] = [];

  // `surfaces`: the liquid's meshes (the list grows as spills appear); each one's foam is in its
  // vertex colours' red, in units of its isolation level, and the share of the `second` liquid
  // (if two are mixed) in their green.
  // One liquid's look blended with none: the same every pixel, worked out once (three exponentials
  // a pixel).
  private readonly plain: PixelLook;

  constructor(private readonly surfaces: readonly MarchingCubes[], private readonly look: LiquidLook, private readonly second: LiquidLook | null = null) {
    super(new THREE.BufferGeometry().setAttribute('position', new THREE.Float32BufferAttribute([0, 0, 0], 3)), new THREE.MeshBasicMaterial({ transparent: true, depthWrite: true }));
    this.name = 'liquid-surface';
    // Before any glass (0) or cameo card (2); never culled (its meshes say where it is).
    this.renderOrder = -1;
    this.frustumCulled = false;
    this.plain = blendLooks(look, null, 0, { color: new Float64Array(3), lnClear: 0, lnTint: new Float64Array(3) });
  }

  rasterDraw(view: RasterView): number {
    const layer = beginLayer(view);
    let triangles = 0;
    for (const s of this.drawn()) {
      const colors = s.geometry.getAttribute('color');
      addMesh(layer, s, view, colors ? (colors.array as Float32Array) : null, 1 / s.isolation, true);
      triangles += s.count / 3;
    }
    const basis = viewBasis(view.camera, view.target.width, view.target.height);
    const pxPerRadian = view.target.width / (2 * basis.tanX);
    // (the rim's band first: it fills the water's top out to the wall, growing the rectangle)
    const rims = this.rims.length > 0 && layer.rect.x0 < layer.rect.x1 ? rimBand(layer, this.rims, { viewProj: view.viewProj, camPos: view.camPos, solid: view.target.depth }, pxPerRadian) : null;
    const { x0, y0, x1, y1 } = layer.rect;
    if (x0 >= x1 || y0 >= y1) return triangles;
    copyBehind(view, layer.rect);
    smoothSurfaceNormals(layer, pxPerRadian);
    band = rims ?? meniscusBand(layer, pxPerRadian);
    irradiance(view.lights, 0, 1, 0, false, sky);
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) this.shadePixel(view, layer, basis, x, y);
    // Then, where it was drawn, it hides what is drawn after it (a glass's far wall) and is the
    // liquid in id reads; not before, so every pixel above read the scene's depth behind it.
    const { target } = view;
    for (let y = y0; y < y1; y++) {
      for (let i = y * target.width + x0; i < y * target.width + x1; i++) {
        if (!(layer.near.depth[i]! > target.depth[i]!)) continue;
        target.depth[i] = layer.near.depth[i]!;
        target.id[i] = view.id;
      }
    }
    return triangles;
  }

  castShadowInto(into: ShadowCasterView): void {
    const cloudy = Math.max(this.look.opacity, this.second?.opacity ?? 0) >= CLOUDY;
    for (const s of this.drawn()) castClearShadow(into, s, (cos) => cloudy || cos < OUTLINE_COS);
  }

  // The surfaces meshed for this frame, posed (they are outside the scene graph).
  private drawn(): MarchingCubes[] {
    const out = this.surfaces.filter((s) => s.visible && s.count > 0);
    for (const s of out) s.updateMatrixWorld();
    return out;
  }

  private shadePixel(view: RasterView, layer: ClearLayer, basis: ViewBasis, x: number, y: number): void {
    const { target } = view;
    const W = target.width;
    const i = y * W + x;
    const iwNear = layer.near.depth[i]!;
    if (!(iwNear > target.depth[i]!)) return;
    const wNear = 1 / iwNear;
    const wSolid = target.depth[i]! > 0 ? 1 / target.depth[i]! : Infinity;
    const wFar = layer.far[i]! < iwNear ? 1 / layer.far[i]! : wNear;
    const cosAxis = rayAt(basis, x, y, ray);
    const depthM = Math.min(MAX_DEPTH_M, (Math.min(wFar, wSolid) - wNear) / cosAxis);
    const cos = normalTowardsEye(layer.near.normal, i, ray, normal);
    const nx = normal[0]!, ny = normal[1]!, nz = normal[2]!;
    const vx = -ray[0]!, vy = -ray[1]!, vz = -ray[2]!;
    const foam = Math.min(1, Math.max(0, layer.near.albedo[i * 3]!));
    const look = this.second ? blendLooks(this.look, this.second, Math.min(1, Math.max(0, layer.near.albedo[i * 3 + 1]!)), mixed) : this.plain;
    // Light through the liquid: the shaded scene behind, where the liquid's lens bends the ray to.
    const from = lensRay(target, basis, x, y, normal, cos, wNear, wFar, wSolid);
    const through = Math.exp(look.lnClear * depthM) * (1 - foam);
    // Leaving a round body at the slant it entered, as much is reflected back in again: it bounces
    // about inside, losing some at each wall, and comes out where the eye sees it as what lies just
    // behind, dimmed; the edges of a body of water read dark. (Taken as the room mirrored, they read
    // as grey shards.)
    const exitF = wFar < wSolid ? fresnel(F0, cos) : 0;
    // The light the liquid scatters entered all over it, not only where this point faces: lit as if
    // facing mostly up, so the small dimples of its surface do not show as dark pits.
    const bx = nx * (1 - BODY_UP), by = ny * (1 - BODY_UP) + BODY_UP, bz = nz * (1 - BODY_UP);
    const bl = 1 / (Math.sqrt(bx * bx + by * by + bz * bz) || 1);
    irradiance(view.lights, bx * bl, by * bl, bz * bl, true, light);
    // The room as the surface mirrors it: what lies along the reflected ray (sky above, floor below).
    const rn = 2 * (vx * nx + vy * ny + vz * nz);
    irradiance(view.lights, rn * nx - vx, rn * ny - vy, rn * nz - vz, false, fill);
    // In the meniscus (m > 0) the surface turns up to the wall: seen ever more edge-on, it mirrors
    // the room above it more and more.
    const m = band[i]!;
    const F = fresnel(F0, cos * (1 - MENISCUS_SLANT * m)) * (1 - foam);
    spec[0] = 0; spec[1] = 0; spec[2] = 0;
    const mean = layer.near.normal;
    addHighlights(view.lights, nx, ny, nz, vx, vy, vz, toksvigPower(HIGHLIGHT_POWER, Math.hypot(mean[i * 3]!, mean[i * 3 + 1]!, mean[i * 3 + 2]!)), F0, spec);
    const hdr = target.hdr;
    const fx = from % W, fy = (from - fx) / W;
    const inBox = fx >= box.x0 && fx < box.x0 + box.w && fy >= box.y0 && fy < box.y0 + box.h;
    // Outside the box nothing is drawn over: the frame itself is what lies there.
    const fromBuf = inBox ? behind : hdr, fromAt = inBox ? ((fy - box.y0) * box.w + fx - box.x0) * 3 : from * 3;
    const here = ((y - box.y0) * box.w + x - box.x0) * 3;
    for (let c = 0; c < 3; c++) {
      const body = ((look.color[c]! * (1 - foam) + FOAM_ALBEDO * foam) * light[c]!) / Math.PI;
      const room = ((fill[c]! * (1 - m) + sky[c]! * m) * ROOM_SHARE) / Math.PI;
      const back = fromBuf[fromAt + c]! * (1 - exitF) + behind[here + c]! * INSIDE_KEEPS * exitF;
      const seen = back * through * Math.exp(look.lnTint[c]! * depthM) + body * (1 - through);
      hdr[i * 3 + c] = seen * (1 - F) + room * F + spec[c]!;
    }
  }
}

// The shaded scene, kept before the liquid is drawn over it. A lens of water shows what lies well to
// the side of it, anywhere in the frame, but only the liquid's own box is drawn over: that alone is
// kept, and the rest is read from the frame. (Copying the whole frame cost 2.8M floats a frame at
// 1280x720 for a glass a tenth of its width.)
function copyBehind(view: RasterView, rect: { x0: number; y0: number; x1: number; y1: number }): void {
  const { hdr, width: W } = view.target;
  box.x0 = rect.x0; box.y0 = rect.y0; box.w = rect.x1 - rect.x0; box.h = rect.y1 - rect.y0;
  if (behind.length < box.w * box.h * 3) behind = new Float32Array(box.w * box.h * 3);
  for (let y = 0; y < box.h; y++) behind.set(hdr.subarray(((rect.y0 + y) * W + rect.x0) * 3, ((rect.y0 + y) * W + rect.x1) * 3), y * box.w * 3);
}
