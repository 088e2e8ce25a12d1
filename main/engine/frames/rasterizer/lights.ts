// Gathers the scene's lights into flat arrays in world space once per frame, so per-vertex shading is
// a few multiply-adds per light instead of object walks. Supports what the render scenes use and what
// three's WebGL renderer would draw for them without shadow maps: ambient, hemisphere, directional.
import * as THREE from 'three';

export interface LightRig {
  // Ambient irradiance (linear RGB, already multiplied by intensity).
  ambient: [number, number, number];
  // Per hemisphere light: dirX, dirY, dirZ (unit, towards the sky), skyR, skyG, skyB, groundR, groundG, groundB.
  hemi: Float64Array;
  hemiCount: number;
  // Per directional light: unit vector towards the light, then r, g, b.
  dir: Float64Array;
  dirCount: number;
}

const tmpA = new THREE.Vector3();
const tmpB = new THREE.Vector3();

export function collectLights(scene: THREE.Object3D): LightRig {
  const ambient: [number, number, number] = [0, 0, 0];
  const hemi: number[] = [];
  const dir: number[] = [];
  scene.traverseVisible((o) => {
    if (o instanceof THREE.AmbientLight) {
      ambient[0] += o.color.r * o.intensity;
      ambient[1] += o.color.g * o.intensity;
      ambient[2] += o.color.b * o.intensity;
    } else if (o instanceof THREE.HemisphereLight) {
      tmpA.setFromMatrixPosition(o.matrixWorld).normalize();
      const k = o.intensity;
      hemi.push(tmpA.x, tmpA.y, tmpA.z, o.color.r * k, o.color.g * k, o.color.b * k, o.groundColor.r * k, o.groundColor.g * k, o.groundColor.b * k);
    } else if (o instanceof THREE.DirectionalLight) {
      // Like three: the light shines from its position towards its target.
      tmpA.setFromMatrixPosition(o.matrixWorld);
      o.target.updateMatrixWorld();
      tmpB.setFromMatrixPosition(o.target.matrixWorld);
      tmpA.sub(tmpB).normalize();
      const k = o.intensity;
      dir.push(tmpA.x, tmpA.y, tmpA.z, o.color.r * k, o.color.g * k, o.color.b * k);
    }
  });
  return {
    ambient,
    hemi: Float64Array.from(hemi),
    hemiCount: hemi.length / 9,
    dir: Float64Array.from(dir),
    dirCount: dir.length / 6,
  };
}
