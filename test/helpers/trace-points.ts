// Where bodies are in a trace, and how near a drawn mesh comes to a point: for tests of hands that
// hold, push and let go.
import * as THREE from 'three';
import { FLOATS_PER_BODY, type WorldTrace } from '../../main/contract/world-trace';

// A body's position at a frame.
export const at = (trace: WorldTrace, id: string, frame: number): number[] => {
  const i = trace.bodies.findIndex((b) => b.id === id) * FLOATS_PER_BODY;
  return trace.frames[frame]!.slice(i, i + 3);
};

export const dist = (a: readonly number[], b: readonly number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

// The nearest vertex of a drawn mesh to a point (world).
export function nearestVertex(mesh: THREE.Mesh, point: readonly number[]): number {
  mesh.updateMatrixWorld(true);
  const p = mesh.geometry.getAttribute('position');
  const v = new THREE.Vector3();
  const target = new THREE.Vector3(point[0], point[1], point[2]);
  let nearest = Infinity;
  for (let i = 0; i < p.count; i++) nearest = Math.min(nearest, v.fromBufferAttribute(p, i).applyMatrix4(mesh.matrixWorld).distanceTo(target));
  return nearest;
}
