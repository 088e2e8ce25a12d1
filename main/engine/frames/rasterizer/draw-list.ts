// What one frame draws: every visible mesh (or material group of one) that survives frustum culling,
// with its material read once, sorted for the rasterizer. An item's position in `items` + 1 is its
// id in the G-buffer, so later passes (shading, motion blur, tests' object-ID reads) can find the
// mesh and material that cover any pixel.
import * as THREE from 'three';
import { readMaterial, type SurfaceMaterial } from './material';

export interface DrawItem {
  mesh: THREE.Mesh;
  material: SurfaceMaterial;
  // Index range into the geometry's index (or vertex) list.
  start: number;
  count: number;
  // View depth used for sorting.
  key: number;
  // Value written to the G-buffer's id for this item (index in `items` + 1).
  id: number;
}

export interface DrawList {
  items: DrawItem[];
  opaque: DrawItem[];
  transparent: DrawItem[];
}

// The G-buffer's id is a Uint16 with 0 reserved for the sky.
export const MAX_DRAW_ITEMS = 65535;

const frustum = new THREE.Frustum();
const viewProj = new THREE.Matrix4();
const sphere = new THREE.Sphere();
const tmpV = new THREE.Vector3();

export function collectDraws(scene: THREE.Scene, camera: THREE.Camera): DrawList {
  viewProj.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
  frustum.setFromProjectionMatrix(viewProj);
  const items: DrawItem[] = [];
  const opaque: DrawItem[] = [];
  const transparent: DrawItem[] = [];
  scene.traverseVisible((o) => {
    if (!(o instanceof THREE.Mesh)) return;
    const mesh = o as THREE.Mesh;
    const geometry = mesh.geometry as THREE.BufferGeometry;
    if (!geometry.getAttribute('position')) return;
    if (mesh.frustumCulled && !frustum.intersectsObject(mesh)) return;
    // Sort key: view depth of the bounding sphere. Small things near the camera draw first; the huge
    // floor and walls draw last, so most of their pixels fail the depth test before any work.
    if (!geometry.boundingSphere) geometry.computeBoundingSphere();
    sphere.copy(geometry.boundingSphere!).applyMatrix4(mesh.matrixWorld);
    tmpV.copy(sphere.center).applyMatrix4(camera.matrixWorldInverse);
    const depth = -tmpV.z;
    const total = geometry.index ? geometry.index.count : geometry.getAttribute('position').count;
    const rangeStart = geometry.drawRange.start;
    const rangeEnd = Math.min(total, rangeStart + geometry.drawRange.count);
    const push = (m: THREE.Material, start: number, end: number): void => {
      if (!m.visible || end <= start || items.length >= MAX_DRAW_ITEMS) return;
      const material = readMaterial(m);
      const item: DrawItem = { mesh, material, start, count: end - start, key: depth, id: items.length + 1 };
      items.push(item);
      if (material.transparent) transparent.push(item);
      else {
        item.key = depth + sphere.radius;
        opaque.push(item);
      }
    };
    if (Array.isArray(mesh.material)) {
      for (const g of geometry.groups) {
        const m = mesh.material[g.materialIndex ?? 0];
        if (m) push(m, Math.max(rangeStart, g.start), Math.min(rangeEnd, g.start + g.count));
      }
    } else {
      push(mesh.material, rangeStart, rangeEnd);
    }
  });
  // renderOrder first, as in three's WebGLRenderer, so explicit ordering means the same in both.
  opaque.sort((a, b) => a.mesh.renderOrder - b.mesh.renderOrder || a.key - b.key);
  transparent.sort((a, b) => a.mesh.renderOrder - b.mesh.renderOrder || b.key - a.key);
  return { items, opaque, transparent };
}
