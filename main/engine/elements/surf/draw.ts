// The surf drawn from the same wave model the sound comes from (waves.ts): each wave a ridge of sea
// rising as it comes in, a white bore of foam after it breaks with a wake of foam lace behind it that
// thins, lingers and fades, and the wash sliding up the sand and back with a foam edge at its front
// (wash.ts). Built in the beach's court frame, where the still water meets the sand at SHORE_M.
import * as THREE from 'three';
import { courtFrame } from '../../frames/scene/court';
import type { Environment } from '../../frames/scene/environment';
import type { SceneLayout } from '../../frames/scene/layout';
import { smoothstep } from '../../frames/shading/noise';
import { foamSurface, laceSurface, waterSurface, withPattern, type FoamPattern, type LacePattern, type SurfaceSample } from '../../frames/shading/surfaces';
import { SEA_COLOR, SEA_HAZE, seaHeight } from '../../settings/beach/build';
import { SHORE_M } from '../../settings/beach/facts';
import type { ElementView } from '../types';
import { brokenAt, CREST_LENGTH_M, crestGeometry, heightOnCrest, shapeBreaking } from './crest';
import { drawWash } from './wash';
import { waveState, waveTrain, type Wave, type WaveState } from './waves';

// How long before its section breaks a swell's top starts to whiten (s).
const SWELL_WHITENS_SEC = 1.5;

// A swell's breadth across its crest for its height (its face rises about 1 in 6).
const SWELL_BREADTH = 12;

// Sea level of the beach's sea mesh.
const SEA_Y = -0.15;

// Where on a wake (its edges at z = +-0.5, the bore at -0.5) the foam is: freshest right behind the
// bore, older and thinner the further back it was left, frayed at both edges.
const wakeProfile = (s: SurfaceSample): number => (1 - smoothstep(-0.5, 0.5, s.lz) * 0.75) * smoothstep(-0.5, -0.38, s.lz) * (1 - smoothstep(0.3, 0.5, s.lz));

// A ridge of glossy water (its face mirrors the sky and glitters as the sea around it does) whose
// foam whitens it where it breaks: a swell before, a bore after (crest.ts).
// Seen through the sea's air, as the sea round it is.
function crestMesh(color: number, foam: FoamPattern, geo: THREE.BufferGeometry): THREE.Mesh {
  const material = withPattern(new THREE.MeshStandardMaterial({ color, roughness: 0.06, metalness: 0 }), foam);
  material.userData.haze = SEA_HAZE;
  return new THREE.Mesh(geo, material);
}

// A band of lace lying on the water: the sea (`color`, and the lace's own `under`) shows between. A
// grid (4 m along, a quarter of its width across) so it can lie on the sea's waves (placeWake).
function sheetMesh(color: number, foam: LacePattern): THREE.Mesh {
  const geo = new THREE.PlaneGeometry(CREST_LENGTH_M, 1, CREST_LENGTH_M / 4, 4).rotateX(-Math.PI / 2);
  const material = withPattern(new THREE.MeshLambertMaterial({ color }), foam);
  return new THREE.Mesh(geo, material);
}

// How far behind its bore a wake's foam reaches (m), and how long what is left of it lingers off the
// water's edge once the bore has run up the sand (s).
const WAKE_M = 6;
const LINGER_SEC = 4;

// The foam the break left: lace spread between the bore and where it broke, freshest behind the bore
// and thinning out, the net's holes opening as it ages. When the bore has run up the sand, what is
// left of it lingers just off the edge, drawn out seaward by the backwash, and fades.
function placeWake(view: { wake: THREE.Mesh; wakeFoam: LacePattern }, w: Wave, s: WaveState, t: number): void {
  const fromShore = s.phase === 'bore' ? s.distM : 0;
  const age = s.phase === 'bore' || s.phase === 'swell' ? 0 : t - w.shoreSec;
  view.wake.visible = s.phase === 'bore' || (s.phase !== 'swell' && age < LINGER_SEC);
  if (!view.wake.visible) return;
  const u = Math.min(1, (t - w.breakSec) / (w.shoreSec - w.breakSec));
  const width = Math.max(0.8, Math.min(w.breakDistM - fromShore, WAKE_M) * (1 - 0.4 * u)) * (1 + 0.25 * age);
  const lingering = 1 - age / LINGER_SEC;
  view.wake.scale.set(1, 1, width);
  view.wake.position.set(w.alongM, 0, SHORE_M + fromShore + 0.4 * age + width / 2);
  onTheSea(view.wake, t, WAKE_LIFT_M - 0.03 * (1 - lingering));
  view.wakeFoam.cover = (0.95 - 0.45 * u) * lingering ** 1.5;
  view.wakeFoam.stretch = 1.6 + 0.5 * age;
}

// How far over the sea's surface a wake lies (clear of it between the grids' vertices).
const WAKE_LIFT_M = 0.05;

// Lays a flat band (object z scaled by its width) on the sea's surface at t, `liftM` over it: its
// normals then tilt with the sea's waves as the sea's own do, so the water between its lace mirrors
// the same sky (flat, it caught a different one, and its edges showed as straight seams in the sea).
function onTheSea(mesh: THREE.Mesh, t: number, liftM: number): void {
  const pos = mesh.geometry.getAttribute('position') as THREE.BufferAttribute;
  const p = mesh.position, width = mesh.scale.z;
  for (let i = 0; i < pos.count; i++) pos.setY(i, seaHeight(p.x + pos.getX(i), p.z + pos.getZ(i) * width, t) + liftM - p.y);
  pos.needsUpdate = true;
  mesh.geometry.computeVertexNormals();
}

export function drawSurf(layout: SceneLayout, env: Environment, seed: number, durationSec: number): ElementView {
  const local = courtFrame(layout);
  local.name = 'surf';
  const waves = waveTrain(seed, durationSec);
  // A rising wave is a little greener than the sea around it (thinner water lets light through its face).
  const seaColor = ({ day: 0x0c3a44, sunset: 0x12303f, night: 0x16384c } as const)[env.timeOfDay];
  // The sea showing between the wakes' foam: its waves run onshore (-v) and glitter as the sea's do.
  const water = waterSurface({ foam: 0, heading: [-layout.court.v[0], -layout.court.v[2]], sun: env.keyDir.toArray() });
  const views = waves.map((w, i) => {
    // Each wave's crest and foam are its own, peaking, breaking and thinning on its own clock: a
    // swell's top whitens where and shortly before each section breaks; a bore is white water where
    // its section has broken and still a green face where the break has not reached yet.
    const ridge = crestGeometry(seed * 31 + i);
    const ahead = brokenAt(w, seed * 31 + i, SWELL_WHITENS_SEC), broken = brokenAt(w, seed * 31 + i);
    const crestFoam = foamSurface((s) => smoothstep(0.3, 0.9, heightOnCrest(s, seed * 31 + i)) * ahead(s), water);
    // White water tumbles down the face from the top: the face's foot, where it meets the sea, stays darker.
    const boreFoam = foamSurface((s) => broken(s) * smoothstep(-0.1, 0.45, heightOnCrest(s, seed * 31 + i)), water);
    const wakeFoam = laceSurface(wakeProfile, water, seed * 31 + i);
    wakeFoam.stretch = 1.6;
    // The bore's own ridge: its cross-section changes section by section as the break runs along it.
    const boreRidge = ridge.clone();
    const boreBase = Float32Array.from((ridge.getAttribute('position') as THREE.BufferAttribute).array);
    return { swell: crestMesh(seaColor, crestFoam, ridge), crestFoam, bore: crestMesh(seaColor, boreFoam, boreRidge), boreFoam, boreRidge, boreBase, wake: sheetMesh(SEA_COLOR[env.timeOfDay], wakeFoam), wakeFoam };
  });
  for (const v of views) {
    v.swell.name = 'swell'; v.bore.name = 'bore'; v.wake.name = 'wake';
    local.add(v.swell, v.bore, v.wake);
  }
  const wash = drawWash(layout, seed, durationSec, waves);
  local.add(...wash.meshes);
  for (const m of views.flatMap((v) => [v.swell, v.bore, v.wake])) m.frustumCulled = false;

  const update = (t: number): void => {
    waves.forEach((w, i) => {
      const view = views[i]!;
      const s = waveState(w, t);
      view.swell.visible = s.phase === 'swell' && s.distM < 80;
      view.bore.visible = s.phase === 'bore';
      placeWake(view, w, s, t);
      if (s.phase === 'swell') {
        view.swell.scale.set(1, 2 * s.heightM, SWELL_BREADTH * s.heightM);
        view.swell.position.set(w.alongM, SEA_Y, SHORE_M + s.distM);
        // Its top whitens in the last second and a half before it breaks (where it breaks: crest.ts).
        view.crestFoam.cover = 0.85 * smoothstep(w.breakSec - 1.5, w.breakSec, t);
      } else if (s.phase === 'bore') {
        // Steep where its section has broken, still a swell's breadth where the break has not reached.
        view.bore.scale.set(1, 2 * s.heightM, 1);
        shapeBreaking(view.boreRidge, view.boreBase, w, seed * 31 + i, t, SWELL_BREADTH * s.heightM, 2.5 * s.heightM + 0.6);
        view.bore.position.set(w.alongM, SEA_Y + 0.05, SHORE_M + s.distM);
        // The bore's foam opens up as it runs in and loses height: lumps with the sea between.
        const u = (t - w.breakSec) / (w.shoreSec - w.breakSec);
        view.boreFoam.cover = 0.95 - 0.25 * u;
      }
    });
    wash.update(t);
  };
  update(0);
  return { group: local, update };
}
