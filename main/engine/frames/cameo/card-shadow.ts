// The cameo's shadow: the card's matte cast along the key light onto the ground at the person's feet,
// as a soft darkening (a blurred level of the matte, darker near the feet where a real shadow is
// sharpest). Drawn as a decal: it darkens only pixels whose depth is the ground's there, so it never
// falls on the sky past the floor's edge or on a ball lying in it.
import * as THREE from 'three';
import type { CameoFootage } from '../../cameo/footage';
import type { RasterView, SelfDrawn } from '../rasterizer/self-drawn';
import { keyLightDirection } from './card-light';
import { cardRect, emptyRect, type CardState } from './card-rect';
import { sampleBilinear } from './card-texture';
import { mapQuad } from './quad-mapping';
import type { TextureCache } from './texture-cache';

const PROXY = new THREE.BoxGeometry(1, 1, 1);
const texel = new Float32Array(4);
// A low sun would fling the shadow across the set: no flatter than this (as the blob shadows do).
const MIN_LIGHT_Y = 0.25;
// Above the ground so the depth test passes, as the blob shadows sit.
const LIFT_M = 0.008;
// How far (view depth) a pixel may be from the shadow's plane and still be the ground it lies on:
// a few centimetres, more far away where one pixel of ground spans more depth at a grazing angle.
const DECAL_TOLERANCE_M = 0.05;
const DECAL_TOLERANCE_PER_M = 0.03;
// Levels softer than the one matching the screen: shadows have soft edges.
const BLUR_LEVELS = 2;

export class CameoShadowMesh extends THREE.Mesh implements SelfDrawn {
  private readonly rect = emptyRect();
  private readonly o = new THREE.Vector3();
  private readonly u = new THREE.Vector3();
  private readonly v = new THREE.Vector3();

  constructor(
    private readonly footage: CameoFootage,
    private readonly heightM: number,
    private readonly state: CardState,
    private readonly textures: TextureCache,
    private readonly strength: number,
    private readonly groundAt: (x: number, z: number) => number,
  ) {
    super(PROXY, new THREE.MeshBasicMaterial({ transparent: true, depthWrite: false }));
    this.name = 'cameo-shadow';
    // With the blob shadows, before the cards.
    this.renderOrder = 1;
    this.frustumCulled = false;
  }

  place(): void {
    this.position.copy(this.state.feet);
  }

  rasterDraw(view: RasterView): number {
    const key = keyLightDirection(view.lights);
    if (!key || key[1] <= 0 || this.strength <= 0) return 0;
    const rect = cardRect(this.footage, this.heightM, this.state, view.camera, this.rect);
    const ground = this.groundAt(this.state.feet.x, this.state.feet.z);
    const dy = Math.max(key[1], MIN_LIGHT_Y);
    const cast = (p: THREE.Vector3, out: THREE.Vector3): THREE.Vector3 => {
      const h = p.y - ground;
      return out.set(p.x - (key[0] / dy) * h, ground + LIFT_M, p.z - (key[2] / dy) * h);
    };
    cast(rect.origin, this.o);
    cast(this.u.copy(rect.origin).add(rect.u), this.u).sub(this.o);
    cast(this.v.copy(rect.origin).add(rect.v), this.v).sub(this.o);
    const { target } = view;
    const map = mapQuad(view.viewProj, this.o, this.u, this.v, target.width, target.height);
    if (!map) return 0;
    const texture = this.textures.get(this.state.frame);
    const ratio = texture.height / Math.max(1, map.screenSpanV);
    const level = texture.level(Math.max(0, Math.round(Math.log2(ratio))) + BLUR_LEVELS);
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
        const existing = target.depth[i]!;
        if (!(existing > 0) || Math.abs(1 / existing - 1 / qz) > DECAL_TOLERANCE_M + DECAL_TOLERANCE_PER_M / qz) continue;
        sampleBilinear(level, u, v, texel);
        // v runs from the head (0) to the feet (1): darkest at the feet.
        const dark = this.strength * (texel[3]! / 255) * (0.55 + 0.45 * v);
        if (dark <= 0.002) continue;
        const p = i << 2;
        const c = target.color;
        const k = 1 - dark;
        target.pixels[i] = 0xff000000 | (((c[p + 2]! * k + 0.5) | 0) << 16) | (((c[p + 1]! * k + 0.5) | 0) << 8) | ((c[p]! * k + 0.5) | 0);
      }
    }
    return 2;
  }
}
