// The surf drawn from the same wave model the sound comes from (waves.ts): each wave a ridge of sea
// rising as it comes in, a white bore of foam after it breaks with a fading foam wake behind it, and
// the sheet of water sliding up the sand and back with a foam line at its front. Built in the beach's
// court frame, where the still water meets the sand at SHORE_M.
import * as THREE from 'three';
import { courtFrame } from '../../frames/scene/court';
import type { Environment } from '../../frames/scene/environment';
import type { SceneLayout } from '../../frames/scene/layout';
import { smoothstep } from '../../frames/shading/noise';
import { foamSurface, waterSurface, withPattern, type FoamPattern, type SurfaceSample } from '../../frames/shading/surfaces';
import { SEA_COLOR } from '../../settings/beach/build';
import { SHORE_M } from '../../settings/beach/facts';
import type { ElementView } from '../types';
import { waterReach, waveState, waveTrain } from './waves';

// Long enough along the shore to reach past the frame's edges; sea level of the beach's sea mesh.
const CREST_LENGTH_M = 260;
const SEA_Y = -0.15;

// Where on a ridge (object space: its top edge is at y = 0.5) and on a band (its edges at z = +-0.5)
// foam gathers: on the ridge's top, and thinning to lace at the band's edges.
const onTop = (s: SurfaceSample): number => smoothstep(0.15, 0.45, s.ly);
const frayed = (s: SurfaceSample): number => 1 - smoothstep(0.15, 0.5, Math.abs(s.lz));
// The wash's front: thickest at its landward edge (object z = -0.5), thinning out seaward.
const leading = (s: SurfaceSample): number => 1 - smoothstep(-0.45, 0.5, s.lz);

// A diamond cross-section (a box turned 45 degrees), half of it above the water: a ridge. A swell's
// is glossy water (its face mirrors the sky and glitters as the sea around it does); a bore's is
// white water.
function crestMesh(color: number, foam: FoamPattern, water: boolean): THREE.Mesh {
  const geo = new THREE.BoxGeometry(CREST_LENGTH_M, Math.SQRT1_2, Math.SQRT1_2).rotateX(Math.PI / 4);
  const material = water ? new THREE.MeshStandardMaterial({ color, roughness: 0.06, metalness: 0 }) : new THREE.MeshPhongMaterial({ color, specular: 0x8fb4c8, shininess: 40 });
  return new THREE.Mesh(geo, withPattern(material, foam));
}

// A band of foam lying on the water (or on the sand under the wash): `color` shows between the foam.
function sheetMesh(color: number, foam: FoamPattern | null, opacity = 1): THREE.Mesh {
  const geo = new THREE.PlaneGeometry(CREST_LENGTH_M, 1).rotateX(-Math.PI / 2);
  const material = foam ? withPattern(new THREE.MeshLambertMaterial({ color }), foam) : new THREE.MeshLambertMaterial({ color, transparent: true, opacity, depthWrite: false });
  return new THREE.Mesh(geo, material);
}

export function drawSurf(layout: SceneLayout, env: Environment, seed: number, durationSec: number): ElementView {
  const local = courtFrame(layout);
  local.name = 'surf';
  const waves = waveTrain(seed, durationSec);
  // A rising wave is lighter than the sea around it (thinner water lets light through its face).
  const seaColor = ({ day: 0x2b7a88, sunset: 0x1d4256, night: 0x23506e } as const)[env.timeOfDay];
  const foamColor = env.night ? 0x9fb0bc : 0xf3f6f4;
  // The sea showing between the wakes' foam: its waves run onshore (-v) and glitter as the sea's do.
  const water = waterSurface({ foam: 0, heading: [-layout.court.v[0], -layout.court.v[2]], sun: env.keyDir.toArray() });
  const views = waves.map(() => {
    // Each wave's foam is its own, whitening and thinning on its own clock.
    const crestFoam = foamSurface(onTop, water), wakeFoam = foamSurface(frayed, water);
    return { swell: crestMesh(seaColor, crestFoam, true), crestFoam, bore: crestMesh(foamColor, foamSurface(), false), wake: sheetMesh(SEA_COLOR[env.timeOfDay], wakeFoam), wakeFoam };
  });
  for (const v of views) {
    v.swell.name = 'swell'; v.bore.name = 'bore'; v.wake.name = 'wake';
    local.add(v.swell, v.bore, v.wake);
  }
  const sheet = sheetMesh(env.night ? 0x5b7f96 : 0xa9d6dc, null, 0.7);
  // The wash's front: a line of foam at the water's edge on the wet sand, thinning under the thin water
  // behind it (the sheet, drawn over it, tints it as it tints the sand; between the foam, wet sand).
  const front = sheetMesh(env.night ? 0x2c2a26 : 0x7a6c52, foamSurface(leading));
  front.name = 'wash-front';
  local.add(sheet, front);
  for (const m of [sheet, front, ...views.flatMap((v) => [v.swell, v.bore, v.wake])]) m.frustumCulled = false;

  const update = (t: number): void => {
    waves.forEach((w, i) => {
      const view = views[i]!;
      const s = waveState(w, t);
      view.swell.visible = s.phase === 'swell' && s.distM < 80;
      view.bore.visible = s.phase === 'bore';
      view.wake.visible = s.phase === 'bore';
      if (s.phase === 'swell') {
        view.swell.scale.set(1, 2 * s.heightM, 12 * s.heightM);
        view.swell.position.set(w.alongM, SEA_Y, SHORE_M + s.distM);
        // Its top whitens in the last second and a half before it breaks.
        view.crestFoam.cover = 0.85 * smoothstep(w.breakSec - 1.5, w.breakSec, t);
      } else if (s.phase === 'bore') {
        view.bore.scale.set(1, 2 * s.heightM, 2.5 * s.heightM + 0.6);
        view.bore.position.set(w.alongM, SEA_Y + 0.05, SHORE_M + s.distM);
        // The foam the break left, spread between the bore and where it broke, thinning out.
        // (a band a few metres wide that narrows as it thins: foam, not a sheet of water over the sea).
        const u = (t - w.breakSec) / (w.shoreSec - w.breakSec);
        const width = Math.max(0.5, Math.min(w.breakDistM - s.distM, 3) * (1 - 0.6 * u));
        view.wake.scale.set(1, 1, width);
        view.wake.position.set(w.alongM, SEA_Y + 0.13, SHORE_M + s.distM + width / 2);
        view.wakeFoam.cover = 0.8 - 0.5 * u;
      }
    });
    const reach = waterReach(waves, t);
    sheet.visible = front.visible = reach > 0.05;
    // The sheet covers the sand from a little out to sea up to the water's reach.
    sheet.scale.set(1, 1, reach + 1);
    sheet.position.set(0, 0.012, SHORE_M + 0.5 - (reach + 1) / 2);
    front.scale.set(1, 1, 0.6);
    front.position.set(0, 0.008, SHORE_M - reach);
  };
  update(0);
  return { group: local, update };
}
