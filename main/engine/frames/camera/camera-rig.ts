// The virtual camera operator. The whole camera path is planned up front from the trace, so any
// frame can be rendered on its own (in any order, in parallel workers) and still be part of one
// smooth move: per frame, framing.ts says where the shot wants to aim and how much to show; a
// critically damped follow (follow.ts) turns that into a move with no jitter and no overshoot; the
// subject is then guaranteed to stay in frame; the camera move (moves.ts) and angle (angles.ts) place
// the camera, which clearance.ts keeps out of walls, people and trees.
import * as THREE from 'three';
import type { Entity, ScenePlan } from '../../../contract/scene-plan';
import type { PersonPoseFn } from '../../body/skeleton';
import type { SceneLayout } from '../scene/layout';
import type { TraceSampler } from '../trace-sampler';
import { CAMERA_ANGLES, elevationDeg, facingTheCamera, fanOut, type AngleAxes } from './angles';
import { settingModule } from '../../settings';
import { blockedFrames } from './clearance';
import { companionsOf, framedAsThing, pickSubject, speakerAt, Watcher } from './focus';
import { handWork, isThing } from './hand-work';
import { criticallyDamped, followPoints, windowMax } from './follow';
import { cutFraming, keepCutsBehindTables } from './cut-framing';
import { goalAt, type FrameGoal, type ViewBasis } from './framing';
import { keepLeadRoom } from './lead-room';
import { panToKeep } from './pan-to-keep';
import { MARGIN } from './projection';
import { CAMERA_MOVES } from './moves';
import { SHOT_SIZES } from './shot-sizes';
import { standCamera } from './stand';
import { waveFront } from './wave-front';

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
const THING_FOLLOW_SEC = 0.25;
// The longest lens the operator puts on (a camera kept back from people frames tight with it).
const MIN_FOV_DEG = 8;

interface CameraPath {
  position: THREE.Vector3[];
  target: THREE.Vector3[];
  fovDeg: number[];
  up: THREE.Vector3;
}

// What a person alone does in place, nothing leaving them: seen from the front, a portrait.
const IN_PLACE = new Set<string>(['wave', 'speak']);

// The subject's axes: the way it travels or faces (a person's facing at mid-clip, a ball's flight),
// and the side the camera stands on.
function angleAxes(input: CameraRigInput, watcher: Watcher, subject: Entity | null, frames: number): AngleAxes {
  const axis = new THREE.Vector3(...input.layout.axis);
  let side = new THREE.Vector3(...input.layout.side);
  let facing = axis.clone();
  // Seen across, facing the camera's side: a scene with a cameo seated behind a table (cameo/
  // behind-table.ts seats her for that view; turned to anyone's profile, the table would no longer
  // hide her cut edge), and a group where nobody acts (turned to the subject's profile, the others
  // stood behind him).
  const seated = input.plan.cameos?.some((c) => c.seatDropM !== undefined) ?? false;
  const group = input.plan.actions.length === 0 && input.plan.entities.filter((e) => e.kind === 'person').length > 1;
  if (seated || group) return facingTheCamera(axis, side);
  const track = subject?.kind === 'person' ? watcher.tracks.get(subject.id) : undefined;
  let across = side.clone();
  if (track) {
    // One who only stands there is staged facing the camera's side: things set round them (which
    // they may turn to) do not swing the camera round behind them.
    const idle = input.plan.actions.length === 0;
    facing = idle ? side.clone() : new THREE.Vector3(Math.cos(track.facing), 0, -Math.sin(track.facing));
    const a = watcher.locate(subject!, 0, new THREE.Vector3()), b = watcher.locate(subject!, frames - 1, new THREE.Vector3());
    const travel = b.sub(a).setY(0);
    // A walker is seen from the side of their path; the layout's side is kept when it already is one.
    if (travel.length() > 1) {
      const perp = new THREE.Vector3(-travel.z, 0, travel.x).normalize();
      side = perp.dot(side) >= 0 ? perp : perp.negate();
    }
    across = acrossFacing(facing, side);
  }
  const row = input.plan.actions.some((a) => a.kind === 'dominoes' && subject !== null && a.objects.includes(subject.id));
  const alone = input.plan.entities.filter((e) => e.kind === 'person').length === 1;
  const portrait = track !== undefined && alone && input.plan.actions.every((a) => IN_PLACE.has(a.kind));
  return { axis, side, facing, across, face: track !== undefined, row, portrait };
}

// Square to a person's facing, on the layout's side of them: their profile. A person who acts in
// place (waves, talks, stirs) faces the camera's side by default, so that side is their front, not
// their profile; with no side nearer, the camera stands at their right (the hand that works).
function acrossFacing(facing: THREE.Vector3, side: THREE.Vector3): THREE.Vector3 {
  const right = new THREE.Vector3(-facing.z, 0, facing.x).normalize();
  const along = right.dot(side);
  return Math.abs(along) > 0.2 && along < 0 ? right.negate() : right;
}

function viewBasis(dir: THREE.Vector3, aspect: number, frameUp: THREE.Vector3, tanHalf: number): ViewBasis {
  const view = dir.clone().negate();
  const right = new THREE.Vector3().crossVectors(view, frameUp).normalize();
  return { right, up: new THREE.Vector3().crossVectors(right, view).normalize(), view, aspect, tanHalf };
}

function planPath(input: CameraRigInput, frames: number): CameraPath {
  const { plan, sampler, layout, aspect, poseFn } = input;
  const cam = plan.camera;
  const shot = SHOT_SIZES[cam.shot];
  const move = CAMERA_MOVES[cam.motion];
  const fps = sampler.fps;
  const watcher = new Watcher(plan, sampler, layout, poseFn);
  const subject = pickSubject(plan);
  const companions = subject ? companionsOf(plan, subject) : [];
  const group = subject && isThing(subject) ? [subject, ...companions.filter(isThing)] : [];
  const at = (f: number) => (e: Entity): THREE.Vector3 => watcher.locate(e, f, new THREE.Vector3());
  const angle = CAMERA_ANGLES[cam.angle];
  const axes = fanOut(angleAxes(input, watcher, subject, frames), group.map(at(0)), group.map(at(frames - 1)));
  const frameUp = angle.frameUp?.(axes) ?? WORLD_UP;
  const thing = subject !== null && framedAsThing(subject, cam.shot);
  const work = subject && shot.workField !== null ? handWork(plan, subject) : null;
  // A flat thing is looked down on (a book seen edge-on is a line); a ball is round from any side.
  // Hand work at a table is too (into the glass that fills), less so in a medium shot of someone at
  // work, which keeps their head (framing.ts onTheWork).
  const worker = work !== null && cam.shot === 'medium' && subject?.kind === 'person';
  const elevation = THREE.MathUtils.degToRad(elevationDeg(cam.angle, cam.shot, worker ? 'worker' : (thing && subject.kind !== 'ball') || work !== null ? 'thing' : null));
  // A small thing starts and stops in a moment (a can set rolling): the operator follows it closely.
  const followSec = thing ? Math.min(shot.followSec, THING_FOLLOW_SEC) : shot.followSec;
  const baseDir = angle.direction(axes, cam.shot);
  const dirFor = (azimuthDeg: number): THREE.Vector3 =>
    baseDir.clone().applyAxisAngle(WORLD_UP, THREE.MathUtils.degToRad(azimuthDeg)).multiplyScalar(Math.cos(elevation)).setY(Math.sin(elevation)).normalize();
  const tanHalf = Math.tan(THREE.MathUtils.degToRad(shot.fovDeg / 2));
  const basis = viewBasis(dirFor(0), aspect, frameUp, tanHalf);

  // Where the shot wants to be, then the operator's smooth version of it.
  const hideCut = cutFraming(plan, watcher, basis);
  const front = waveFront(plan, subject, watcher, basis);
  // While someone says a line first, a close-up of a thing is on their face; while the aim swings
  // between the face and the thing, the frame is not widened to hold the thing.
  const goals = Array.from({ length: frames }, (_, f): FrameGoal => {
    const speaker = speakerAt(plan, subject, f / fps);
    if (speaker) return { ...hideCut(goalAt(f, cam, speaker, watcher, basis), speaker, f), keep: null };
    if (front) return { ...front(f), keep: null };
    const goal = hideCut(goalAt(f, cam, subject, watcher, basis, companions, work), subject, f);
    return [-followSec, followSec].some((dt) => speakerAt(plan, subject, f / fps + dt)) ? { ...goal, keep: null } : goal;
  });
  const kept = keptAhead(goals, subject, Math.round(followSec * fps));
  const crops = subject?.kind === 'person' && cam.shot !== 'wide';
  const trailing = followPoints(goals.map((g) => g.target), fps, followSec).map((p) => new THREE.Vector3(p.x, p.y, p.z));
  // Only a thing the shot takes up from its subject (a kicked ball) is panned to; the subject itself
  // is held as before (a wide shot of a falling ball lets it fall through the frame).
  const followed = kept.map((k) => (k && k.id !== subject?.id ? k : null));
  const smoothField = criticallyDamped(goals.map((g) => g.field), fps, followSec);
  const target = crops ? trailing : keepLeadRoom(panToKeep(trailing, smoothField, followed, watcher, basis, fps, followSec), smoothField, kept, watcher, basis, fps, followSec);
  const field = keepSubjectInFrame(smoothField, target, kept, crops, watcher, basis, fps, followSec);

  // A camera that does not travel stays put and pans while the action stays near the middle; if the
  // action goes further than a third of the frame, the operator moves with it, unless the camera is
  // held still (a static camera asked for).
  const mean = target.reduce((acc, p) => acc.add(p), new THREE.Vector3()).divideScalar(frames);
  const meanField = field.reduce((s, v) => s + v, 0) / frames;
  const travel = Math.max(...target.map((p) => p.distanceTo(mean)));
  const travels = move.travels || (!move.held && travel > meanField / 3);
  const people = plan.entities.filter((e) => e.kind === 'person');
  const others = people.filter((e) => e.id !== subject?.id);
  const u = (f: number): number => (frames > 1 ? f / (frames - 1) : 0);
  const place = (f: number, extraAzimuth: number): THREE.Vector3 => {
    const dist = ((travels ? field[f]! : meanField) / (2 * tanHalf)) * move.distanceScale(u(f));
    return (travels ? target[f]! : mean).clone().addScaledVector(dirFor(move.azimuthDeg(u(f)) + extraAzimuth), dist);
  };
  // Swing round a little if someone else or a tree would stand in the way.
  const trees = settingModule(plan.setting.kind).obstacles?.(layout) ?? [];
  const extra = [0, 15, -15, 30, -30].reduce((best, az) => {
    if (best.blocked === 0) return best;
    const blocked = blockedFrames((f) => place(f, az), (f) => target[f]!, others, trees, watcher, frames, 3);
    return blocked < best.blocked ? { az, blocked } : best;
  }, { az: 0, blocked: Infinity }).az;

  // A thing on the floor (a can rolling) is filmed from just above the floor, not from knee height.
  const floorY = thing ? 0.08 : cam.angle === 'low' ? 0.25 : 0.3;
  const placed = target.map((_, f) => place(f, extra));
  const { position, backed } = standCamera({ plan, layout, watcher, subject, people, trees, floorY, fps, easeSec: followSec / 2 }, placed, target);
  keepCutsBehindTables(plan, watcher, position);
  // Walls pushed the camera in: widen the lens so the planned framing still fits, a push in's or a
  // pull out's included (in a room, walls stopped the dolly and the lens undid what was left of it:
  // a man walking stayed 0.56 of the frame tall through a push in; it is a zoom there). People pushed
  // it back (a macro shot of a coin across the table from the man who spins it): a longer lens keeps
  // the frame as tight as planned, where the coin was a sixth of the frame instead of a third.
  const fovDeg = position.map((p, f) => {
    const wanted = (field[f]! / (2 * tanHalf)) * move.distanceScale(u(f));
    const dist = p.distanceTo(target[f]!), actual = Math.max(0.3, dist);
    if (actual < wanted * 0.98) return Math.min(80, THREE.MathUtils.radToDeg(2 * Math.atan((tanHalf * wanted) / actual)));
    // Only as far as the push took it: a pull-out's own dolly back is not undone.
    const back = Math.min(backed[f]!, dist / wanted);
    return back > 1.02 ? Math.max(MIN_FOV_DEG, THREE.MathUtils.radToDeg(2 * Math.atan(tanHalf / back))) : shot.fovDeg;
  });
  if (move.sway) {
    target.forEach((t, f) => {
      const [sx, sy] = move.sway!(f / fps);
      t.addScaledVector(basis.right, sx * field[f]!).addScaledVector(basis.up, sy * field[f]!);
    });
  }
  return { position, target, fovDeg, up: frameUp };
}

// What each frame must keep whole: the subject, unless the shot is about to take up something else
// (a ball kicked out of the player's shot) within the aim's lead: the aim already swings to that, and
// keeping the player too would widen the frame for both (the kid in the park shrank to 0.19 of it).
function keptAhead(goals: readonly FrameGoal[], subject: Entity | null, lead: number): (Entity | null)[] {
  return goals.map((g, f) => {
    for (let k = f; k <= Math.min(goals.length - 1, f + lead); k++) {
      const next = goals[k]!.keep;
      if (next && next.id !== subject?.id) return next;
    }
    return g.keep === undefined ? subject : g.keep;
  });
}

// How much more than it spans the frame is when it must keep a thing whole.
const KEEP_SLACK = 1.1;

// The frame height, smoothed, and never so small that the subject's bounds leave the frame (unless
// the shot crops it on purpose: a medium or close shot of a person).
// `smooth`: the shot's own frame heights, smoothed.
function keepSubjectInFrame(smooth: readonly number[], target: THREE.Vector3[], keep: readonly (Entity | null)[], crops: boolean, watcher: Watcher, b: ViewBasis, fps: number, followSec: number): readonly number[] {
  if (crops || keep.every((k) => k === null)) return smooth;
  const need = target.map((t, f) => {
    let h = 0;
    const subject = keep[f];
    // A person keeps their headroom: what is above the aim (a head, hands raised in a jump) stays
    // inside the top margin the shot frames with (with only the 10% everything else keeps, the hands
    // of a man jumping for joy came within 3 px of a 120 px wide shot's top).
    const headroom = subject?.kind === 'person' ? 1 / (1 - 2 * MARGIN) : KEEP_SLACK;
    for (const p of subject ? watcher.bounds(subject, f) : []) {
      const d = p.clone().sub(t);
      const up = d.dot(b.up);
      h = Math.max(h, 2 * Math.abs(up) * (up > 0 ? headroom : KEEP_SLACK), (2 * Math.abs(d.dot(b.right)) * KEEP_SLACK) / b.aspect);
    }
    return h;
  });
  const wanted = smooth.map((v, f) => Math.max(v, need[f]!));
  const widened = criticallyDamped(windowMax(wanted, Math.round(fps * followSec)), fps, followSec);
  return widened.map((v, f) => Math.max(v, wanted[f]!));
}

export function createCameraRig(input: CameraRigInput): CameraRig {
  const { plan, sampler } = input;
  const frames = Math.max(1, sampler.frameCount, Math.round(plan.format.durationSec * sampler.fps));
  const path = planPath(input, frames);
  // The near plane sits closer than a macro close-up's lens distance (depth is stored as 1/w, so a
  // near plane this close costs no precision).
  const camera = new THREE.PerspectiveCamera(path.fovDeg[0], input.aspect, 0.01, 1200);
  const current = new THREE.Vector3();
  const update = (frameIndex: number): void => {
    const f = Math.min(Math.max(0, Math.round(frameIndex)), frames - 1);
    if (path.fovDeg[f] !== camera.fov) {
      camera.fov = path.fovDeg[f]!;
      camera.updateProjectionMatrix();
    }
    camera.position.copy(path.position[f]!);
    current.copy(path.target[f]!);
    camera.up.copy(path.up);
    camera.lookAt(current);
    camera.updateMatrixWorld(true);
  };
  camera.updateProjectionMatrix();
  update(0);
  return { camera, target: current, update };
}
