// Long hair's front locks: a flat ribbon either side that comes down from under the hair at the
// temple, past the jaw and beside the neck, and lies over the top of the shoulder onto its front
// (long hair that only went on down behind the shoulders read as hair cut at the collar from the
// front). Its upper end rides on the head, its lower end on the shoulders, so it stays on them
// whatever the head does. Which sides have one is the person's own (PersonLook's hair.front): on some
// the hair all falls down the back.
import * as THREE from 'three';
import type { PersonPose } from '../../body/skeleton';
import { hairSurface, patternedMaterial, type HairLayout } from '../shading/surfaces';
import type { BodyFrame } from './body-mesh';
import { drawnHeadRadius } from './head';
import { Loft } from './loft';
import type { PersonLook } from './types';

// Head radii from the skull's centre (up, out to the side, forward) where a lock leaves the head and
// passes the jaw; then fractions of height from the neck's base (up, out, forward) beside the neck,
// and on the shoulder between the neck and the shoulder joint (`along` of the way).
const AT_HEAD = [{ u: 0.3, out: 0.8, f: -0.05 }, { u: -0.45, out: 0.97, f: -0.12 }] as const;
const AT_BODY = [{ along: 0.42, up: 0.035, f: -0.004 }, { along: 0.55, up: 0.02, f: 0.03 }, { along: 0.54, up: -0.02, f: 0.062 }, { along: 0.47, up: -0.06, f: 0.072 }] as const;
// Half-width and half-thickness of the ribbon (head radii) down its length, and its rings.
const WIDTH = [0.28, 0.3, 0.31, 0.3, 0.27, 0.22, 0.15] as const;
const THICK = 0.07;
const RINGS = 16;

export class HairLocks {
  readonly meshes: THREE.Mesh[] = [];
  private readonly lofts: Loft[] = [];
  private readonly pts = Array.from({ length: AT_HEAD.length + AT_BODY.length }, () => new THREE.Vector3());
  private readonly curve = new THREE.CatmullRomCurve3(this.pts);
  private readonly p = new THREE.Vector3();
  private readonly q = new THREE.Vector3();
  private readonly ax = new THREE.Vector3();
  private readonly shoulder = new THREE.Vector3();
  private readonly hr: number;
  // The strands fall away from the neck (moved each frame): down beside it, out over the shoulder.
  private readonly layout: HairLayout = { flow: 'ribbon', parting: 0, axis: { x: 0, z: 0 } };

  constructor(group: THREE.Group, look: PersonLook, private readonly H: number) {
    this.hr = drawnHeadRadius(look, H);
    const material = patternedMaterial(hairSurface(this.hr, this.layout), { color: look.hair.color, roughness: 0.7 });
    const white = new THREE.Color(1, 1, 1);
    // L is the person's left (f.right's -1 side): the look's 'left' lock.
    const front = look.hair.front ?? 'both';
    for (const side of ['L', 'R'] as const) {
      if (front === 'none' || front === (side === 'L' ? 'right' : 'left')) continue;
      const loft = new Loft(RINGS, 10, () => white);
      const mesh = new THREE.Mesh(loft.geometry, material);
      mesh.name = `hairLock${side}`;
      mesh.frustumCulled = false;
      group.add(mesh);
      this.lofts.push(loft);
      this.meshes.push(mesh);
    }
  }

  // head, headUp, headFwd: the skull's centre and axes; f: the body's frame.
  update(pose: PersonPose, head: THREE.Vector3, headUp: THREE.Vector3, headFwd: THREE.Vector3, f: BodyFrame): void {
    const { H, hr, pts, p, q, ax } = this;
    const neck = q.fromArray(pose.neck);
    this.layout.axis!.x = neck.x; this.layout.axis!.z = neck.z;
    this.lofts.forEach((loft, n) => {
      const side = this.meshes[n]!.name === 'hairLockL' ? -1 : 1;
      const shoulder = this.shoulder.fromArray(side < 0 ? pose.shoulderL : pose.shoulderR);
      AT_HEAD.forEach((a, i) => pts[i]!.copy(head).addScaledVector(headUp, a.u * hr).addScaledVector(f.right, side * a.out * hr).addScaledVector(headFwd, a.f * hr));
      AT_BODY.forEach((b, i) => pts[AT_HEAD.length + i]!.copy(neck).lerp(shoulder, b.along).addScaledVector(f.up, b.up * H).addScaledVector(f.fwd, b.f * H));
      for (let r = 0; r < RINGS; r++) {
        const s = r / (RINGS - 1);
        this.curve.getPoint(s, p);
        const ring = loft.rings[r]!;
        // Flat against the side of the head and neck (its width front to back), then across the
        // shoulder as it lies over it.
        const over = Math.min(1, Math.max(0, (s - 0.35) / 0.3));
        ax.copy(f.fwd).multiplyScalar(1 - over).addScaledVector(f.right, over).normalize();
        Object.assign(ring, { cx: p.x, cy: p.y, cz: p.z, ax: ax.x, ay: ax.y, az: ax.z, ra: widthAt(s) * hr, rb: THICK * hr * (1 - 0.5 * s) });
      }
      loft.commit();
    });
  }
}

function widthAt(s: number): number {
  const x = s * (WIDTH.length - 1), i = Math.min(WIDTH.length - 2, Math.floor(x));
  return WIDTH[i]! + (WIDTH[i + 1]! - WIDTH[i]!) * (x - i);
}
