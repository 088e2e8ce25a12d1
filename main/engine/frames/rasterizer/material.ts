// Reads the parts of a three.js material the software rasterizer honours into one flat record, so the
// vertex loop does not branch on material classes.
import * as THREE from 'three';

export interface ShadeParams {
  // MeshBasicMaterial: colour as is, no lighting (sky dome, emissive panels, blob shadows).
  unlit: boolean;
  r: number; g: number; b: number;
  er: number; eg: number; eb: number;
  // Blinn-Phong highlight (MeshPhongMaterial), evaluated per vertex.
  specular: boolean;
  sr: number; sg: number; sb: number;
  shininess: number;
  vertexColors: boolean;
  opacity: number;
  transparent: boolean;
  side: THREE.Side;
  fog: boolean;
  depthWrite: boolean;
  depthTest: boolean;
}

export function readMaterial(m: THREE.Material): ShadeParams {
  const p: ShadeParams = {
    unlit: false,
    r: 1, g: 1, b: 1,
    er: 0, eg: 0, eb: 0,
    specular: false,
    sr: 0, sg: 0, sb: 0,
    shininess: 30,
    vertexColors: m.vertexColors,
    opacity: m.opacity,
    transparent: m.transparent,
    side: m.side,
    fog: 'fog' in m ? (m as THREE.MeshLambertMaterial).fog : false,
    depthWrite: m.depthWrite,
    depthTest: m.depthTest,
  };
  if (m instanceof THREE.MeshBasicMaterial) {
    p.unlit = true;
    p.r = m.color.r; p.g = m.color.g; p.b = m.color.b;
  } else if (m instanceof THREE.MeshLambertMaterial || m instanceof THREE.MeshStandardMaterial) {
    p.r = m.color.r; p.g = m.color.g; p.b = m.color.b;
    p.er = m.emissive.r * m.emissiveIntensity; p.eg = m.emissive.g * m.emissiveIntensity; p.eb = m.emissive.b * m.emissiveIntensity;
  } else if (m instanceof THREE.MeshPhongMaterial) {
    p.r = m.color.r; p.g = m.color.g; p.b = m.color.b;
    p.er = m.emissive.r * m.emissiveIntensity; p.eg = m.emissive.g * m.emissiveIntensity; p.eb = m.emissive.b * m.emissiveIntensity;
    p.specular = true;
    p.sr = m.specular.r; p.sg = m.specular.g; p.sb = m.specular.b;
    p.shininess = Math.max(m.shininess, 1e-4);
  } else if ('color' in m && (m as THREE.MeshBasicMaterial).color instanceof THREE.Color) {
    const c = (m as THREE.MeshBasicMaterial).color;
    p.r = c.r; p.g = c.g; p.b = c.b;
  }
  return p;
}
