// Motion blur as a film camera with a 180-degree shutter records it: each frame is exposed for half
// the frame interval, so a moving object smears over half the distance it travels per frame. Every
// pixel of a moving drawable gets a screen-space velocity from where its point of the object was a
// frame before (the scene is posed at f-1 too). Only the past is read, so a frame depends on nothing
// after it: a take continued from frame f (a range, an extension) draws the parent's frames up to f
// bit for bit. People's bodies
// are lofted afresh each frame (no matrix to follow), so only their rigid parts (head, hands, shoes)
// and props streak; the camera's own move is not blurred into still scenery. The image is then
// reconstructed along the dominant velocity of each tile's neighbourhood with depth-aware weights
// (after McGuire et al., "A Reconstruction Filter for Plausible Motion Blur", 2012), so a fast ball
// streaks across the background it passes over and still pixels stay sharp. The per-pixel work has
// a C++ twin (native/render/src/motion-blur.cc) that gives the same bytes; this is its reference.
import * as THREE from 'three';
import { raysArray, type NativeRender } from '../native-render';
import type { DrawList } from '../rasterizer/draw-list';
import type { RasterTarget } from '../rasterizer/target';
import type { ViewRays } from '../shading/view-rays';

const TILE = 16;
const SAMPLES = 8;
// Longest streak (pixels, half-length), so one frame's blur stays local.
const MAX_HALF = 40;
// A streak shorter than this (half-length, pixels) does not show.
const MIN_HALF = 0.25;
// The half-streak is the frame's displacement over 4: the shutter is open half the frame (180
// degrees), and the reconstruction takes half the streak's length.
const STREAK_DIVISOR = 4;
// How near (as a share of 1/w) one depth must be to another to count as clearly in front of it.
const DEPTH_SOFTNESS = 0.02;
// A pixel's own streak ends softly between EDGE_START and EDGE_START + EDGE_WIDTH of its length.
const EDGE_START = 0.95;
const EDGE_WIDTH = 0.1;
// The numbers the native pass takes (passes.h MotionBlurParams).
const NATIVE_PARAMS = Float64Array.of(TILE, SAMPLES, MAX_HALF, MIN_HALF, STREAK_DIVISOR, DEPTH_SOFTNESS, EDGE_START, EDGE_WIDTH);

// World matrices of the meshes at a neighbouring frame, and that frame's camera.
export interface MotionSnapshot {
  matrices: Map<THREE.Object3D, Float64Array>;
  viewProj: THREE.Matrix4;
}

export function snapshot(scene: THREE.Object3D, camera: THREE.Camera): MotionSnapshot {
  scene.updateMatrixWorld();
  const matrices = new Map<THREE.Object3D, Float64Array>();
  scene.traverseVisible((o) => {
    if (o instanceof THREE.Mesh) matrices.set(o, Float64Array.from(o.matrixWorld.elements));
  });
  return { matrices, viewProj: new THREE.Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse) };
}

export class MotionBlur {
  private readonly vel: Float32Array;
  private readonly out: Float32Array;
  private readonly tileMax: Float32Array;
  private readonly neighbourMax: Float32Array;
  private readonly tw: number;
  private readonly th: number;
  // Per drawable id (0: the sky), this frame's world -> last frame's clip matrix, and whether it
  // moved at all; grown to the largest draw list and reused.
  private toPrev = new Float64Array(16 * 64);
  private moves = new Uint8Array(64);

  constructor(private readonly width: number, private readonly height: number) {
    this.vel = new Float32Array(width * height * 2);
    this.out = new Float32Array(width * height * 3);
    this.tw = Math.ceil(width / TILE);
    this.th = Math.ceil(height / TILE);
    this.tileMax = new Float32Array(this.tw * this.th * 2);
    this.neighbourMax = new Float32Array(this.tw * this.th * 2);
  }

  // Blurs target.hdr in place (with the native pass when given one); returns how many pixels moved
  // (0: nothing to do).
  apply(target: RasterTarget, draws: DrawList, rays: ViewRays, before: MotionSnapshot, native: NativeRender | null = null): number {
    if (!this.movements(draws, before)) return 0;
    const items = draws.items.length + 1;
    if (native) {
      return native.motionBlur(
        target.depth, target.id, target.hdr, this.width, this.height, raysArray(rays), this.toPrev, this.moves, items, NATIVE_PARAMS,
        this.vel, this.tileMax, this.neighbourMax, this.out,
      );
    }
    const moving = this.velocities(target, rays, items);
    if (moving === 0) return 0;
    this.tiles();
    this.reconstruct(target);
    return moving;
  }

  // Per drawable: current world -> clip at f-1 (where the point was), and whether it moved. False
  // when nothing did.
  private movements(draws: DrawList, before: MotionSnapshot): boolean {
    const items = draws.items.length + 1;
    if (this.moves.length < items) {
      this.moves = new Uint8Array(items * 2);
      this.toPrev = new Float64Array(items * 2 * 16);
    }
    this.moves[0] = 0;
    let any = false;
    draws.items.forEach((item, k) => {
      const a = before.matrices.get(item.mesh);
      const cur = item.mesh.matrixWorld.elements;
      const moved = !!a && !a.every((v, e) => Math.abs(v - cur[e]!) < 1e-7);
      this.moves[k + 1] = moved ? 1 : 0;
      if (!moved) return;
      any = true;
      inv.copy(item.mesh.matrixWorld).invert();
      prev.fromArray(a).multiply(inv).premultiply(before.viewProj);
      this.toPrev.set(prev.elements, (k + 1) * 16);
    });
    return any;
  }

  // Half the streak each pixel of a moving drawable leaves in the exposure (0 elsewhere).
  private velocities(target: RasterTarget, rays: ViewRays, items: number): number {
    const { width: W, height: H } = this;
    const { vel, tileMax, toPrev, moves } = this;
    vel.fill(0);
    tileMax.fill(0);
    let moving = 0;
    const { depth, id } = target;
    for (let y = 0; y < H; y++) {
      const ndcY = 1 - ((y + 0.5) / H) * 2;
      for (let x = 0; x < W; x++) {
        const i = y * W + x;
        const k = id[i]!;
        if (k >= items || moves[k] === 0) continue;
        const ndcX = ((x + 0.5) / W) * 2 - 1;
        const w = 1 / depth[i]!;
        const px = rays.px + (rays.fx + ndcX * rays.rx + ndcY * rays.ux) * w;
        const py = rays.py + (rays.fy + ndcX * rays.ry + ndcY * rays.uy) * w;
        const pz = rays.pz + (rays.fz + ndcX * rays.rz + ndcY * rays.uz) * w;
        project(toPrev, k * 16, px, py, pz, W, H, xy);
        // Displacement over the last frame is (x, y) - a; the shutter is open for half of it, so the
        // streak is half that long and the reconstruction takes its half-length.
        let vx = (x + 0.5 - xy[0]!) / STREAK_DIVISOR, vy = (y + 0.5 - xy[1]!) / STREAK_DIVISOR;
        const l = Math.sqrt(vx * vx + vy * vy);
        if (l < MIN_HALF) continue;
        if (l > MAX_HALF) { vx *= MAX_HALF / l; vy *= MAX_HALF / l; }
        vel[i * 2] = vx; vel[i * 2 + 1] = vy;
        moving++;
        const t = ((y / TILE) | 0) * this.tw + ((x / TILE) | 0);
        const mx = tileMax[t * 2]!, my = tileMax[t * 2 + 1]!;
        if (vx * vx + vy * vy > mx * mx + my * my) { tileMax[t * 2] = vx; tileMax[t * 2 + 1] = vy; }
      }
    }
    return moving;
  }

  // The longest velocity over each tile's 3x3 neighbourhood (the per-tile longest is kept while the
  // velocities are computed).
  private tiles(): void {
    const { tw, th, tileMax, neighbourMax } = this;
    for (let ty = 0; ty < th; ty++) {
      for (let tx = 0; tx < tw; tx++) {
        let bx = 0, by = 0;
        for (let j = Math.max(0, ty - 1); j <= Math.min(th - 1, ty + 1); j++) {
          for (let i = Math.max(0, tx - 1); i <= Math.min(tw - 1, tx + 1); i++) {
            const t = j * tw + i;
            const mx = tileMax[t * 2]!, my = tileMax[t * 2 + 1]!;
            if (mx * mx + my * my > bx * bx + by * by) { bx = mx; by = my; }
          }
        }
        neighbourMax[(ty * tw + tx) * 2] = bx; neighbourMax[(ty * tw + tx) * 2 + 1] = by;
      }
    }
  }

  // Only tiles whose neighbourhood moves by a pixel or more are filtered (a streak under a pixel long
  // does not show); the rest of the image is left as it is.
  private reconstruct(target: RasterTarget): void {
    const { width: W, height: H, tw, th, neighbourMax, out } = this;
    const hdr = target.hdr;
    const active: number[] = [];
    for (let t = 0; t < tw * th; t++) {
      const nx = neighbourMax[t * 2]!, ny = neighbourMax[t * 2 + 1]!;
      if (nx * nx + ny * ny >= 1) active.push(t);
    }
    for (const t of active) this.reconstructTile(target, t);
    // Written back only after every tile is filtered: the filter reads its neighbours unblurred.
    for (const t of active) {
      const x0 = (t % tw) * TILE, y0 = ((t / tw) | 0) * TILE;
      for (let y = y0; y < Math.min(H, y0 + TILE); y++) {
        const a = (y * W + x0) * 3, b = (y * W + Math.min(W, x0 + TILE)) * 3;
        hdr.set(out.subarray(a, b), a);
      }
    }
  }

  private reconstructTile(target: RasterTarget, t: number): void {
    const { width: W, height: H, tw, vel, neighbourMax, out } = this;
    const { hdr, depth } = target;
    const nx = neighbourMax[t * 2]!, ny = neighbourMax[t * 2 + 1]!;
    const nl = Math.sqrt(nx * nx + ny * ny);
    const x0 = (t % tw) * TILE, y0 = ((t / tw) | 0) * TILE;
    for (let y = y0; y < Math.min(H, y0 + TILE); y++) {
      for (let x = x0; x < Math.min(W, x0 + TILE); x++) {
        const i = y * W + x;
        const vc = speed(vel, i);
        const zc = depth[i]!;
        let wsum = 1 / vc;
        let r = hdr[i * 3]! * wsum, g = hdr[i * 3 + 1]! * wsum, b = hdr[i * 3 + 2]! * wsum;
        for (let s = 0; s < SAMPLES; s++) {
          // Samples spread over [-1, 1] of the neighbourhood's velocity, offset by half a step.
          const u = ((s + 0.5) / SAMPLES) * 2 - 1;
          const sx = Math.round(x + nx * u), sy = Math.round(y + ny * u);
          if (sx < 0 || sy < 0 || sx >= W || sy >= H || (sx === x && sy === y)) continue;
          const j = sy * W + sx;
          const dist = Math.abs(u) * nl;
          const vj = speed(vel, j);
          const zj = depth[j]!;
          // Depth is 1/w: larger is nearer. A nearer sample smears over us by its own speed; a
          // farther one is seen through our own smear.
          const front = softCompare(zj, zc), back = softCompare(zc, zj);
          const w = front * cone(dist, vj) + back * cone(dist, vc) + cylinder(dist, vj) * cylinder(dist, vc) * 2;
          if (w <= 0) continue;
          wsum += w;
          r += hdr[j * 3]! * w; g += hdr[j * 3 + 1]! * w; b += hdr[j * 3 + 2]! * w;
        }
        out[i * 3] = r / wsum; out[i * 3 + 1] = g / wsum; out[i * 3 + 2] = b / wsum;
      }
    }
  }
}

const inv = new THREE.Matrix4();
const prev = new THREE.Matrix4();

// Pixel position of a world point through the matrix at e[o..o+15], into out (no allocation: it runs
// per moving pixel).
const xy = new Float64Array(2);
function project(e: Float64Array, o: number, x: number, y: number, z: number, W: number, H: number, out: Float64Array): void {
  const cw = e[o + 3]! * x + e[o + 7]! * y + e[o + 11]! * z + e[o + 15]!;
  const iw = 1 / (Math.abs(cw) > 1e-6 ? cw : 1e-6);
  out[0] = ((e[o]! * x + e[o + 4]! * y + e[o + 8]! * z + e[o + 12]!) * iw * 0.5 + 0.5) * W;
  out[1] = (0.5 - (e[o + 1]! * x + e[o + 5]! * y + e[o + 9]! * z + e[o + 13]!) * iw * 0.5) * H;
}

// Streak half-length at pixel i, at least half a pixel.
function speed(vel: Float32Array, i: number): number {
  const vx = vel[i * 2]!, vy = vel[i * 2 + 1]!;
  return Math.max(0.5, Math.sqrt(vx * vx + vy * vy));
}

// 1 when a (1/w) is clearly nearer than b, 0 when clearly farther, soft in between.
function softCompare(a: number, b: number): number {
  const k = (a - b) / (DEPTH_SOFTNESS * Math.max(a, b) + 1e-9);
  return k <= 0 ? 0 : k >= 1 ? 1 : k;
}

const cone = (dist: number, v: number): number => Math.max(0, 1 - dist / v);
const cylinder = (dist: number, v: number): number => 1 - Math.min(1, Math.max(0, (dist - EDGE_START * v) / (EDGE_WIDTH * v)));
