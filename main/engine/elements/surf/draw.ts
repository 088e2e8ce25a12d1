// The surf drawn from the same wave model the sound comes from (waves.ts): each wave a ridge of sea
// rising as it comes in, a white bore of foam after it breaks with a fading foam wake behind it, and
// the sheet of water sliding up the sand and back with a foam line at its front. Built in the beach's
// court frame, where the still water meets the sand at SHORE_M.
import * as THREE from 'three';
import { courtFrame } from '../../frames/scene/court';
import type { Environment } from '../../frames/scene/environment';
import type { SceneLayout } from '../../frames/scene/layout';
import { SHORE_M } from '../../settings/beach/facts';
import type { ElementView } from '../types';
import { waterReach, waveState, waveTrain } from './waves';

// Long enough along the shore to reach past the frame's edges; sea level of the beach's sea mesh.
const CREST_LENGTH_M = 260;
const SEA_Y = -0.15;

function crestMesh(color: number, opacity = 1): THREE.Mesh {
  // A diamond cross-section (a box turned 45 degrees), half of it above the water: a ridge.
  const geo = new THREE.BoxGeometry(CREST_LENGTH_M, Math.SQRT1_2, Math.SQRT1_2).rotateX(Math.PI / 4);
  const mat = opacity < 1 ? new THREE.MeshLambertMaterial({ color, transparent: true, opacity, depthWrite: false }) : new THREE.MeshPhongMaterial({ color, specular: 0x8fb4c8, shininess: 40 });
  return new THREE.Mesh(geo, mat);
}

function sheetMesh(color: number, opacity: number): THREE.Mesh {
  const geo = new THREE.PlaneGeometry(CREST_LENGTH_M, 1).rotateX(-Math.PI / 2);
  return new THREE.Mesh(geo, new THREE.MeshLambertMaterial({ color, transparent: true, opacity, depthWrite: false }));
}

export function drawSurf(layout: SceneLayout, env: Environment, seed: number, durationSec: number): ElementView {
  const local = courtFrame(layout);
  local.name = 'surf';
  const waves = waveTrain(seed, durationSec);
  // A rising wave is lighter than the sea around it (thinner water lets light through its face).
  const seaColor = env.night ? 0x23506e : 0x4aa8c8;
  const foamColor = env.night ? 0x9fb0bc : 0xf3f6f4;
  const views = waves.map(() => ({ swell: crestMesh(seaColor), bore: crestMesh(foamColor, 0.92), wake: sheetMesh(foamColor, 0.5) }));
  for (const v of views) local.add(v.swell, v.bore, v.wake);
  const sheet = sheetMesh(env.night ? 0x5b7f96 : 0xa9d6dc, 0.7);
  const front = sheetMesh(foamColor, 0.9);
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
        view.swell.scale.set(1, 2 * s.heightM, 6 * s.heightM);
        view.swell.position.set(w.alongM, SEA_Y, SHORE_M + s.distM);
      } else if (s.phase === 'bore') {
        view.bore.scale.set(1, 2 * s.heightM, 2.5 * s.heightM + 0.6);
        view.bore.position.set(w.alongM, SEA_Y + 0.05, SHORE_M + s.distM);
        // The foam the break left, spread between the bore and where it broke, thinning out.
        const width = Math.max(0.5, w.breakDistM - s.distM);
        const u = (t - w.breakSec) / (w.shoreSec - w.breakSec);
        view.wake.scale.set(1, 1, width);
        view.wake.position.set(w.alongM, SEA_Y + 0.13, SHORE_M + s.distM + width / 2);
        (view.wake.material as THREE.MeshLambertMaterial).opacity = 0.55 * (1 - u);
      }
    });
    const reach = waterReach(waves, t);
    sheet.visible = front.visible = reach > 0.05;
    // The sheet covers the sand from a little out to sea up to the water's reach.
    sheet.scale.set(1, 1, reach + 1);
    sheet.position.set(0, 0.012, SHORE_M + 0.5 - (reach + 1) / 2);
    front.scale.set(1, 1, 0.35);
    front.position.set(0, 0.016, SHORE_M - reach);
  };
  update(0);
  return { group: local, update };
}
