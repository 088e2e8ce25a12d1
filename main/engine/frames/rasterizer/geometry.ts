// Flat typed-array views of a BufferGeometry's attributes. Most attributes already are Float32Arrays
// and are used in place; anything else (interleaved, normalized integer colours) is converted once and
// cached until its version changes, so animated geometry (net, waves) still updates.
import * as THREE from 'three';

interface Cached { version: number; data: Float32Array }
const cache = new WeakMap<object, Cached>();

export function floatView(attr: THREE.BufferAttribute | THREE.InterleavedBufferAttribute): Float32Array {
  if (attr instanceof THREE.BufferAttribute && attr.array instanceof Float32Array && !attr.normalized) {
    return attr.array;
  }
  const version = attr instanceof THREE.BufferAttribute ? attr.version : attr.data.version;
  const hit = cache.get(attr);
  if (hit && hit.version === version) return hit.data;
  const n = attr.count;
  const k = attr.itemSize;
  const data = new Float32Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) data[i * k + c] = attr.getComponent(i, c);
  }
  cache.set(attr, { version, data });
  return data;
}

const sequential = new WeakMap<THREE.BufferGeometry, Uint32Array>();

// Triangle vertex indices; non-indexed geometry gets 0..n-1 (cached per geometry).
export function indexView(geometry: THREE.BufferGeometry): ArrayLike<number> {
  if (geometry.index) return geometry.index.array;
  const count = geometry.getAttribute('position').count;
  let seq = sequential.get(geometry);
  if (!seq || seq.length !== count) {
    seq = new Uint32Array(count);
    for (let i = 0; i < count; i++) seq[i] = i;
    sequential.set(geometry, seq);
  }
  return seq;
}
