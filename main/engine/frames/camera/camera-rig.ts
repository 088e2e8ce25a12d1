// Camera placement from plan.camera. The whole camera path is computed up front from the trace, so
// any frame can be rendered on its own (in any order, in parallel workers) and still be part of one
// smooth move: subject positions are smoothed with a zero-phase Gaussian over time rather than by a
// stateful follow filter. The shot size (shot-sizes.ts) decides the lens and field, the angle
// (angles.ts) the direction, framing.ts the distance; motion is static, track (follows the
// subject), orbit (swings ~50 deg round it) or push (dolly in).
import * as THREE from 'three';
import type { ScenePlan } from '../../../contract/scene-plan';
import type { PersonPoseFn } from '../../body/skeleton';
import { courtToWorld, worldToCourt, type SceneLayout } from '../scene/layout';
import type { TraceSampler } from '../trace-sampler';
import { CAMERA_ANGLES, type AngleAxes } from './angles';
import { gaussianSmooth, pickSubject, Watcher } from './focus';
import { frameTight, frameWide, type ViewBasis } from './framing';
import { SHOT_SIZES, WIDE_TRACKING_SMOOTHING_SEC } from './shot-sizes';

export interface CameraRig {
  camera: THREE.PerspectiveCamera;
  // The point the camera looks at after the last update (audio uses it as the reference distance).
  target: THREE.Vector3;
  // Moves the camera to where it is at `frameIndex`.
  update(frameIndex: number): void;
}

export interface CameraRigInput {
  plan: ScenePlan;
  sampler: TraceSampler;
  layout: SceneLayout;
  aspect: number;
  poseFn: PersonPoseFn;
}

const WORLD_UP = new THREE.Vector3(0, 1, 0);
const smoothstep = (x: number): number => x * x * (3 - 2 * x);

// The camera's planned path: where it looks each frame, where it stands relative to, how far.
interface CameraPath {
  target: THREE.Vector3[];
  anchor: (f: number) => THREE.Vector3;
  distance: number;
  dirFor: (azimuthOffsetDeg: number) => THREE.Vector3;
  frameUp: THREE.Vector3;
}

function angleAxes(input: CameraRigInput, watcher: Watcher, subjectId: string | null): AngleAxes {
  const axis = new THREE.Vector3(...input.layout.axis);
  const side = new THREE.Vector3(...input.layout.side);
  const track = subjectId ? watcher.tracks.get(subjectId) : undefined;
  const facing = track ? new THREE.Vector3(Math.cos(track.facing), 0, -Math.sin(track.facing)) : axis.clone();
  return { axis, side, facing };
}

function planPath(input: CameraRigInput, fovDeg: number, frames: number): CameraPath {
  const { plan, sampler, layout, aspect, poseFn } = input;
  const cam = plan.camera;
  const wide = cam.shot === 'wide';
  const subject = pickSubject(plan, wide);
  const watcher = new Watcher(plan, sampler, layout, poseFn);
  const axes = angleAxes(input, watcher, subject?.kind === 'person' ? subject.id : null);
  const angle = CAMERA_ANGLES[cam.angle];
  const baseDir = angle.direction(axes);
  const elevation = THREE.MathUtils.degToRad(angle.elevationDeg(cam.shot));
  const dirFor = (azimuthOffsetDeg: number): THREE.Vector3 =>
    baseDir.clone().applyAxisAngle(WORLD_UP, THREE.MathUtils.degToRad(azimuthOffsetDeg)).multiplyScalar(Math.cos(elevation)).setY(Math.sin(elevation)).normalize();

  // Per-frame focus and a smoothed version of it.
  const rawFocus: THREE.Vector3[] = [];
  const all: THREE.Vector3[] = [];
  for (let f = 0; f < frames; f++) {
    const pts = watcher.interestAt(f);
    all.push(...pts);
    rawFocus.push(subject ? watcher.locate(subject, f, new THREE.Vector3()) : pts.reduce((acc, p) => acc.add(p), new THREE.Vector3()).divideScalar(Math.max(1, pts.length)));
  }
  const tracking = cam.motion === 'track';
  // Zero-phase smoothing, so the camera never lags behind, it only ignores jitter.
  const sigmaSec = wide && tracking ? WIDE_TRACKING_SMOOTHING_SEC : SHOT_SIZES[cam.shot].smoothingSec;
  const focus = gaussianSmooth(rawFocus, sampler.fps * sigmaSec);
  const meanFocus = focus.reduce((acc, p) => acc.add(p), new THREE.Vector3()).divideScalar(focus.length);

  const view = dirFor(0).negate();
  const right = new THREE.Vector3().crossVectors(view, WORLD_UP).normalize();
  const tanV = Math.tan(THREE.MathUtils.degToRad(fovDeg / 2));
  const basis: ViewBasis = { right, up: new THREE.Vector3().crossVectors(right, view).normalize(), view, tanV, tanH: tanV * aspect, aspect };
  const framing = wide ? frameWide(all, basis) : frameTight(cam, subject, focus, meanFocus, basis);

  // Look targets per frame: wide shots look at the fitted centre, nudged towards the subject when
  // tracking; a locked-off medium shot at the centre of the subject's movement; other tight shots at
  // the smoothed subject (a static close-up pans to follow it but does not move). A "static" tight
  // shot of something that travels much further than the frame is high (a thrown ball) cannot stay
  // locked off without losing it, so it follows like a tracking shot.
  let travel = 0;
  for (const p of focus) travel = Math.max(travel, p.distanceTo(meanFocus));
  const fieldNow = 2 * framing.distance * tanV;
  const locked = cam.motion === 'static' && !wide && travel < (cam.shot === 'medium' ? 0.5 : 1.0) * fieldNow;
  const target = focus.map((p) => {
    if (wide) return framing.follows ? p.clone() : tracking ? framing.center.clone().lerp(p, 0.35) : framing.center.clone();
    if (locked && cam.shot === 'medium') return framing.center.clone();
    return p.clone();
  });
  // Where the camera stands is relative to this point: the target itself, except for a locked-off
  // close-up, which stays put and pans to keep its subject.
  return { target, anchor: (f) => (locked ? framing.center : target[f]!), distance: framing.distance, dirFor, frameUp: angle.frameUp?.(axes) ?? WORLD_UP };
}

// Keeps the camera inside a room or hall (and above the ground outdoors).
function clampInside(layout: SceneLayout, p: THREE.Vector3): void {
  const interior = layout.interior;
  if (!interior) {
    p.y = Math.max(p.y, 0.3);
    return;
  }
  const [s, t] = worldToCourt(layout, [p.x, p.y, p.z]);
  const margin = 0.4;
  const cs = THREE.MathUtils.clamp(s, -interior.halfLength + margin, interior.halfLength - margin);
  const ct = THREE.MathUtils.clamp(t, -interior.halfWidth + margin, interior.halfWidth - margin);
  const w = courtToWorld(layout, cs, ct);
  p.set(w[0], THREE.MathUtils.clamp(p.y, 0.3, interior.height - 0.3), w[2]);
}

export function createCameraRig(input: CameraRigInput): CameraRig {
  const { plan, sampler } = input;
  const cam = plan.camera;
  const baseFov = SHOT_SIZES[cam.shot].fovDeg;
  const camera = new THREE.PerspectiveCamera(baseFov, input.aspect, 0.05, 1200);
  const fps = sampler.fps;
  const frames = Math.max(1, sampler.frameCount, Math.round(plan.format.durationSec * fps));
  const path = planPath(input, baseFov, frames);
  const current = new THREE.Vector3();
  const duration = Math.max(1e-6, (frames - 1) / fps);
  const update = (frameIndex: number): void => {
    const f = Math.min(Math.max(0, Math.round(frameIndex)), frames - 1);
    const u = frames > 1 ? f / fps / duration : 0;
    const azimuth = cam.motion === 'orbit' ? -25 + 50 * smoothstep(u) : 0;
    const dist = cam.motion === 'push' ? path.distance * (1.35 - 0.55 * smoothstep(u)) : path.distance;
    const tgt = path.target[f]!;
    const pos = path.anchor(f).clone().addScaledVector(path.dirFor(azimuth), dist);
    clampInside(input.layout, pos);
    // Walls pushed the camera in: widen the lens so the planned framing still fits.
    const actual = Math.max(0.3, pos.distanceTo(tgt));
    const fov = actual < dist * 0.98 ? Math.min(80, THREE.MathUtils.radToDeg(2 * Math.atan((Math.tan(THREE.MathUtils.degToRad(baseFov / 2)) * dist) / actual))) : baseFov;
    if (fov !== camera.fov) {
      camera.fov = fov;
      camera.updateProjectionMatrix();
    }
    camera.position.copy(pos);
    current.copy(tgt);
    camera.up.copy(path.frameUp);
    camera.lookAt(tgt);
    camera.updateMatrixWorld(true);
  };
  camera.updateProjectionMatrix();
  update(0);
  return { camera, target: current, update };
}
