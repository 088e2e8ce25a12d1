// Boxes, ramps, tables, stairs and walls. Ramps, tables and stairs are drawn from the simulator's fixture geometry
// (main/engine/simulate/fixtures) in world space, so what a ball rolls on is what is drawn. A box is a
// dynamic body: built around its centre (half-extents = entity.size) and moved by the trace.
import * as THREE from 'three';
import type { Entity } from '../../../contract/scene-plan';
import { rampGeometry, tableGeometry, type BoxPart } from '../../simulate/fixtures';
import { stairsGeometry } from '../../simulate/stairs';
import { GeometryBuilder } from './builder';
import { SOLID_DENSITY } from '../../prompt/vocabulary';
import { hashId } from '../people/appearance';
import { MATERIAL_LOOKS, paintSurface, patternedMaterial } from '../shading/surfaces';
import { growthRingsSurface } from '../shading/surfaces/growth-rings';

// The material an entity is made of, as a physically based material with its surface pattern.
function entityMaterial(entity: Entity, vertexColors: boolean): THREE.MeshStandardMaterial {
  const look = MATERIAL_LOOKS[entity.material];
  return patternedMaterial(look.pattern?.() ?? null, { roughness: look.roughness, metalness: look.metalness, ...(vertexColors ? {} : { color: entity.color }) });
}

export function halfExtents(entity: Entity): [number, number, number] {
  const a = entity.size[0] ?? 0.2;
  return [a, entity.size[1] ?? a, entity.size[2] ?? a];
}

// A box as heavy as its stuff (a block) is solid; a crate or a cardboard box weighs far less.
function isSolid(entity: Entity, [hx, hy, hz]: [number, number, number]): boolean {
  const solid = SOLID_DENSITY[entity.material];
  return solid !== undefined && entity.mass / (8 * hx * hy * hz) > 0.5 * solid;
}

// Ice: clear and glossy, with the cloudy white heart a tray cube has (the air frozen out to its
// middle), so it reads as ice in water rather than as glass.
const ICE_CLEAR_OPACITY = 0.45;
const ICE_HEART = { share: 0.6, opacity: 0.55, color: 0xf7fbfd };
function buildIce(entity: Entity, [hx, hy, hz]: [number, number, number]): THREE.Mesh {
  const clear = new THREE.MeshPhongMaterial({ color: entity.color, specular: 0xffffff, shininess: 80, transparent: true, opacity: ICE_CLEAR_OPACITY, depthWrite: false });
  const mesh = new THREE.Mesh(new THREE.BoxGeometry(2 * hx, 2 * hy, 2 * hz), clear);
  const k = ICE_HEART.share;
  const heart = new THREE.MeshPhongMaterial({ color: ICE_HEART.color, transparent: true, opacity: ICE_HEART.opacity, depthWrite: false });
  mesh.add(new THREE.Mesh(new THREE.BoxGeometry(2 * k * hx, 2 * k * hy, 2 * k * hz), heart));
  mesh.name = `box:${entity.id}`;
  return mesh;
}

export function buildBox(entity: Entity): THREE.Mesh {
  const half = halfExtents(entity);
  if (entity.material === 'ice') return buildIce(entity, half);
  const [hx, hy, hz] = half;
  const b = new GeometryBuilder();
  const base = new THREE.Color(entity.color);
  b.box({ x: 0, y: 0, z: 0 }, { x: 2 * hx, y: 2 * hy, z: 2 * hz }, base);
  // A solid wooden block is one piece cut from a log, its grain along its longest side.
  if (entity.material === 'wood' && isSolid(entity, half)) {
    const look = MATERIAL_LOOKS.wood;
    const grain = growthRingsSurface(half.indexOf(Math.max(...half)) as 0 | 1 | 2, look.roughness, hashId(entity.id));
    const mesh = b.mesh(patternedMaterial(grain, { roughness: look.roughness, metalness: look.metalness }));
    mesh.name = `box:${entity.id}`;
    return mesh;
  }
  // A wooden crate gets darker bands round it so its tumbling reads on screen.
  if (entity.material === 'wood' || entity.material === 'cloth') {
    const slat = base.clone().multiplyScalar(0.62);
    for (const y of [-hy * 0.55, hy * 0.55]) b.box({ x: 0, y, z: 0 }, { x: 2 * hx + 0.006, y: hy * 0.18, z: 2 * hz + 0.006 }, slat);
  }
  const mesh = b.mesh(entityMaterial(entity, true));
  mesh.name = `box:${entity.id}`;
  return mesh;
}

// The six wedge corners are: bottom face (4, counter-clockwise from -x,-z) then the two top corners
// at the high (-x) end. Faces are separate triangles so each keeps a flat normal.
const WEDGE_FACES: [number, number, number][] = [
  [0, 1, 2], [0, 2, 3], // bottom
  [4, 5, 2], [4, 2, 1], // slope
  [0, 3, 5], [0, 5, 4], // high end, x = -hx
  [0, 4, 1], // side, z = -hz
  [3, 2, 5], // side, z = +hz
];

export function buildRamp(entity: Entity): THREE.Mesh {
  const v = rampGeometry(entity).vertices;
  const pos: number[] = [];
  for (const f of WEDGE_FACES) for (const i of f) pos.push(...v[i]!);
  const geo = new THREE.BufferGeometry();
  geo.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  geo.computeVertexNormals();
  const mesh = new THREE.Mesh(geo, entityMaterial(entity, false));
  mesh.name = `ramp:${entity.id}`;
  return mesh;
}

function addPart(b: GeometryBuilder, p: BoxPart, color: THREE.Color): void {
  b.box({ x: p.center[0], y: p.center[1], z: p.center[2] }, { x: 2 * p.halfExtents[0], y: 2 * p.halfExtents[1], z: 2 * p.halfExtents[2] }, color);
}

export function buildTable(entity: Entity): THREE.Mesh {
  const g = tableGeometry(entity);
  const b = new GeometryBuilder();
  const c = new THREE.Color(entity.color);
  addPart(b, g.top, c);
  for (const leg of g.legs) addPart(b, leg, c.clone().multiplyScalar(0.75));
  const mesh = b.mesh(entityMaterial(entity, true));
  mesh.name = `table:${entity.id}`;
  return mesh;
}

export function buildStairs(entity: Entity): THREE.Mesh {
  const b = new GeometryBuilder();
  const c = new THREE.Color(entity.color);
  // Alternate treads a shade apart so each step reads on screen.
  stairsGeometry(entity).steps.forEach((step, k) => addPart(b, step, k % 2 === 0 ? c : c.clone().multiplyScalar(0.88)));
  const mesh = b.mesh(entityMaterial(entity, true));
  mesh.name = `stairs:${entity.id}`;
  return mesh;
}

// A wall: a box of its half extents standing where the simulator's fixed box stands, its faces
// painted plaster (its masonry is what is heard).
export function buildWall(entity: Entity): THREE.Mesh {
  const [hx, hy, hz] = halfExtents(entity);
  const b = new GeometryBuilder().box({ x: entity.position[0], y: entity.position[1], z: entity.position[2] }, { x: 2 * hx, y: 2 * hy, z: 2 * hz }, entity.color);
  const mesh = b.mesh(patternedMaterial(paintSurface(), { roughness: 0.85 }));
  mesh.name = `wall:${entity.id}`;
  return mesh;
}
