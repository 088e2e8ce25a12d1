// The wash drawn: a thin sheet of water runs up the sand in tongues and slides back. The sheet itself
// is the sand's to draw (sand.ts underSheet: clear at its front, rippled, bluer as it deepens, from
// the same marks the sand reads), so it is not a flat slab laid over the beach; drawn here is the
// bright edge of foam at its front, which strands into lace as the sheet draws back. Its reach is the
// wave model's (waves.ts), its tongues the sand's (sand.ts washTongue).
import * as THREE from 'three';
import { groundTint } from '../../frames/scene/ground';
import { courtToWorld, type SceneLayout } from '../../frames/scene/layout';
import { fbm2, smoothstep } from '../../frames/shading/noise';
import { laceSurface, patternedMaterial, sandSurface, washTongue, type SurfaceSample } from '../../frames/shading/surfaces';
import { beachShore, SAND_COLOR, SAND_TINT, sandHeight } from '../../settings/beach/build';
import { SHORE_M } from '../../settings/beach/facts';
import { CREST_LENGTH_M } from './crest';
import { waveState, type Wave } from './waves';

// Vertex columns along the shore (2 m apart).
const COLUMNS = 130;
// The foam edge: how far behind the front it reaches, and how high it lies on the sand.
const EDGE_M = 0.8;
const LIFT_M = 0.01;

export interface WashView {
  meshes: THREE.Mesh[];
  update(t: number): void;
}

function grid(rows: number): THREE.BufferGeometry {
  const geo = new THREE.PlaneGeometry(CREST_LENGTH_M, 1, COLUMNS, rows).rotateX(-Math.PI / 2);
  const n = (geo.getAttribute('position') as THREE.BufferAttribute).count;
  geo.setAttribute('color', new THREE.BufferAttribute(new Float32Array(n * 3).fill(1), 3));
  return geo;
}

export function drawWash(layout: SceneLayout, seed: number, durationSec: number, waves: readonly Wave[]): WashView {
  const shore = beachShore(layout, { seed, durationSec });
  // Each column's share of the wash's reach (its tongue), read where that column meets the still edge.
  const tongues = Array.from({ length: COLUMNS + 1 }, (_, i) => {
    const w = courtToWorld(layout, (i / COLUMNS - 0.5) * CREST_LENGTH_M, SHORE_M);
    return washTongue(shore, w[0], w[2]);
  });
  // The foam edge lies on the same sand the ground shows (its patches and the washes' marks), so
  // between its lace the edge is the beach, not a strip of another colour.
  // How much foam is on it, by where on the strip (object z) the front is: most at the water's edge,
  // fading behind it.
  let cover = 1;
  let edgeZ: Float64Array = new Float64Array(COLUMNS + 1);
  const edgeProfile = (s: SurfaceSample): number => {
    const i = Math.max(0, Math.min(COLUMNS, Math.round((s.lx / CREST_LENGTH_M + 0.5) * COLUMNS)));
    const behind = s.lz - edgeZ[i]!;
    // The very front is not a ruled line: bubbles run ahead of it here and lag there.
    const front = smoothstep(0, 0.14, behind - 0.12 * fbm2(s.lx * 2.5, s.t * 0.7, 2, 51));
    return cover * front * (1 - smoothstep(0, EDGE_M, behind));
  };
  const lace = laceSurface(edgeProfile, sandSurface(shore), seed * 13 + 5);
  lace.stretch = 1.4;
  const frontGeo = grid(2);
  const front = new THREE.Mesh(frontGeo, patternedMaterial(lace, { roughness: 0.95 }));
  front.name = 'wash-front';
  const tint = new THREE.Color(SAND_COLOR);

  const update = (t: number): void => {
    let reach = 0, back = 0;
    for (const w of waves) {
      const s = waveState(w, t);
      if ((s.phase === 'swash' || s.phase === 'backwash') && s.reachM > reach) {
        reach = s.reachM;
        back = s.phase === 'backwash' ? (t - w.shoreSec - w.upSec) / w.downSec : 0;
      }
    }
    front.visible = reach > 0.05;
    if (!front.visible) return;
    // The edge's foam bursts and strands as the sheet draws back from under it.
    cover = 0.92 - 0.6 * back;
    edgeZ = Float64Array.from(tongues, (k) => SHORE_M - reach * k);
    placeEdge(frontGeo, edgeZ, (x, z) => {
      const w = courtToWorld(layout, x, z);
      return groundTint(w[0], w[2], SAND_TINT.variation, SAND_TINT.scale, SAND_TINT.seed);
    }, tint);
  };
  update(0);
  front.frustumCulled = false;
  return { meshes: [front], update };
}

// The foam edge's strip: from the front (row 0) EDGE_M seaward, on the sand, tinted as the sand under it.
function placeEdge(geo: THREE.BufferGeometry, edge: Float64Array, tintAt: (x: number, z: number) => number, sand: THREE.Color): void {
  const pos = geo.getAttribute('position') as THREE.BufferAttribute;
  const col = geo.getAttribute('color') as THREE.BufferAttribute;
  for (let j = 0; j <= 2; j++) {
    for (let i = 0; i <= COLUMNS; i++) {
      const k = j * (COLUMNS + 1) + i;
      const x = (i / COLUMNS - 0.5) * CREST_LENGTH_M, z = edge[i]! + (j / 2) * EDGE_M;
      pos.setXYZ(k, x, sandHeight(z) + LIFT_M, z);
      const g = tintAt(x, z);
      col.setXYZ(k, sand.r * g, sand.g * g, sand.b * g);
    }
  }
  pos.needsUpdate = col.needsUpdate = true;
  geo.computeVertexNormals();
}
