// A take continued from its parent (a regenerated range, an extension) must show its first frames
// exactly as the parent did, though its own trace (and so its own planned camera path) differs after
// the join. The parent's camera, as it was at every frame, anchors the new one: before the join the
// camera is where the parent's was; over the second after it, it eases (smoothstep, so it starts and
// ends without a jolt) from the parent's path, carried on past the parent's end at its last speed,
// to the path the new take plans for itself.
import * as THREE from 'three';
import type { CameraRig } from './camera-rig';

// Position, look-at target, up vector, vertical field of view (degrees).
export type CameraSample = [number, number, number, number, number, number, number, number, number, number];

export interface CameraAnchor {
  samples: CameraSample[];
  joinFrame: number;
  blendFrames: number;
}

const smoothstep = (x: number): number => x * x * (3 - 2 * x);

export function sampleOf(rig: CameraRig): CameraSample {
  const { position, up, fov } = rig.camera;
  const t = rig.target;
  return [position.x, position.y, position.z, t.x, t.y, t.z, up.x, up.y, up.z, fov];
}

// The parent's camera at frame f; past its last frame, moving on as it last moved.
function anchorAt(samples: readonly CameraSample[], f: number): CameraSample {
  const n = samples.length;
  if (f < n) return samples[f]!;
  const last = samples[n - 1]!;
  const prev = samples[Math.max(0, n - 2)]!;
  const k = f - (n - 1);
  return last.map((x, i) => (i === 9 ? x : x + (x - prev[i]!) * k)) as CameraSample;
}

function apply(rig: CameraRig, s: readonly number[]): void {
  const camera = rig.camera;
  camera.position.set(s[0]!, s[1]!, s[2]!);
  rig.target.set(s[3]!, s[4]!, s[5]!);
  camera.up.set(s[6]!, s[7]!, s[8]!);
  if (camera.fov !== s[9]) {
    camera.fov = s[9]!;
    camera.updateProjectionMatrix();
  }
  camera.lookAt(rig.target);
  camera.updateMatrixWorld(true);
}

export function anchorCameraRig(rig: CameraRig, anchor: CameraAnchor | undefined): CameraRig {
  if (!anchor || anchor.samples.length === 0) return rig;
  const { samples, joinFrame, blendFrames } = anchor;
  const update = (frameIndex: number): void => {
    rig.update(frameIndex);
    const f = Math.max(0, Math.round(frameIndex));
    if (f >= joinFrame + blendFrames) return;
    const held = anchorAt(samples, f);
    if (f < joinFrame) return apply(rig, held);
    const w = smoothstep((f - joinFrame) / Math.max(1, blendFrames));
    const own = sampleOf(rig);
    const mixed = held.map((x, i) => x + (own[i]! - x) * w);
    const up = new THREE.Vector3(mixed[6], mixed[7], mixed[8]).normalize();
    apply(rig, [...mixed.slice(0, 6), up.x, up.y, up.z, mixed[9]!]);
  };
  update(0);
  return { camera: rig.camera, target: rig.target, update };
}

// The camera at every frame, as a take's frames show it (stored with the take for its children).
export function sampleCameraPath(rig: CameraRig, frameCount: number): CameraSample[] {
  return Array.from({ length: frameCount }, (_, f) => {
    rig.update(f);
    return sampleOf(rig);
  });
}
