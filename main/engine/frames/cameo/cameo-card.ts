// The cameo's card: the matted footage frame drawn on an upright, camera-facing rectangle at the
// person's real height, depth-tested against the scene (in front of and behind the right things),
// lit by the scene's light, fogged like everything else, its soft matte edge blended over what is
// behind it. It writes depth where the person is solid, so what is drawn after it respects them.
import * as THREE from 'three';
import type { CameoFootage } from '../../cameo/footage';
import { linearToSrgb255 } from '../rasterizer/srgb';
import type { RasterView, SelfDrawn } from '../rasterizer/self-drawn';
import { cardLightGain } from './card-light';
import { cardRect, emptyRect, type CardState } from './card-rect';
import { sampleBilinear, type MipLevel } from './card-texture';
import { mapQuad } from './quad-mapping';
import { srgbToLinear } from './srgb-decode';
import type { TextureCache } from './texture-cache';

const PROXY = new THREE.BoxGeometry(1, 1, 1);
const texel = new Float32Array(4);

interface Shade {
  gain: [number, number, number];
  fog: RasterView['fog'];
}

export class CameoCardMesh extends THREE.Mesh implements SelfDrawn {
  private readonly rect = emptyRect();

  constructor(
    private readonly footage: CameoFootage,
    private readonly heightM: number,
    private readonly state: CardState,
    private readonly textures: TextureCache,
  ) {
    // Transparent (its edge blends over the scene, so it draws after everything solid); after the
    // ground's shadows, so its own shadow never covers its feet.
    super(PROXY, new THREE.MeshBasicMaterial({ transparent: true, depthWrite: false }));
    this.name = 'cameo-card';
    this.renderOrder = 2;
    this.frustumCulled = false;
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
    const shade: Shade = { gain: cardLightGain(view.lights, rect.toCamera.x, rect.toCamera.z), fog: view.fog };
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
        drawTexel(target, i, qz, level, u, v, shade);
      }
    }
    return 2;
  }
}

function drawTexel(target: RasterView['target'], i: number, iw: number, level: MipLevel, u: number, v: number, shade: Shade): void {
  sampleBilinear(level, u, v, texel);
  const alpha = texel[3]! / 255;
  if (alpha < 1 / 255) return;
  const inv = 1 / alpha;
  let r = linearToSrgb255(srgbToLinear(texel[0]! * inv) * shade.gain[0]);
  let g = linearToSrgb255(srgbToLinear(texel[1]! * inv) * shade.gain[1]);
  let b = linearToSrgb255(srgbToLinear(texel[2]! * inv) * shade.gain[2]);
  const { fog } = shade;
  if (fog.far > fog.near) {
    let f = (1 / iw - fog.near) / (fog.far - fog.near);
    f = f < 0 ? 0 : f > 1 ? 1 : f;
    r += (fog.r - r) * f; g += (fog.g - g) * f; b += (fog.b - b) * f;
  }
  const p = i << 2;
  const c = target.color;
  r = c[p]! + (r - c[p]!) * alpha;
  g = c[p + 1]! + (g - c[p + 1]!) * alpha;
  b = c[p + 2]! + (b - c[p + 2]!) * alpha;
  target.pixels[i] = 0xff000000 | (((b + 0.5) | 0) << 16) | (((g + 0.5) | 0) << 8) | ((r + 0.5) | 0);
  // Solid parts of the person hide what is drawn behind them later (another card, a far shadow).
  if (alpha >= 0.5) target.depth[i] = iw;
}
