// Braids: one down the back from the nape, or two hanging behind the ears (pigtails). Each is three
// strands of hair crossing over one another in turn (each winds a figure of eight about the braid's
// line: across it and in and out of it, a third of a turn apart, so the outer strand crosses over the
// middle one on alternate sides), narrowing a little to an elastic tie and a short tuft of loose hair
// below it. They swing about where they leave the head with its moves (hair-swing.ts), as a
// ponytail does. Their length is the person's own (PersonLook's hair.cut).
import * as THREE from 'three';
import { hairSurface, patternedMaterial, type HairLayout } from '../shading/surfaces';
import { swingAbout } from './hair-swing';
import { Loft } from './loft';
import { placeSegment, posedMesh } from './place';
import type { PersonLook } from './types';

// Each braid's line in head radii from the skull's centre (x to the person's left, u up, f forward)
// for the shortest braid (a longer one carries on down at the end), and the way its flat face looks
// (x, f): one from the nape down the back, its face back; two from behind the ears, faces out and back.
interface Line { pts: readonly { x: number; u: number; f: number }[]; face: { x: number; f: number } }
const BACK: Line = { pts: [{ x: 0, u: -0.4, f: -0.9 }, { x: 0, u: -0.85, f: -1.08 }, { x: 0, u: -1.45, f: -1.2 }, { x: 0, u: -2.05, f: -1.25 }], face: { x: 0, f: -1 } };
const SIDE = (s: number): Line => ({
  pts: [{ x: 0.74 * s, u: -0.3, f: -0.5 }, { x: 0.88 * s, u: -0.85, f: -0.7 }, { x: 0.98 * s, u: -1.45, f: -0.92 }, { x: 1.02 * s, u: -2.05, f: -1.1 }],
  face: { x: 0.6 * s, f: -0.8 },
});
// How much longer (head radii) the longest braid hangs.
const LONGER = 1.2;
// One full round of the strands' pattern (head radii along the braid: about 3 cm, three crossings),
// the strands' reach across the braid and in and out of it, and a strand's radius, at the braid's top
// (it narrows by NARROW towards the tie).
const PERIOD = 0.34, REACH = 0.15, DEPTH = 0.07, STRAND = 0.075, NARROW = 0.3;
const RINGS_PER_PERIOD = 14, SEGMENTS = 9;
// The tie (head radii long, how far proud of the braid) and the tuft below it (long, radius at the tie).
const TIE_LONG = 0.08, TIE_PROUD = 0.025, TUFT = 0.35, TUFT_RADIUS = 0.15;
const TUFT_RINGS = 8;

const TIE_GEOMETRY = new THREE.CylinderGeometry(1, 1, 1, 12, 1, true).translate(0, 0.5, 0);

class Braid {
  readonly strands: Loft[];
  readonly tuft = new Loft(TUFT_RINGS, 14, () => new THREE.Color(1, 1, 1));
  readonly tie: THREE.Mesh;
  readonly line: Line;
  readonly rings: number;
  readonly pts: THREE.Vector3[];
  readonly curve: THREE.CatmullRomCurve3;
  // Its length (head radii, near enough: along its line's points).
  readonly length: number;

  constructor(group: THREE.Group, material: THREE.Material, line: Line, longer: number, tieMaterial: THREE.Material) {
    const last = line.pts[line.pts.length - 1]!, prev = line.pts[line.pts.length - 2]!;
    // Carried on down the way its last stretch runs.
    const k = longer / Math.hypot(last.x - prev.x, last.u - prev.u, last.f - prev.f);
    this.line = { ...line, pts: [...line.pts, { x: last.x + k * 0.3 * (last.x - prev.x), u: last.u + k * (last.u - prev.u), f: last.f + k * 0.3 * (last.f - prev.f) }] };
    this.length = this.line.pts.slice(1).reduce((sum, a, i) => sum + Math.hypot(a.x - this.line.pts[i]!.x, a.u - this.line.pts[i]!.u, a.f - this.line.pts[i]!.f), 0);
    this.rings = Math.max(8, Math.round((this.length / PERIOD) * RINGS_PER_PERIOD));
    this.strands = [0, 1, 2].map(() => new Loft(this.rings, SEGMENTS, () => new THREE.Color(1, 1, 1)));
    for (const loft of [...this.strands, this.tuft]) {
      const mesh = new THREE.Mesh(loft.geometry, material);
      mesh.name = 'braid';
      mesh.frustumCulled = false;
      group.add(mesh);
    }
    this.tie = posedMesh(group, TIE_GEOMETRY, tieMaterial, 'braidTie');
    this.pts = this.line.pts.map(() => new THREE.Vector3());
    this.curve = new THREE.CatmullRomCurve3(this.pts);
  }
}

export class Braids {
  private readonly braids: Braid[];
  private readonly layout: HairLayout = { flow: 'ribbon', parting: 0 };
  private readonly p = new THREE.Vector3();
  private readonly t = new THREE.Vector3();
  private readonly w = new THREE.Vector3();
  private readonly d = new THREE.Vector3();
  private readonly face = new THREE.Vector3();
  private readonly fwd = new THREE.Vector3();
  private readonly sLeft = new THREE.Vector3();
  private readonly sUp = new THREE.Vector3();
  private readonly centre = new THREE.Vector3();
  private readonly pivot = new THREE.Vector3();

  constructor(group: THREE.Group, look: PersonLook, private readonly hr: number, count: 1 | 2) {
    const material = patternedMaterial(hairSurface(hr, this.layout), { color: look.hair.color, roughness: 0.7 });
    const tie = patternedMaterial(null, { color: 0x1c1a1e, roughness: 0.6 });
    const lines = count === 1 ? [BACK] : [SIDE(1), SIDE(-1)];
    this.braids = lines.map((line) => new Braid(group, material, line, LONGER * (look.hair.cut ?? 0.5), tie));
  }

  update(head: THREE.Vector3, left: THREE.Vector3, up: THREE.Vector3, swing: THREE.Vector3): void {
    for (const b of this.braids) this.updateBraid(b, head, left, up, swing);
  }

  private updateBraid(b: Braid, head: THREE.Vector3, left: THREE.Vector3, up: THREE.Vector3, swing: THREE.Vector3): void {
    const { hr, p, t, w, d, face, fwd, sLeft, sUp, centre, pivot } = this;
    fwd.crossVectors(left, up).normalize();
    const root = b.line.pts[0]!;
    pivot.copy(head).addScaledVector(left, root.x * hr).addScaledVector(up, root.u * hr).addScaledVector(fwd, root.f * hr);
    // The head's frame turned about the braid's root by the swing: the braid is laid out in it.
    swingAbout(swing, pivot, centre.copy(head), sLeft.copy(left), sUp.copy(up));
    fwd.crossVectors(sLeft, sUp).normalize();
    b.line.pts.forEach((a, i) => b.pts[i]!.copy(centre).addScaledVector(sLeft, a.x * hr).addScaledVector(sUp, a.u * hr).addScaledVector(fwd, a.f * hr));
    face.copy(sLeft).multiplyScalar(b.line.face.x).addScaledVector(fwd, b.line.face.f);
    const rings = b.rings;
    for (let r = 0; r < rings; r++) {
      const s = r / (rings - 1);
      b.curve.getPoint(s, p);
      b.curve.getTangent(s, t);
      // Across the braid (w) and out of its face (d), square to its line.
      w.crossVectors(face, t).normalize();
      d.crossVectors(t, w).normalize();
      const narrow = 1 - NARROW * s;
      // Its strands gather into the root and the tie: the pattern starts and ends close.
      const open = Math.min(1, s / 0.06, (1 - s) / 0.06) * 0.6 + 0.4;
      const phase = (2 * Math.PI * s * b.length) / PERIOD;
      b.strands.forEach((loft, k) => {
        const a = phase + (2 * Math.PI * k) / 3;
        const x = REACH * narrow * open * Math.sin(a), z = DEPTH * narrow * open * Math.sin(2 * a);
        Object.assign(loft.rings[r]!, { cx: p.x + (w.x * x + d.x * z) * hr, cy: p.y + (w.y * x + d.y * z) * hr, cz: p.z + (w.z * x + d.z * z) * hr, ax: w.x, ay: w.y, az: w.z, ra: 1.5 * STRAND * narrow * hr, rb: 0.75 * STRAND * narrow * hr });
      });
    }
    for (const loft of b.strands) loft.commit();
    this.tieAndTuft(b, p, t, w);
  }

  // The tie round the braid's end and the loose tuft below it, fanning out a little and thinning to
  // its tips. p, t, w: the braid's end, its tangent and across it.
  private tieAndTuft(b: Braid, p: THREE.Vector3, t: THREE.Vector3, w: THREE.Vector3): void {
    const { hr } = this;
    const under = (1 - NARROW) * (REACH * 0.4 + 1.3 * STRAND);
    const end = this.d.copy(p).addScaledVector(t, TIE_LONG * hr);
    placeSegment(b.tie, p, end, w, (under + TIE_PROUD) * hr, (0.8 * under + TIE_PROUD) * hr);
    for (let r = 0; r < TUFT_RINGS; r++) {
      const s = r / (TUFT_RINGS - 1);
      const at = TIE_LONG * 0.5 + TUFT * s;
      const rad = (s < 0.35 ? TUFT_RADIUS * (0.75 + 0.25 * s / 0.35) : TUFT_RADIUS * (1 - (s - 0.35) / 0.65) ** 1.4 + 0.01) * hr;
      Object.assign(b.tuft.rings[r]!, { cx: p.x + t.x * at * hr, cy: p.y + t.y * at * hr, cz: p.z + t.z * at * hr, ax: w.x, ay: w.y, az: w.z, ra: rad, rb: 0.75 * rad, folds: 6, foldDepth: 0.1 + 0.35 * s });
    }
    b.tuft.commit();
  }
}
