// A glass as the eye sees it, drawn after the scene is shaded: clear, so what is behind it (the
// liquid in it, the table) keeps its colour, only faintly tinted by the two walls a ray crosses, more
// where it crosses them at a slant (towards its silhouette); the room is reflected by Fresnel's share,
// which is what makes its rims and outline read, and the lights' highlights sit on its curve. The
// Its shadow (clear-shadow.ts) is its outline, where the sun meets its walls edge-on.
import * as THREE from 'three';
import type { RasterView, SelfDrawn, ShadowCasterView } from '../rasterizer/self-drawn';
import { addMesh, beginLayer, type ClearLayer } from './clear-layer';
import { addHighlights, fresnel, normalTowardsEye, rayAt, roomRadiance, viewBasis, type ViewBasis } from './clear-light';
import { castClearShadow } from './clear-shadow';

// Glass's head-on reflectance; the light one wall passes head on; how much of the glass's colour
// a wall's transmission takes; the slant a ray is taken to cross a wall at, at most (1 / cosine).
const F0 = 0.04;
const WALL_PASSES = 0.96;
const WALL_TINT = 0.15;
const MAX_SLANT = 4;
// A ray through a glass meets two walls, each reflecting the room on both its sides.
const WALLS = 2;
const HIGHLIGHT_POWER = 900;
// The room reflected: this share of its fill light's mean radiance.
const ROOM_SHARE = 0.6;
// The base, where a ray crosses a slab of glass as thick as the base (not two thin walls): what is
// seen through it is bent (shifted this far, m, towards the glass's foot, as a thick flat lens
// would) and tinted as through this many walls, and light caught inside it by total internal
// reflection comes out all over it, so it reads as a bright, heavy foot (a share of the room's
// light). Without it, a full glass's foot was drawn as thin as its walls.
const BASE_SHIFT_M = 0.004;
const BASE_WALLS = 5;
const BASE_GLOW = 0.35;
// The base's top face, where the cavity's floor meets the wall, catches light edge-on: a bright
// line this high (m) across its top, this much brighter.
const BASE_EDGE_M = 0.0015;
const BASE_EDGE_GLOW = 0.8;
// Its shadow: the walls within this cosine of edge-on to the sun.
export const OUTLINE_COS = 0.3;
const outline = (cosToSun: number): boolean => cosToSun < OUTLINE_COS;

const ray = new Float64Array(3);
const normal = new Float64Array(3);
const room = new Float64Array(3);
const spec = new Float64Array(3);

export class GlassSurfaceMesh extends THREE.Mesh implements SelfDrawn {
  // ln of the light one wall passes head on, per channel.
  private readonly lnPass: [number, number, number];

  private readonly toLocal = new THREE.Matrix4();
  private readonly camera = new THREE.Vector3();
  private readonly point = new THREE.Vector3();
  // The glass's scale this frame (its matrix's largest axis), read once a frame, not once a pixel.
  private scaleM = 1;

  // `geometry`: the glass's walls, both sides (a lathe); `color`: the glass's faint tint;
  // `baseTopY`: the top of its solid base in the geometry's own frame (none: no base, a handle).
  constructor(geometry: THREE.BufferGeometry, color: THREE.Color, private readonly baseTopY: number | null = null) {
    super(geometry, new THREE.MeshBasicMaterial({ transparent: true, depthWrite: false }));
    this.lnPass = [color.r, color.g, color.b].map((c) => Math.log(WALL_PASSES * (1 + (c - 1) * WALL_TINT))) as [number, number, number];
  }

  rasterDraw(view: RasterView): number {
    const layer = beginLayer(view);
    addMesh(layer, this, view, null, 0, false);
    const { x0, y0, x1, y1 } = layer.rect;
    const basis = viewBasis(view.camera, view.target.width, view.target.height);
    roomRadiance(view.lights, ROOM_SHARE, room);
    this.toLocal.copy(this.matrixWorld).invert();
    this.camera.setFromMatrixPosition(view.camera.matrixWorld);
    this.scaleM = this.matrixWorld.getMaxScaleOnAxis();
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) this.shadePixel(view, layer, basis, x, y);
    return 1;
  }

  castShadowInto(into: ShadowCasterView): void {
    castClearShadow(into, this, outline);
  }

  private shadePixel(view: RasterView, layer: ClearLayer, basis: ViewBasis, x: number, y: number): void {
    const { target } = view;
    const i = y * target.width + x;
    if (!(layer.near.depth[i]! > target.depth[i]!)) return;
    const cosAxis = rayAt(basis, x, y, ray);
    const cos = normalTowardsEye(layer.near.normal, i, ray, normal);
    const nx = normal[0]!, ny = normal[1]!, nz = normal[2]!;
    const vx = -ray[0]!, vy = -ray[1]!, vz = -ray[2]!;
    const slant = Math.min(MAX_SLANT, 1 / Math.max(cos, 1 / MAX_SLANT));
    const F = Math.min(1, WALLS * fresnel(F0, cos));
    spec[0] = 0; spec[1] = 0; spec[2] = 0;
    addHighlights(view.lights, nx, ny, nz, vx, vy, vz, HIGHLIGHT_POWER, F0, spec);
    const hdr = target.hdr;
    const wNear = 1 / layer.near.depth[i]!;
    const below = this.belowBaseTop(ray, wNear / cosAxis);
    const from = below >= 0 ? baseSource(target.width, target.height, x, y, basis, wNear) : -1;
    const glow = BASE_GLOW + (below >= 0 && below < BASE_EDGE_M ? BASE_EDGE_GLOW : 0);
    for (let c = 0; c < 3; c++) {
      if (from >= 0) {
        const through = Math.exp(this.lnPass[c]! * BASE_WALLS * slant);
        hdr[i * 3 + c] = hdr[from * 3 + c]! * through * (1 - F) + room[c]! * (F + glow) + spec[c]!;
        continue;
      }
      const through = Math.exp(this.lnPass[c]! * WALLS * slant);
      hdr[i * 3 + c] = hdr[i * 3 + c]! * through * (1 - F) + room[c]! * F + spec[c]!;
    }
  }

  // How far (m) below the top of the glass's base the point `distM` along the unit ray from the
  // camera lies; negative above it (or with no base).
  private belowBaseTop(r: Float64Array, distM: number): number {
    if (this.baseTopY === null) return -1;
    this.point.set(this.camera.x + r[0]! * distM, this.camera.y + r[1]! * distM, this.camera.z + r[2]! * distM).applyMatrix4(this.toLocal);
    return (this.baseTopY + 1e-4 - this.point.y) * this.scaleM;
  }
}

// The frame pixel a thick base shows at (x, y): what lies BASE_SHIFT_M lower in the picture, seen at
// view depth w (read before this pixel is drawn over: the base is drawn top row first, so the rows
// below it are still the scene behind it).
function baseSource(W: number, H: number, x: number, y: number, basis: ViewBasis, w: number): number {
  const dy = Math.round((BASE_SHIFT_M * W) / (2 * basis.tanX * w));
  return Math.min(H - 1, y + dy) * W + x;
}
