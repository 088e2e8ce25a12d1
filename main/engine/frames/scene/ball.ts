// Balls, with a surface pattern chosen from the prompt's label so spin is visible and the object
// reads as what was asked for: basketball seams, a tennis ball's curve, football patches, beach-ball
// segments, or a contrasting band on anything else.
import * as THREE from 'three';
import type { Entity } from '../../../contract/scene-plan';

type Pattern = 'basketball' | 'tennis' | 'soccer' | 'beach' | 'band';

export function ballPattern(label: string): Pattern {
  const l = label.toLowerCase();
  if (l.includes('basket')) return 'basketball';
  if (l.includes('tennis')) return 'tennis';
  if (l.includes('soccer') || l.includes('football')) return 'soccer';
  if (l.includes('beach')) return 'beach';
  return 'band';
}

// Seam on a tennis ball / baseball: a closed curve on the sphere.
class SeamCurve extends THREE.Curve<THREE.Vector3> {
  constructor(private readonly radius: number) {
    super();
  }
  override getPoint(t: number, target = new THREE.Vector3()): THREE.Vector3 {
    const a = t * Math.PI * 2;
    const x = Math.cos(a) + 0.45 * Math.cos(3 * a);
    const y = Math.sin(a) - 0.45 * Math.sin(3 * a);
    const z = 1.6 * Math.sin(2 * a);
    return target.set(x, y, z).normalize().multiplyScalar(this.radius);
  }
}

const ICOSA_DIRS = (() => {
  const g = new THREE.IcosahedronGeometry(1, 0);
  const p = g.getAttribute('position');
  const dirs: THREE.Vector3[] = [];
  for (let i = 0; i < p.count; i++) {
    const v = new THREE.Vector3().fromBufferAttribute(p, i).normalize();
    if (!dirs.some((d) => d.distanceTo(v) < 1e-3)) dirs.push(v);
  }
  return dirs;
})();

export function buildBall(entity: Entity): THREE.Group {
  const radius = entity.size[0] ?? 0.12;
  const pattern = ballPattern(entity.label);
  const group = new THREE.Group();
  group.name = `ball:${entity.id}`;
  const base = new THREE.Color(entity.color);
  const shiny = entity.material === 'rubber' || entity.material === 'plastic' || entity.material === 'glass';
  const geo = new THREE.SphereGeometry(radius, 32, 20);
  const pos = geo.getAttribute('position');
  const colors = new Float32Array(pos.count * 3);
  const v = new THREE.Vector3();
  const c = new THREE.Color();
  const beach = [0xe74c3c, 0xf1f1f1, 0x2e86de, 0xf1c40f, 0xf1f1f1, 0x27ae60].map((h) => new THREE.Color(h));
  const dark = base.clone().multiplyScalar(0.35);
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i).normalize();
    c.copy(base);
    if (pattern === 'soccer') {
      const near = ICOSA_DIRS.some((d) => d.dot(v) > 0.93);
      c.set(near ? 0x1a1a1a : 0xf4f4f4);
    } else if (pattern === 'beach') {
      const seg = Math.floor(((Math.atan2(v.z, v.x) + Math.PI) / (Math.PI * 2)) * 6) % 6;
      c.copy(Math.abs(v.y) > 0.93 ? base : beach[seg]!);
    } else if (pattern === 'band') {
      if (Math.abs(v.y) < 0.18) c.copy(dark);
    }
    colors[i * 3] = c.r; colors[i * 3 + 1] = c.g; colors[i * 3 + 2] = c.b;
  }
  geo.setAttribute('color', new THREE.BufferAttribute(colors, 3));
  const body = new THREE.Mesh(
    geo,
    new THREE.MeshPhongMaterial({ vertexColors: true, specular: shiny ? 0x555555 : 0x1c1c1c, shininess: shiny ? 40 : 12 }),
  );
  body.name = 'ball-body';
  group.add(body);

  const seamMat = new THREE.MeshLambertMaterial({ color: pattern === 'tennis' ? 0xf5f5f0 : 0x1b1410 });
  if (pattern === 'basketball') {
    // Equator, meridian, and the two curved seams (small circles around the +-z axis).
    const tube = radius * 0.035;
    const ring = (r: number, rotX: number, rotY: number, z: number): void => {
      const m = new THREE.Mesh(new THREE.TorusGeometry(r, tube, 4, 40), seamMat);
      m.rotation.set(rotX, rotY, 0);
      m.position.z = z;
      group.add(m);
    };
    ring(radius * 1.005, Math.PI / 2, 0, 0);
    ring(radius * 1.005, 0, Math.PI / 2, 0);
    const cz = radius * 0.68;
    const cr = Math.sqrt(radius * radius - cz * cz) * 1.01;
    ring(cr, 0, 0, cz);
    ring(cr, 0, 0, -cz);
  } else if (pattern === 'tennis') {
    const m = new THREE.Mesh(new THREE.TubeGeometry(new SeamCurve(radius * 1.01), 80, radius * 0.05, 4, true), seamMat);
    group.add(m);
  }
  return group;
}
