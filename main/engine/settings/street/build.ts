// Street: asphalt with an outdoor half court when there is a hoop, a road and sidewalk behind the
// action, building facades with window grids (lit at night), street lamps and a couple of parked cars.
import * as THREE from 'three';
import { GeometryBuilder, rng } from '../../frames/scene/builder';
import { buildCourtMarkings, buildCourtSurface, courtFrame } from '../../frames/scene/court';
import type { Environment } from '../../frames/scene/environment';
import { buildGround } from '../../frames/scene/ground';
import type { SceneLayout } from '../../frames/scene/layout';
import { asphaltSurface, concreteSurface, paintSurface, patternedMaterial } from '../../frames/shading/surfaces';


// Road behind the court (+v side): sidewalk, curb, dark asphalt lane with dashed centre line.
function buildRoad(): THREE.Mesh[] {
  const roadT = 16;
  const pavement = new GeometryBuilder();
  pavement.box({ x: 0, y: 0.075, z: 11.5 }, { x: 200, y: 0.15, z: 5 }, 0x9c9a94);
  pavement.box({ x: 0, y: 0.075, z: 21.5 }, { x: 200, y: 0.15, z: 3 }, 0x9c9a94);
  const road = new GeometryBuilder();
  road.box({ x: 0, y: 0.004, z: roadT }, { x: 200, y: 0.008, z: 8 }, 0x2c2d30);
  for (let s = -100; s < 100; s += 6) road.box({ x: s, y: 0.01, z: roadT }, { x: 3, y: 0.01, z: 0.15 }, 0xe8d25a);
  const pavementMesh = pavement.mesh(patternedMaterial(concreteSurface(), { roughness: 0.85 }));
  pavementMesh.name = 'sidewalks';
  const roadMesh = road.mesh(patternedMaterial(asphaltSurface(), { roughness: 0.9 }));
  roadMesh.name = 'road';
  roadMesh.castShadow = false;
  return [pavementMesh, roadMesh];
}

const FACADE_COLORS = [0x9b6b52, 0xb8a58a, 0x7d8a94, 0xc9b79c, 0x8c5a4a, 0xa39e93];

// Facades: a row across the road, and rows at both ends and behind the camera for orbit shots, their
// blocks into `b` and their window grids (lit at night) into `windows`.
function addFacades(b: GeometryBuilder, windows: GeometryBuilder, rand: () => number, env: Environment): void {
  const winC = env.night ? 0xffd98a : 0x2d3a48;
  // A row of buildings `dist` metres from the court centre, faces turned towards it.
  const row = (sFrom: number, sTo: number, dist: number, yaw: number): void => {
    let s = sFrom;
    while (s < sTo) {
      const w = 8 + rand() * 8;
      const h = 9 + rand() * 16;
      const d = 10;
      const c = FACADE_COLORS[Math.floor(rand() * FACADE_COLORS.length)]!;
      const along = new THREE.Vector3(Math.cos(yaw), 0, -Math.sin(yaw));
      const out = new THREE.Vector3(Math.sin(yaw), 0, Math.cos(yaw));
      const base = new THREE.Vector3(0, 0, 0).addScaledVector(along, s + w / 2);
      const lineP = out.clone().multiplyScalar(-dist);
      const center = base.clone().add(lineP).addScaledVector(out, -d / 2);
      b.box({ x: center.x, y: h / 2, z: center.z }, { x: w - 0.4, y: h, z: d }, c, yaw);
      // Window grid on the face towards the action.
      for (let fy = 2.2; fy < h - 1.5; fy += 3.2) {
        for (let fx = -w / 2 + 1.6; fx < w / 2 - 1.2; fx += 2.4) {
          const p = base.clone().add(lineP).addScaledVector(along, fx).addScaledVector(out, 0.03);
          const lit = !env.night || rand() < 0.55;
          windows.box({ x: p.x, y: fy, z: p.z }, { x: 1.3, y: 1.7, z: 0.06 }, lit ? winC : 0x1a1d24, yaw);
        }
      }
      s += w;
    }
  };
  row(-70, 70, 30, 0);
  row(-70, 70, 23, Math.PI);
  row(-30, 30, 32, Math.PI / 2);
  row(-30, 30, 32, -Math.PI / 2);
}

// Street lamps along the sidewalk.
function addLampPosts(b: GeometryBuilder): void {
  for (let s = -40; s <= 40; s += 16) {
    b.add(new THREE.CylinderGeometry(0.08, 0.1, 6, 8), new THREE.Matrix4().makeTranslation(s, 3, 10), 0x3a3f44);
    b.box({ x: s, y: 6, z: 10.6 }, { x: 0.3, y: 0.12, z: 1.3 }, 0x3a3f44);
  }
}

// Parked cars along the road: glossy paint and glass that mirror the sky (their own mesh), matte
// tyres (into `b`).
function buildCars(b: GeometryBuilder, rand: () => number): THREE.Mesh {
  const carColors = [0xb03a2e, 0x2e86c1, 0xd5d8dc, 0x1c2833];
  const cars = new GeometryBuilder();
  for (let i = 0; i < 4; i++) {
    const s = -30 + i * 17 + rand() * 5;
    const c = carColors[i % carColors.length]!;
    cars.box({ x: s, y: 0.65, z: 13.6 }, { x: 4.3, y: 0.8, z: 1.8 }, c);
    cars.box({ x: s - 0.2, y: 1.3, z: 13.6 }, { x: 2.4, y: 0.6, z: 1.6 }, 0x26323c);
    for (const dx of [-1.4, 1.4]) for (const dz of [-0.85, 0.85]) {
      b.add(new THREE.CylinderGeometry(0.34, 0.34, 0.22, 12).rotateX(Math.PI / 2), new THREE.Matrix4().makeTranslation(s + dx, 0.34, 13.6 + dz), 0x111111);
    }
  }
  const carMesh = cars.mesh(patternedMaterial(null, { roughness: 0.22 }));
  carMesh.name = 'cars';
  return carMesh;
}

// At night the lamps' heads glow (unlit).
function buildLampHeads(): THREE.Mesh {
  const heads = new GeometryBuilder();
  for (let s = -40; s <= 40; s += 16) heads.box({ x: s, y: 5.92, z: 11.1 }, { x: 0.5, y: 0.06, z: 0.5 }, 0xfff0c8);
  const hm = heads.mesh(new THREE.MeshBasicMaterial({ vertexColors: true }));
  hm.name = 'lamp-heads';
  return hm;
}

export function buildStreet(layout: SceneLayout, env: Environment): THREE.Group {
  const group = new THREE.Group();
  group.name = 'street';
  const local = courtFrame(layout);
  group.add(local);
  const origin = new THREE.Vector3(...layout.court.origin);
  group.add(buildGround(260, 64, origin, 0x5c5e62, 0.12, 9, 3, asphaltSurface()));
  if (layout.hoops.length > 0) {
    local.add(buildCourtSurface(0x2f6b5a, true));
    local.add(buildCourtMarkings(layout, { line: 0xf2f2f2, paint: 0xa8443a, centerFill: null, half: true }));
  }
  local.add(...buildRoad());
  // Facades, lamp posts and tyres share one mesh, in this order (the facades draw from `rand` first).
  const rand = rng(11);
  const b = new GeometryBuilder();
  const windows = new GeometryBuilder();
  addFacades(b, windows, rand, env);
  addLampPosts(b);
  local.add(buildCars(b, rand));
  const scenery = b.mesh(patternedMaterial(paintSurface(), { roughness: 0.8 }));
  scenery.name = 'street-scenery';
  local.add(scenery);
  const winMesh = windows.mesh(env.night ? new THREE.MeshBasicMaterial({ vertexColors: true }) : new THREE.MeshPhongMaterial({ vertexColors: true, specular: 0x666666, shininess: 60 }));
  winMesh.name = 'windows';
  local.add(winMesh);
  if (env.night) local.add(buildLampHeads());
  return group;
}
