// Basketball court markings (FIBA geometry) as flat ribbons just above the floor, in the court frame
// of the SceneLayout, so the painted key always lines up under the simulated hoop.
import * as THREE from 'three';
import { arcPoints, GeometryBuilder, ribbonGeometry } from './builder';
import { COURT, type SceneLayout } from './layout';
import { concreteSurface, patternedMaterial } from '../shading/surfaces';

export interface CourtStyle {
  line: number;
  paint: number | null;
  centerFill: number | null;
  // Draw the whole court or only the half with the hoop (outdoor half courts).
  half: boolean;
}

const LINE_W = 0.05;
const LINE_Y = 0.006;
const PAINT_Y = 0.003;

export function courtFrame(layout: SceneLayout): THREE.Group {
  const g = new THREE.Group();
  const { origin, u } = layout.court;
  g.position.set(origin[0], 0, origin[2]);
  // Local x -> u and local z -> v (= (-u.z, 0, u.x)).
  g.rotation.y = Math.atan2(-u[2], u[0]);
  return g;
}

export function buildCourtMarkings(layout: SceneLayout, style: CourtStyle): THREE.Mesh {
  const b = new GeometryBuilder();
  const I = new THREE.Matrix4();
  const L = COURT.halfLength;
  const Wd = COURT.halfWidth;
  const line = (pts: [number, number][], closed = false): void => {
    b.add(ribbonGeometry(pts, LINE_W, LINE_Y, closed), I, style.line);
  };
  const ends = style.half ? [-1] : [-1, 1];
  const far = style.half ? 0 : L;
  // Boundary (for a half court: baseline, sidelines and the half-way line).
  line([[-L, -Wd], [far, -Wd], [far, Wd], [-L, Wd]], !style.half);
  if (style.half) line([[-L, Wd], [-L, -Wd]]);
  line([[0, -Wd], [0, Wd]]);
  line(arcPoints(0, 0, 1.8, 0, Math.PI * 2, 48), true);
  if (style.centerFill !== null) {
    b.add(new THREE.CircleGeometry(1.8, 48).rotateX(-Math.PI / 2).translate(0, PAINT_Y, 0), I, style.centerFill);
  }
  for (const side of ends) {
    const base = side * L;
    const rimS = base - side * COURT.rimFromBaseline;
    const ftS = base - side * 5.8;
    // Paint (the key): filled rectangle plus its outline.
    if (style.paint !== null) {
      const paint = new THREE.PlaneGeometry(5.8, 4.9).rotateX(-Math.PI / 2).translate((base + ftS) / 2, PAINT_Y, 0);
      b.add(paint, I, style.paint);
    }
    line([[base, -2.45], [ftS, -2.45], [ftS, 2.45], [base, 2.45]]);
    line(arcPoints(ftS, 0, 1.8, 0, Math.PI * 2, 40), true);
    // Three-point line: straight parts 0.9 m from the sidelines, then the 6.75 m arc around the rim.
    const straight = Math.sqrt(6.75 * 6.75 - 6.6 * 6.6);
    const aEdge = Math.atan2(6.6, straight);
    const arc = side < 0
      ? arcPoints(rimS, 0, 6.75, -aEdge, aEdge, 48)
      : arcPoints(rimS, 0, 6.75, Math.PI + aEdge, Math.PI - aEdge, 48);
    line([[base, -6.6], ...arc, [base, 6.6]]);
    // No-charge semicircle under the rim.
    line(side < 0 ? arcPoints(rimS, 0, 1.25, -Math.PI / 2, Math.PI / 2, 24) : arcPoints(rimS, 0, 1.25, Math.PI / 2, Math.PI * 1.5, 24));
  }
  // Acrylic paint: a little glossier than the surface it is painted on.
  const mesh = b.mesh(new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.55 }));
  mesh.name = 'court-markings';
  // Flat on the ground: it receives shadows but has nothing to cast them on.
  mesh.castShadow = false;
  return mesh;
}

// A painted playing surface under an outdoor (half) court, slightly above the ground.
export function buildCourtSurface(colorHex: number, half: boolean): THREE.Mesh {
  const L = COURT.halfLength + 1.5;
  const len = half ? COURT.halfLength + 2.5 : 2 * L;
  const cx = half ? -L + len / 2 : 0;
  const geo = new THREE.PlaneGeometry(len, 2 * COURT.halfWidth + 3).rotateX(-Math.PI / 2).translate(cx, 0.0015, 0);
  const mesh = new THREE.Mesh(geo, patternedMaterial(concreteSurface(37), { color: colorHex, roughness: 0.75 }));
  mesh.name = 'court-surface';
  return mesh;
}
