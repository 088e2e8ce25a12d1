// Beach: sand sloping gently into the sea behind the action, so the waterline is where the moving
// water meets the sand (the still water's edge at SHORE_M) and washes in and out with the swell; a
// wet band behind it, foam along it, small waves and whitecaps further out (the surf that breaks and
// washes up the sand is elements/surf/); palms and an umbrella for scale. The sea is on the +v side,
// behind the action from the default camera.
import * as THREE from 'three';
import { courtToWorld, type SceneLayout } from '../../frames/scene/layout';
import { GeometryBuilder, rng } from '../../frames/scene/builder';
import { buildCourtMarkings, buildCourtSurface, courtFrame } from '../../frames/scene/court';
import type { Environment } from '../../frames/scene/environment';
import { buildGround } from '../../frames/scene/ground';
import { Grove } from '../../frames/scene/trees';
import { sandSurface, waterSurface, patternedMaterial, type SandWash, type Shore } from '../../frames/shading/surfaces';
import { washMarks } from '../../elements/surf/wash-marks';
import { waveTrain } from '../../elements/surf/waves';
import type { SettingClip } from '../types';
import { SHORE_M } from './facts';

export interface BeachView {
  group: THREE.Group;
  update(t: number): void;
}

// How steeply the sand slopes under the water, the sea's mean level (the surf's crests ride on it),
// and where the slope starts (court-frame t, metres): so that still water meets the sand at SHORE_M,
// where the simulator's splashes and the surf's wash put it.
const SLOPE = 0.06;
const SEA_LEVEL = -0.15;
const SLOPE_FROM_T = SHORE_M + SEA_LEVEL / SLOPE;
// How far out to sea the swell's grid reaches (m); the far sea beyond it is flat.
const NEAR_SEA_M = 260;

// The open sea's colour by time of day (the surf's foam lies on it, and shows it between its lumps).
// At sunset the water under the glare is deep blue: the warm light it shows is the sky it mirrors,
// so it does not take the sand's colour.
export const SEA_COLOR = { day: 0x17546e, sunset: 0x0c2c4a, night: 0x0a2233 } as const;

// The sea's slow rise and fall at the shore. Small: the waves that run up the sand are the surf's
// washes (elements/surf/), so the sea's own edge only laps back and forth under them (it swung 2.7 m
// up and down the sand, wetting it as far, which was the wet band's edge whatever the washes did).
function swell(t: number, along: number): number {
  return 0.035 * Math.sin(t * 0.9 + along * 0.05) + 0.015 * Math.sin(t * 2.1 - along * 0.13 + 1.3);
}

// The sand's colour and its patches (ground.ts groundTint): the wash's edge draws the same sand
// under its foam.
export const SAND_COLOR = 0xdcc596;
export const SAND_TINT = { variation: 0.1, scale: 5, seed: 9 } as const;

// The beach's shore as the sand's and the sea's surfaces read it: the sea's edge, and the marks the
// surf's washes leave (the same wave train the surf is drawn and heard from).
export function beachShore(layout: SceneLayout, clip: SettingClip): Shore {
  const o = courtToWorld(layout, 0, SLOPE_FROM_T);
  const v = layout.court.v;
  const waves = waveTrain(clip.seed, clip.durationSec);
  // Read for every sand pixel: worked out once a frame.
  let at = Number.NaN, marks: SandWash | null = null;
  const wash = (t: number): SandWash => {
    if (t !== at || !marks) { at = t; marks = { stillM: SHORE_M - SLOPE_FROM_T, ...washMarks(waves, t) }; }
    return marks;
  };
  // The waterline (metres seaward of the slope's start) where the sea's surface meets the sand.
  return { origin: [o[0], o[2]], seaward: [v[0], v[2]], waterline: (t) => -(SEA_LEVEL + swell(t, 0)) / SLOPE, wash };
}

export function buildBeach(layout: SceneLayout, env: Environment, clip: SettingClip): BeachView {
  const group = new THREE.Group();
  group.name = 'beach';
  const local = courtFrame(layout);
  group.add(local);
  const shore = beachShore(layout, clip);
  const sand = buildGround(300, 96, new THREE.Vector3(0, 0, SLOPE_FROM_T + 20 - 150), SAND_COLOR, SAND_TINT.variation, SAND_TINT.scale, SAND_TINT.seed, sandSurface(shore));
  slopeIntoSea(sand);
  local.add(sand);
  if (layout.hoops.length > 0) {
    local.add(buildCourtSurface(0xcdb88c, true));
    local.add(buildCourtMarkings(layout, { line: 0x3b6ea8, paint: null, centerFill: null, half: true }));
  }
  const sea = buildSea(env, shore);
  local.add(sea.mesh, farSea(sea.mesh.material));
  local.add(...buildPalms());
  return { group, update: sea.update };
}

// The sand's height at court-frame t (m along v): flat up the beach, falling away into the sea.
export function sandHeight(t: number): number {
  return t > SLOPE_FROM_T ? -(t - SLOPE_FROM_T) * SLOPE : 0;
}

// Past SLOPE_FROM_T the sand falls away under the water.
function slopeIntoSea(sand: THREE.Mesh): void {
  const pos = sand.geometry.getAttribute('position') as THREE.BufferAttribute;
  for (let i = 0; i < pos.count; i++) {
    const t = pos.getZ(i) + sand.position.z;
    pos.setY(i, sandHeight(t));
  }
  sand.geometry.computeVertexNormals();
}

// The sea's surface height at court-frame (x, z) at time t: the swell at the shore, and waves that
// steepen and grow towards the open sea and roll in towards the shore (-z). What lies on the sea (the
// surf's wakes of foam) follows it, so it mirrors the sky as the sea round it does.
export function seaHeight(x: number, z: number, t: number): number {
  const out = Math.min(1, (z - SLOPE_FROM_T) / 40);
  return SEA_LEVEL + swell(t, x) + out * (0.16 * Math.sin(z * 0.45 + t * 1.6) + 0.06 * Math.sin(x * 0.2 + z * 0.3 - t * 1.1));
}

// The sea: a grid from just up the beach out to the horizon, lifted every frame by the swell rolling
// in (its edge on the sand is the waterline), glossy deep water with surf foam along the shore.
function buildSea(env: Environment, shore: Shore): { mesh: THREE.Mesh; update(t: number): void } {
  const geo = new THREE.PlaneGeometry(500, NEAR_SEA_M, 100, 80).rotateX(-Math.PI / 2).translate(0, 0, SLOPE_FROM_T + NEAR_SEA_M / 2);
  const pos = geo.getAttribute('position') as THREE.BufferAttribute;
  // Denser rows near the shore, where the waterline is seen up close: remap rows quadratically.
  for (let i = 0; i < pos.count; i++) {
    const k = (pos.getZ(i) - SLOPE_FROM_T) / NEAR_SEA_M;
    pos.setZ(i, SLOPE_FROM_T + NEAR_SEA_M * k * k);
  }
  const mesh = new THREE.Mesh(geo, patternedMaterial(waterSurface({ foam: 0.6, shore, sun: env.keyDir.toArray() }), { color: SEA_COLOR[env.timeOfDay], roughness: 0.06 }));
  mesh.name = 'sea';
  mesh.frustumCulled = false;
  mesh.userData.dynamic = true;
  mesh.material.userData.haze = SEA_HAZE;
  const update = (time: number): void => {
    for (let i = 0; i < pos.count; i++) pos.setY(i, seaHeight(pos.getX(i), pos.getZ(i), time));
    pos.needsUpdate = true;
    geo.computeVertexNormals();
  };
  update(0);
  return { mesh, update };
}

// The open sea beyond the swell's grid, out to near the camera's far plane, flat (its waves are the
// wind waves in its normals): so the sea runs on to the horizon, which is then a line, instead of
// stopping a few pixels short of it where the sky's colour filled the gap.
const FAR_SEA_TO_M = 1150;
// The share of the setting's haze the sea takes: the haze is thick enough to turn hills a few hundred
// metres off blue, which would lose a sea a kilometre out in the sky's colour and the horizon with it;
// over open water on a clear day the horizon stays a line, the sea just under it darker than the sky.
export const SEA_HAZE = 0.55;
function farSea(material: THREE.Material | THREE.Material[]): THREE.Mesh {
  const from = SLOPE_FROM_T + NEAR_SEA_M - 5;
  const geo = new THREE.PlaneGeometry(2600, FAR_SEA_TO_M - from, 1, 1).rotateX(-Math.PI / 2).translate(0, SEA_LEVEL, (from + FAR_SEA_TO_M) / 2);
  const mesh = new THREE.Mesh(geo, material);
  mesh.name = 'sea';
  mesh.frustumCulled = false;
  return mesh;
}

// Palms (bark trunks, leafy fronds) and a sun umbrella.
function buildPalms(): THREE.Mesh[] {
  const grove = new Grove();
  const rand = rng(31);
  for (const [s, t] of [[-20, 4], [22, -2], [-28, -10], [30, 8]] as const) {
    let x = s, y = 0;
    const lean = (rand() - 0.5) * 0.5;
    for (let i = 0; i < 6; i++) {
      grove.trunks.add(new THREE.CylinderGeometry(0.16, 0.2, 1.2, 7), new THREE.Matrix4().compose(new THREE.Vector3(x, y + 0.6, t), new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 0, 1), -lean * i * 0.3), new THREE.Vector3(1, 1, 1)), 0x7a5a3a);
      x += Math.sin(lean * i * 0.3) * 1.2;
      y += 1.15;
    }
    for (let k = 0; k < 9; k++) {
      const a = (k / 9) * Math.PI * 2 + rand() * 0.3;
      const m = new THREE.Matrix4().compose(
        new THREE.Vector3(x + Math.cos(a) * 1.2, y - 0.3, t + Math.sin(a) * 1.2),
        new THREE.Quaternion().setFromEuler(new THREE.Euler(0, -a, 0.45 + rand() * 0.2)),
        new THREE.Vector3(2.6, 0.06, 0.55),
      );
      grove.leaves.add(new THREE.BoxGeometry(1, 1, 1), m, 0x3f8a3a);
    }
  }
  const b = new GeometryBuilder();
  b.add(new THREE.CylinderGeometry(0.03, 0.03, 2.3, 6), new THREE.Matrix4().makeTranslation(12, 1.15, 6), 0xdddddd);
  b.add(new THREE.ConeGeometry(1.4, 0.5, 16), new THREE.Matrix4().makeTranslation(12, 2.3, 6), 0xe74c3c);
  const umbrella = b.mesh();
  umbrella.name = 'beach-scenery';
  return [...grove.meshes('palms'), umbrella];
}
