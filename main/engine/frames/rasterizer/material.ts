// Reads the parts of a three.js material the renderer honours into one flat record, so the passes do
// not branch on material classes. Physically based parameters come from MeshStandardMaterial as is;
// Lambert is fully rough, Phong's shininess is mapped to a roughness, Basic is unlit (emissive).
import * as THREE from 'three';
import type { SurfacePattern } from '../shading/surfaces/types';

export interface SurfaceMaterial {
  // MeshBasicMaterial: colour as is, no lighting.
  unlit: boolean;
  // Linear base colour, roughness (0 mirror .. 1 matte), metalness (0 dielectric .. 1 metal).
  r: number; g: number; b: number;
  roughness: number;
  metalness: number;
  // Linear emitted radiance.
  er: number; eg: number; eb: number;
  // Light wrapped past the terminator per channel (its pattern's wrap: skin), 0 for none.
  wr: number; wg: number; wb: number;
  vertexColors: boolean;
  opacity: number;
  transparent: boolean;
  side: THREE.Side;
  // How much of the haze a surface takes (0 none: unfogged; 1 all of it; material.userData.haze, for a
  // surface seen through clearer air than the setting's haze is tuned for, as the open sea).
  fog: number;
  depthWrite: boolean;
  depthTest: boolean;
  // Procedural texture evaluated per pixel (material.userData.pattern), or null.
  pattern: SurfacePattern | null;
}

// Blinn-Phong exponent -> GGX roughness (the usual sqrt(2 / (n + 2)) equivalence).
export function roughnessFromShininess(shininess: number): number {
  return Math.min(1, Math.sqrt(2 / (Math.max(shininess, 0) + 2)));
}

// Read every frame (materials may be animated: colours, opacity), a few hundred small records.
export function readMaterial(m: THREE.Material): SurfaceMaterial {
  const p: SurfaceMaterial = {
    unlit: false,
    r: 1, g: 1, b: 1,
    roughness: 1,
    metalness: 0,
    er: 0, eg: 0, eb: 0,
    wr: 0, wg: 0, wb: 0,
    vertexColors: m.vertexColors,
    opacity: m.opacity,
    transparent: m.transparent,
    side: m.side,
    fog: 'fog' in m && (m as THREE.MeshLambertMaterial).fog ? ((m.userData.haze as number | undefined) ?? 1) : 0,
    depthWrite: m.depthWrite,
    depthTest: m.depthTest,
    pattern: (m.userData.pattern as SurfacePattern | undefined) ?? null,
  };
  if ('color' in m && (m as THREE.MeshBasicMaterial).color instanceof THREE.Color) {
    const c = (m as THREE.MeshBasicMaterial).color;
    p.r = c.r; p.g = c.g; p.b = c.b;
  }
  if ('emissive' in m && (m as THREE.MeshLambertMaterial).emissive instanceof THREE.Color) {
    const e = (m as THREE.MeshLambertMaterial).emissive;
    const k = (m as THREE.MeshLambertMaterial).emissiveIntensity;
    p.er = e.r * k; p.eg = e.g * k; p.eb = e.b * k;
  }
  const wrap = p.pattern?.wrap;
  if (wrap) [p.wr, p.wg, p.wb] = wrap;
  if (m instanceof THREE.MeshBasicMaterial) {
    p.unlit = true;
  } else if (m instanceof THREE.MeshStandardMaterial) {
    p.roughness = m.roughness;
    p.metalness = m.metalness;
  } else if (m instanceof THREE.MeshPhongMaterial) {
    p.roughness = roughnessFromShininess(m.shininess);
    // A bright, untinted specular colour on a Phong material reads as a clear coat, not as metal.
    p.metalness = 0;
  }
  return p;
}
