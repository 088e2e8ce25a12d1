// The cameo's card: the matted footage frame drawn on an upright, camera-facing rectangle at the
// person's real height, depth-tested against the shaded scene (in front of and behind the right
// things), lit by the scene's light, hazed like everything else, its soft matte edge blended over
// what is behind it. Where the person is solid it writes depth and its id into the G-buffer, so what
// is drawn after it respects them and id reads find them. It casts its matte into the sun's shadow
// map, so the person's shadow falls on the ground, steps or a table like any other caster's.
import * as THREE from 'three';
import type { CameoFootage } from '../../cameo/footage';
import type { RasterView, SelfDrawn, ShadowCasterView } from '../rasterizer/self-drawn';
import { cardLightGain } from './card-light';
import { cardRect, emptyRect, type CardState } from './card-rect';
import { sampleBilinear, type MipLevel } from './card-texture';
import { mapQuad } from './quad-mapping';
import { srgbToLinear } from './srgb-decode';
import type { TextureCache } from './texture-cache';

const PROXY = new THREE.BoxGeometry(1, 1, 1);
const texel = new Float32Array(4);
const rgb = new Float64Array(3);
const corner = new Float64Array(3);
// Levels softer than the one matching the shadow map's texels: shadows have soft edges anyway.
const SHADOW_LEVEL_BIAS = 1;

interface Shade {
  gain: [number, number, number];
  view: RasterView;
  // Unit direction from the camera to the card's middle (for haze).
  dir: THREE.Vector3;
}

export class CameoCardMesh extends THREE.Mesh implements SelfDrawn {
  private readonly rect = emptyRect();
  private readonly dir = new THREE.Vector3();

  constructor(
    private readonly footage: CameoFootage,
    private readonly heightM: number,
    private readonly state: CardState,
    private readonly textures: TextureCache,
  ) {
    // Transparent (its edge blends over the scene, so it draws after everything solid is shaded).
    super(PROXY, new THREE.MeshBasicMaterial({ transparent: true, depthWrite: false }));
    this.name = 'cameo-card';
    this.renderOrder = 2;
    this.frustumCulled = false;
    this.castShadow = true;
  }

  // Keeps the proxy box on the person, so the draw order sorts the card by its real distance.
  place(): void {
    this.position.copy(this.state.feet).setY(this.state.feet.y + this.heightM / 2);
    this.scale.set(this.heightM / 2, this.heightM, this.heightM / 2);
  }

  rasterDraw(view: RasterView): number {
    const rect = cardRect(this.footage, this.heightM, this.state, view.camera, this.rect);
    const { target } = view;
    const map = mapQuad(view.viewProj, rect.origin, rect.u, rect.v, target.width, target.height);
    if (!map) return 0;
    const texture = this.textures.get(this.state.frame);
    // The level whose rows match the card's rows on screen: no shimmer from skipped texels.
    const ratio = texture.height / Math.max(1, map.screenSpanV);
    const level = texture.level(Math.max(0, Math.floor(Math.log2(ratio))));
    this.dir.copy(this.position).sub(view.camPos).normalize();
    const shade: Shade = { gain: cardLightGain(view.lights, rect.toCamera.x, rect.toCamera.z), view, dir: this.dir };
    const m = map.inv;
    for (let y = map.y0; y < map.y1; y++) {
      const py = y + 0.5;
      let qx = m[0]! * (map.x0 + 0.5) + m[1]! * py + m[2]!;
      let qy = m[3]! * (map.x0 + 0.5) + m[4]! * py + m[5]!;
      let qz = m[6]! * (map.x0 + 0.5) + m[7]! * py + m[8]!;
      for (let x = map.x0; x < map.x1; x++, qx += m[0]!, qy += m[3]!, qz += m[6]!) {
        if (!(qz > 0)) continue;
        const u = qx / qz, v = qy / qz;
        if (u < 0 || u >= 1 || v < 0 || v >= 1) continue;
        const i = y * target.width + x;
        if (qz <= target.depth[i]!) continue;
        drawTexel(i, qz, level, u, v, shade);
      }
    }
    return 2;
  }

  // The matte, cast along the sun onto the shadow map: every shadow texel the card covers (seen from
  // the light, the card is a parallelogram, and orthographic, so texel -> card is affine) is solid
  // where the footage is mostly opaque.
  castShadowInto(into: ShadowCasterView, camera: THREE.Camera): void {
    const rect = cardRect(this.footage, this.heightM, this.state, camera, this.rect);
    const o = rect.origin;
    into.project(o.x, o.y, o.z, corner);
    const x0 = corner[0]!, y0 = corner[1]!, d0 = corner[2]!;
    into.project(o.x + rect.u.x, o.y + rect.u.y, o.z + rect.u.z, corner);
    const ux = corner[0]! - x0, uy = corner[1]! - y0, ud = corner[2]! - d0;
    into.project(o.x + rect.v.x, o.y + rect.v.y, o.z + rect.v.z, corner);
    const vx = corner[0]! - x0, vy = corner[1]! - y0, vd = corner[2]! - d0;
    const det = ux * vy - uy * vx;
    // Edge-on to the sun (it stands straight under it): no area to cast.
    if (Math.abs(det) < 1e-6) return;
    const texture = this.textures.get(this.state.frame);
    const span = Math.max(1, Math.hypot(vx, vy));
    const level = texture.level(Math.max(0, Math.floor(Math.log2(texture.height / span))) + SHADOW_LEVEL_BIAS);
    const N = into.size;
    const xs = [x0, x0 + ux, x0 + vx, x0 + ux + vx], ys = [y0, y0 + uy, y0 + vy, y0 + uy + vy];
    const tx0 = Math.max(0, Math.floor(Math.min(...xs))), tx1 = Math.min(N, Math.ceil(Math.max(...xs)) + 1);
    const ty0 = Math.max(0, Math.floor(Math.min(...ys))), ty1 = Math.min(N, Math.ceil(Math.max(...ys)) + 1);
    for (let ty = ty0; ty < ty1; ty++) {
      for (let tx = tx0; tx < tx1; tx++) {
        const px = tx + 0.5 - x0, py = ty + 0.5 - y0;
        const u = (px * vy - py * vx) / det, v = (ux * py - uy * px) / det;
        if (u < 0 || u >= 1 || v < 0 || v >= 1) continue;
        sampleBilinear(level, u, v, texel);
        if (texel[3]! < 128) continue;
        into.write(tx, ty, d0 + u * ud + v * vd);
      }
    }
  }
}

// One pixel of the card: the footage's own colour (linear) under the scene's light, hazed with
// distance, blended by the matte's alpha over the shaded scene.
function drawTexel(i: number, iw: number, level: MipLevel, u: number, v: number, shade: Shade): void {
  sampleBilinear(level, u, v, texel);
  const alpha = texel[3]! / 255;
  if (alpha < 1 / 255) return;
  const inv = 1 / alpha;
  rgb[0] = srgbToLinear(texel[0]! * inv) * shade.gain[0];
  rgb[1] = srgbToLinear(texel[1]! * inv) * shade.gain[1];
  rgb[2] = srgbToLinear(texel[2]! * inv) * shade.gain[2];
  const { view, dir } = shade;
  view.haze(1 / iw, dir.x, dir.y, dir.z, rgb);
  const { target } = view;
  const o = i * 3;
  const hdr = target.hdr;
  hdr[o] = hdr[o]! + (rgb[0]! - hdr[o]!) * alpha;
  hdr[o + 1] = hdr[o + 1]! + (rgb[1]! - hdr[o + 1]!) * alpha;
  hdr[o + 2] = hdr[o + 2]! + (rgb[2]! - hdr[o + 2]!) * alpha;
  // Solid parts of the person hide what is drawn behind them later, and are theirs in id reads.
  if (alpha >= 0.5) {
    target.depth[i] = iw;
    target.id[i] = view.id;
  }
}
