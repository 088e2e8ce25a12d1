// The procedural surfaces, and the one table that picks a surface for an entity's material (what a
// box, table or ramp made of wood, metal or cloth looks like). Settings pick their ground surfaces
// by name from the modules here; nothing switches on a material.
import * as THREE from 'three';
import type { Material } from '../../../../contract/scene-plan';
import { concreteSurface } from './ground';
import { clothSurface } from './organic';
import type { SurfacePattern } from './types';
import { woodSurface } from './wood';

export { asphaltSurface, concreteSurface, grassSurface, litterSurface } from './ground';
export { ballSurface, type BallPrint } from './balls';
export { barkSurface, clothSurface, foliageSurface, paintSurface, skinSurface } from './organic';
export { sandSurface, washTongue, type SandWash, type Shore } from './sand';
export { laceSurface, type LacePattern } from './foam-lace';
export { hairSurface, type HairLayout } from './hair';
export { brushedSurface } from './metal';
export { foamSurface, waterSurface, type FoamPattern } from './water';
export { tileSurface } from './tile';
export { timberSurface, woodSurface } from './wood';
export type { SurfacePattern, SurfaceSample } from './types';

// Gloss and metal of each material, and the pattern printed on objects made of it (object space,
// so it moves with a tumbling crate).
export const MATERIAL_LOOKS: Record<Material, { roughness: number; metalness: number; pattern: (() => SurfacePattern) | null }> = {
  rubber: { roughness: 0.55, metalness: 0, pattern: null },
  leather: { roughness: 0.6, metalness: 0, pattern: null },
  metal: { roughness: 0.3, metalness: 1, pattern: null },
  wood: { roughness: 0.6, metalness: 0, pattern: () => woodSurface({ along: [1, 0], boardWidthM: 0.12, boardLengthM: 2, roughness: 0.6, local: true, seed: 9 }) },
  glass: { roughness: 0.05, metalness: 0, pattern: null },
  plastic: { roughness: 0.35, metalness: 0, pattern: null },
  concrete: { roughness: 0.85, metalness: 0, pattern: () => concreteSurface() },
  cloth: { roughness: 0.9, metalness: 0, pattern: () => clothSurface() },
  flesh: { roughness: 0.55, metalness: 0, pattern: null },
  ceramic: { roughness: 0.25, metalness: 0, pattern: null },
  ice: { roughness: 0.12, metalness: 0, pattern: null },
};

// Attaches a pattern to a material (the renderer reads material.userData.pattern).
export function withPattern<M extends THREE.Material>(material: M, pattern: SurfacePattern | null): M {
  if (pattern) material.userData.pattern = pattern;
  return material;
}

export interface PatternedLook {
  roughness: number;
  metalness?: number;
  // One colour for the whole mesh; without it the mesh's vertex colours (a builder's parts).
  color?: THREE.ColorRepresentation;
  side?: THREE.Side;
}

// Most of the scene's materials: physically based, coloured by its vertices (or one colour), with
// a surface pattern (wood grain, cloth weave, skin) or none.
export function patternedMaterial(pattern: SurfacePattern | null, look: PatternedLook): THREE.MeshStandardMaterial {
  const colour = look.color === undefined ? { vertexColors: true } : { color: look.color };
  return withPattern(new THREE.MeshStandardMaterial({ ...colour, roughness: look.roughness, metalness: look.metalness ?? 0, ...(look.side === undefined ? {} : { side: look.side }) }), pattern);
}

