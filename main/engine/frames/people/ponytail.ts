// A ponytail: hair gathered at a tie on the back of the head, full just below it, tapering to its
// tip, in locks (the tube's radius swells round it, more towards the tip where the locks part), with
// strands running down it. It leaves the tie backwards and curves down to hang behind the neck, and
// swings about the tie with the head's moves (hair-swing.ts). A plain cylinder read as a stiff pipe.
// Its length is the person's own (PersonLook's hair.cut).
import * as THREE from 'three';
import { hairSurface, patternedMaterial, type HairLayout } from '../shading/surfaces';
import { swingAbout } from './hair-swing';
import { Loft } from './loft';
import { placeSegment, posedMesh } from './place';
import { SKULL_RADII } from './skull';
import type { PersonLook } from './types';

// The tail's centre line in head radii from the skull's centre (f forward, u up) for a tail of the
// shortest length; a longer one carries on down at the end. The tie is at the first point, on the
// cap's back (hair-cap.ts: the skull's back at 1 plus the pulled-back cap's 0.07).
const PATH = [{ f: -1.05, u: 0.18 }, { f: -1.26, u: 0.04 }, { f: -1.38, u: -0.3 }, { f: -1.42, u: -0.75 }, { f: -1.4, u: -1.2 }] as const;
// How much longer (head radii) the longest tail hangs.
const LONGER = 0.9;
// The tie in the cap's unit skull space (hair-cap.ts), where the cap's strands run to.
export const PONYTAIL_TIE = { up: PATH[0].u / SKULL_RADII.ry, fwd: PATH[0].f / SKULL_RADII.rz } as const;
// Its radius (head radii) down its length: gathered at the tie, full below it, tapering to the tip;
// flattened front to back by FLAT.
const RADIUS = [[0, 0.11], [0.07, 0.12], [0.22, 0.27], [0.45, 0.25], [0.75, 0.17], [0.93, 0.08], [1, 0.015]] as const;
const FLAT = 0.8;
// Locks round it, and how far each swells (a share of the radius) at the tie and at the tip.
const LOCKS = 7, LOCK_DEPTH = [0.06, 0.3] as const;
const RINGS = 18, SEGMENTS = 28;
// The tie: an elastic band round the gathered hair (head radii long, how far along the tail from its
// start, where it leaves the cap, and how far proud of the hair).
const TIE_LONG = 0.1, TIE_OFF = 0.05, TIE_PROUD = 0.03;

const radiusAt = (s: number): number => {
  let i = 1;
  while (i < RADIUS.length - 1 && RADIUS[i]![0] < s) i++;
  const [s0, r0] = RADIUS[i - 1]!, [s1, r1] = RADIUS[i]!;
  const k = Math.max(0, Math.min(1, (s - s0) / (s1 - s0)));
  return r0 + (r1 - r0) * k * k * (3 - 2 * k);
};

const TIE_GEOMETRY = new THREE.CylinderGeometry(1, 1, 1, 16, 1, true).translate(0, 0.5, 0);

export class Ponytail {
  readonly meshes: THREE.Mesh[] = [];
  private readonly loft = new Loft(RINGS, SEGMENTS, () => new THREE.Color(1, 1, 1));
  private readonly tie: THREE.Mesh;
  private readonly curve: THREE.CatmullRomCurve3;
  private readonly pts: THREE.Vector3[];
  // The strands run down the tail, round its middle (moved each frame).
  private readonly layout: HairLayout = { flow: 'ribbon', parting: 0, axis: { x: 0, z: 0 } };
  private readonly path: readonly { f: number; u: number }[];
  // The tail's length (head radii, near enough: along its path's points).
  private readonly length: number;
  private readonly p = new THREE.Vector3();
  private readonly q = new THREE.Vector3();
  private readonly fwd = new THREE.Vector3();
  private readonly sLeft = new THREE.Vector3();
  private readonly sUp = new THREE.Vector3();
  private readonly centre = new THREE.Vector3();

  constructor(group: THREE.Group, look: PersonLook, private readonly hr: number) {
    const mesh = new THREE.Mesh(this.loft.geometry, patternedMaterial(hairSurface(hr, this.layout), { color: look.hair.color, roughness: 0.7 }));
    mesh.name = 'ponytail';
    mesh.frustumCulled = false;
    group.add(mesh);
    this.tie = posedMesh(group, TIE_GEOMETRY, patternedMaterial(null, { color: 0x1c1a1e, roughness: 0.6 }), 'ponytailTie');
    this.meshes.push(mesh, this.tie);
    const longer = LONGER * (look.hair.cut ?? 0.5), last = PATH[PATH.length - 1]!;
    this.path = [...PATH, { f: last.f + 0.05 * longer, u: last.u - 0.2 - longer }];
    this.pts = this.path.map(() => new THREE.Vector3());
    this.curve = new THREE.CatmullRomCurve3(this.pts);
    this.length = this.path.slice(1).reduce((sum, a, i) => sum + Math.hypot(a.f - this.path[i]!.f, a.u - this.path[i]!.u), 0);
  }

  // head: the skull's centre; left, up: the head's axes; swing: as HairSwing.at (about the tie).
  update(head: THREE.Vector3, left: THREE.Vector3, up: THREE.Vector3, swing: THREE.Vector3): void {
    const { hr, pts, p, q, fwd, sLeft, sUp, centre, path } = this;
    fwd.crossVectors(left, up).normalize();
    const tie = q.copy(head).addScaledVector(fwd, path[0]!.f * hr).addScaledVector(up, path[0]!.u * hr);
    // The head's frame turned about the tie by the swing: the tail is laid out in it.
    swingAbout(swing, tie, centre.copy(head), sLeft.copy(left), sUp.copy(up));
    fwd.crossVectors(sLeft, sUp).normalize();
    path.forEach((a, i) => pts[i]!.copy(centre).addScaledVector(fwd, a.f * hr).addScaledVector(sUp, a.u * hr));
    this.curve.getPoint(0.6, p);
    this.layout.axis!.x = p.x; this.layout.axis!.z = p.z;
    for (let r = 0; r < RINGS; r++) {
      const s = r / (RINGS - 1);
      this.curve.getPoint(s, p);
      const rad = radiusAt(s) * hr;
      Object.assign(this.loft.rings[r]!, { cx: p.x, cy: p.y, cz: p.z, ax: sLeft.x, ay: sLeft.y, az: sLeft.z, ra: rad, rb: FLAT * rad, folds: LOCKS, foldDepth: LOCK_DEPTH[0] + (LOCK_DEPTH[1] - LOCK_DEPTH[0]) * s * s });
    }
    this.loft.commit();
    // The band round the gathered hair, just clear of the cap along the tail's start.
    this.curve.getTangent(0, q);
    p.copy(pts[0]!).addScaledVector(q, TIE_OFF * hr);
    const end = centre.copy(p).addScaledVector(q, TIE_LONG * hr);
    // Round the hair where the band ends (the tail widens from the tie), its locks at their fullest.
    const under = radiusAt((TIE_OFF + TIE_LONG) / this.length) * (1 + LOCK_DEPTH[0]);
    placeSegment(this.tie, p, end, sLeft, (under + TIE_PROUD) * hr, (FLAT * under + TIE_PROUD) * hr);
  }
}
