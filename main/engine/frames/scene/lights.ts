// The scene's lights from the Environment: one key directional light (sun, moon or ceiling rig) and
// a hemisphere fill (sky above, bounce from the ground below). No shadow maps: contact shadows are
// blob meshes, which read well at video size and cost nothing.
import * as THREE from 'three';
import type { Environment } from './environment';

export function buildLights(env: Environment, center: THREE.Vector3): THREE.Group {
  const group = new THREE.Group();
  group.name = 'lights';
  const key = new THREE.DirectionalLight(env.keyColor, env.keyIntensity);
  key.position.copy(center).addScaledVector(env.keyDir, 50);
  key.target.position.copy(center);
  key.name = 'key-light';
  group.add(key, key.target);
  const hemi = new THREE.HemisphereLight(env.hemiSky, env.hemiGround, env.hemiIntensity);
  hemi.position.set(0, 1, 0);
  hemi.name = 'fill-light';
  group.add(hemi);
  return group;
}
