// Camera placement from plan.camera. The whole camera path is computed up front from the trace, so
// any frame can be rendered on its own (in any order, in parallel workers) and still be part of one
// smooth move: subject positions are smoothed with a zero-phase Gaussian over time rather than by a
// stateful follow filter.
//   shot   wide: fit every interesting thing (balls over their whole flight, people, hoops)
//          medium: a full body / a couple of metres around the subject; close: head and shoulders
//          or a tight frame on a ball
//   angle  side: perpendicular to the action, which runs left to right; front: facing the subject;
//          behind: over the shoulder towards the target; high: raised three-quarter view
//   motion static, track (follows the subject), orbit (swings ~50 deg round it), push (dolly in)
import * as THREE from 'three';
import type { Entity, ScenePlan } from '../../contract/scene-plan';
import type { PersonPoseFn } from '../body/skeleton';
import { courtToWorld, worldToCourt, type SceneLayout } from './scene/layout';
import type { TraceSampler } from './trace-sampler';

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

const VFOV = 40;
// Beyond this a wide shot stops fitting the whole clip and follows the action instead.
const MAX_WIDE_DISTANCE = 15;
const WORLD_UP = new THREE.Vector3(0, 1, 0);

function pickSubject(plan: ScenePlan, wide: boolean): Entity | null {
  const byId = (id: string | undefined | null): Entity | null => plan.entities.find((e) => e.id === id) ?? null;
  const explicit = byId(plan.camera.subject);
  if (explicit) return explicit;
  if (wide) return null;
  // No subject and a tight shot: the actor of the first action, else what it acts on, else a ball.
  const a = plan.actions[0];
  if (a) {
    const actor = 'actor' in a ? byId(a.actor) : null;
    return actor ?? ('object' in a ? byId(a.object) : byId(a.objects[0]));
  }
  return plan.entities.find((e) => e.kind === 'ball') ?? plan.entities[0] ?? null;
}

function gaussianSmooth(src: THREE.Vector3[], sigmaFrames: number): THREE.Vector3[] {
  if (sigmaFrames < 0.5) return src.map((v) => v.clone());
  const radius = Math.ceil(sigmaFrames * 3);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, i) => Math.exp(-((i - radius) ** 2) / (2 * sigmaFrames * sigmaFrames)));
  return src.map((_, f) => {
    const acc = new THREE.Vector3();
    let wsum = 0;
    for (let k = -radius; k <= radius; k++) {
      const j = f + k;
      if (j < 0 || j >= src.length) continue;
      const w = kernel[k + radius]!;
      acc.addScaledVector(src[j]!, w);
      wsum += w;
    }
    return acc.divideScalar(wsum || 1);
  });
}

export function createCameraRig(input: CameraRigInput): CameraRig {
  const { plan, sampler, layout, aspect, poseFn } = input;
  const cam = plan.camera;
  const baseFov = cam.shot === 'close' ? 35 : VFOV;
  const camera = new THREE.PerspectiveCamera(baseFov, aspect, 0.05, 1200);
  const fps = sampler.fps;
  const frames = Math.max(1, sampler.frameCount, Math.round(plan.format.durationSec * fps));
  const wide = cam.shot === 'wide';
  const subject = pickSubject(plan, wide);
  const people = plan.entities.filter((e) => e.kind === 'person');
  const tracks = new Map(people.map((p) => [p.id, sampler.actorTrack(p)]));
  const tmp = new THREE.Vector3();

  // Where an entity is at frame f, and how big it is (for framing).
  const locate = (e: Entity, f: number, out: THREE.Vector3): THREE.Vector3 => {
    if (e.kind === 'person') {
      const pose = poseFn(tracks.get(e.id)!, e.size[0] ?? 1.8, f / fps);
      // Tight shots look at the head and shoulders, wider ones at the middle of the body.
      const a = cam.shot === 'close' ? pose.neck : pose.pelvis;
      const b = cam.shot === 'close' ? pose.head : pose.chest;
      return out.set((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2);
    }
    if (e.kind === 'hoop') {
      const h = layout.hoops.find((x) => x.id === e.id);
      const r = h?.geometry.rimCenter ?? e.position;
      return out.set(r[0], r[1] - 0.3, r[2]);
    }
    if (!sampler.position(e.id, f, out)) out.set(...e.position);
    return out;
  };
  const interestAt = (f: number): THREE.Vector3[] => {
    const pts: THREE.Vector3[] = [];
    for (const e of plan.entities) {
      if (e.kind === 'person') {
        const pose = poseFn(tracks.get(e.id)!, e.size[0] ?? 1.8, f / fps);
        const hr = (e.size[0] ?? 1.8) * 0.07;
        pts.push(new THREE.Vector3(pose.head[0], pose.head[1] + hr, pose.head[2]), new THREE.Vector3(...pose.footL), new THREE.Vector3(...pose.footR));
        pts.push(new THREE.Vector3(...pose.handL), new THREE.Vector3(...pose.handR));
      } else if (e.kind === 'hoop') {
        const h = layout.hoops.find((x) => x.id === e.id)?.geometry;
        if (h) pts.push(new THREE.Vector3(...h.rimCenter), new THREE.Vector3(h.board.center[0], h.board.center[1] + h.board.halfExtents[1], h.board.center[2]));
      } else if (e.kind === 'ball' || e.kind === 'box') {
        pts.push(locate(e, f, new THREE.Vector3()));
      } else {
        pts.push(new THREE.Vector3(...e.position));
      }
    }
    return pts;
  };

  // View direction (from the target towards the camera) for the angle.
  const axis = new THREE.Vector3(...layout.axis);
  const side = new THREE.Vector3(...layout.side);
  let faceDir = axis.clone();
  if (subject?.kind === 'person') {
    const tr = tracks.get(subject.id)!;
    faceDir = new THREE.Vector3(Math.cos(tr.facing), 0, -Math.sin(tr.facing));
  }
  const baseDir = new THREE.Vector3();
  let elevation: number;
  switch (cam.angle) {
    case 'side':
      baseDir.copy(side);
      elevation = wide ? 9 : cam.shot === 'medium' ? 6 : 3;
      break;
    case 'front':
      // Slightly off-axis so a backboard or the subject's own arm doesn't fill the frame.
      baseDir.copy(faceDir).multiplyScalar(0.75).addScaledVector(side, 0.66).normalize();
      elevation = wide ? 8 : 4;
      break;
    case 'behind':
      baseDir.copy(faceDir).multiplyScalar(-0.93).addScaledVector(side, 0.37).normalize();
      elevation = wide ? 12 : 8;
      break;
    case 'high':
      baseDir.copy(side).multiplyScalar(0.85).addScaledVector(axis, -0.52).normalize();
      elevation = 48;
      break;
  }
  const dirFor = (azimuthOffsetDeg: number): THREE.Vector3 => {
    const d = baseDir.clone().applyAxisAngle(WORLD_UP, THREE.MathUtils.degToRad(azimuthOffsetDeg));
    const e = THREE.MathUtils.degToRad(elevation);
    return d.multiplyScalar(Math.cos(e)).setY(Math.sin(e)).normalize();
  };

  // Per-frame focus and a smoothed version of it.
  const rawFocus: THREE.Vector3[] = [];
  const all: THREE.Vector3[] = [];
  for (let f = 0; f < frames; f++) {
    const pts = interestAt(f);
    all.push(...pts);
    if (subject) rawFocus.push(locate(subject, f, new THREE.Vector3()));
    else rawFocus.push(pts.reduce((acc, p) => acc.add(p), new THREE.Vector3()).divideScalar(Math.max(1, pts.length)));
  }
  const tracking = cam.motion === 'track';
  // Tighter shots follow more closely (a close-up of a thrown ball must keep up with it); wide ones
  // glide. Zero-phase smoothing, so the camera never lags behind, it only ignores jitter.
  const sigmaSec = cam.shot === 'close' ? 0.1 : cam.shot === 'medium' ? 0.22 : tracking ? 0.3 : 0.5;
  const focus = gaussianSmooth(rawFocus, fps * sigmaSec);
  const meanFocus = focus.reduce((acc, p) => acc.add(p), new THREE.Vector3()).divideScalar(focus.length);

  const tanV = Math.tan(THREE.MathUtils.degToRad(camera.fov / 2));
  const tanH = tanV * aspect;
  // Wide: fit the whole action (over the clip) seen from the base direction.
  const dir0 = dirFor(0);
  const view = dir0.clone().negate();
  const right = new THREE.Vector3().crossVectors(view, WORLD_UP).normalize();
  const up = new THREE.Vector3().crossVectors(right, view).normalize();
  let fitCenter = meanFocus.clone();
  let distance: number;
  let wideFollows = false;
  if (wide) {
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, minZ = Infinity;
    const c0 = all.reduce((acc, p) => acc.add(p), new THREE.Vector3()).divideScalar(Math.max(1, all.length));
    for (const p of all) {
      tmp.subVectors(p, c0);
      const x = tmp.dot(right), y = tmp.dot(up), z = tmp.dot(view);
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
      minZ = Math.min(minZ, z);
    }
    fitCenter = c0.clone().addScaledVector(right, (minX + maxX) / 2).addScaledVector(up, (minY + maxY) / 2);
    const halfW = (maxX - minX) / 2 + 0.6;
    const halfH = (maxY - minY) / 2 + 0.4;
    distance = Math.max(halfW / tanH, halfH / tanV) * 1.08 + Math.max(0, -minZ);
    distance = Math.max(distance, 6);
    if (distance > MAX_WIDE_DISTANCE) {
      // A long throw or roll would need a camera so far away that the ball vanishes: frame a wide
      // slice of it instead and let the framing travel with the action.
      distance = MAX_WIDE_DISTANCE;
      wideFollows = true;
    }
  } else {
    // Frame height in metres: a body, head and shoulders, or a few ball diameters.
    let field: number;
    const r = subject?.kind === 'ball' ? (subject.size[0] ?? 0.12) : 0;
    if (subject?.kind === 'person') field = cam.shot === 'close' ? 0.85 : 2.5;
    else if (subject?.kind === 'ball') field = cam.shot === 'close' ? Math.max(0.5, 10 * r) : THREE.MathUtils.clamp(22 * r, 1.2, 2.6);
    else field = cam.shot === 'close' ? 1.4 : 3.5;
    if (cam.shot === 'medium' && cam.motion === 'static') {
      // A locked-off medium shot widens to keep a moving subject (a bouncing ball) in frame.
      let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
      for (const p of focus) {
        tmp.subVectors(p, meanFocus);
        minX = Math.min(minX, tmp.dot(right)); maxX = Math.max(maxX, tmp.dot(right));
        minY = Math.min(minY, tmp.dot(up)); maxY = Math.max(maxY, tmp.dot(up));
      }
      fitCenter = meanFocus.clone().addScaledVector(right, (minX + maxX) / 2).addScaledVector(up, (minY + maxY) / 2);
      field = Math.min(8, Math.max(field, (maxY - minY) * 1.25 + 2 * r, ((maxX - minX) * 1.2) / aspect));
    } else {
      fitCenter = meanFocus.clone();
    }
    distance = field / 2 / tanV;
  }

  // Look targets per frame: wide shots look at the fitted centre, nudged towards the subject when
  // tracking; a locked-off medium shot at the centre of the subject's movement; other tight shots at
  // the smoothed subject (a static close-up pans to follow it but does not move).
  // A "static" tight shot of something that travels much further than the frame is high (a thrown
  // ball) cannot stay locked off without losing it, so it follows like a tracking shot.
  let travel = 0;
  for (const p of focus) travel = Math.max(travel, p.distanceTo(meanFocus));
  const fieldNow = 2 * distance * tanV;
  const locked = cam.motion === 'static' && !wide && travel < (cam.shot === 'medium' ? 0.5 * fieldNow : 1.0 * fieldNow);
  const target = focus.map((p) => {
    if (wide) return wideFollows ? p.clone() : tracking ? fitCenter.clone().lerp(p, 0.35) : fitCenter.clone();
    if (locked && cam.shot === 'medium') return fitCenter.clone();
    return p.clone();
  });
  // Where the camera stands is relative to this point: the target itself, except for a locked-off
  // close-up, which stays put and pans to keep its subject.
  const anchor = (f: number): THREE.Vector3 => (locked ? fitCenter : target[f]!);

  const interior = layout.interior;
  const clampInside = (p: THREE.Vector3): void => {
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
  };

  const current = new THREE.Vector3();
  const duration = Math.max(1e-6, (frames - 1) / fps);
  const smooth = (x: number): number => x * x * (3 - 2 * x);
  const update = (frameIndex: number): void => {
    const f = Math.min(Math.max(0, Math.round(frameIndex)), frames - 1);
    const u = frames > 1 ? (f / fps) / duration : 0;
    let azimuth = 0;
    let dist = distance;
    if (cam.motion === 'orbit') azimuth = -25 + 50 * smooth(u);
    if (cam.motion === 'push') dist = distance * (1.35 - 0.55 * smooth(u));
    const tgt = target[f]!;
    const pos = anchor(f).clone().addScaledVector(dirFor(azimuth), dist);
    clampInside(pos);
    // Walls pushed the camera in: widen the lens so the planned framing still fits.
    const actual = Math.max(0.3, pos.distanceTo(tgt));
    const fov = actual < dist * 0.98
      ? Math.min(80, THREE.MathUtils.radToDeg(2 * Math.atan((Math.tan(THREE.MathUtils.degToRad(baseFov / 2)) * dist) / actual)))
      : baseFov;
    if (fov !== camera.fov) {
      camera.fov = fov;
      camera.updateProjectionMatrix();
    }
    camera.position.copy(pos);
    current.copy(tgt);
    camera.up.copy(WORLD_UP);
    camera.lookAt(tgt);
    camera.updateMatrixWorld(true);
  };
  camera.updateProjectionMatrix();
  update(0);
  return { camera, target: current, update };
}
