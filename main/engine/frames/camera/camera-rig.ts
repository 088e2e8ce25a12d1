// The virtual camera operator. The whole camera path is planned up front from the trace, so any
// frame can be rendered on its own (in any order, in parallel workers) and still be part of one
// smooth move: per frame, framing.ts says where the shot wants to aim and how much to show; a
// critically damped follow (follow.ts) turns that into a move with no jitter and no overshoot; the
// subject is then guaranteed to stay in frame; the camera move (moves.ts) and angle (angles.ts) place
// the camera, which clearance.ts keeps out of walls, people and trees.
import * as THREE from 'three';
import type { CameraPlan, Entity, ScenePlan } from '../../../contract/scene-plan';
import type { PersonPoseFn } from '../../body/skeleton';
import type { SceneLayout } from '../scene/layout';
import type { TraceSampler } from '../trace-sampler';
import { CAMERA_ANGLES, elevationDeg, facingTheCamera, fanOut, type AngleAxes } from './angles';
import { restingFill } from '../../liquids/resting';
import { settingModule } from '../../settings';
import { blockedFrames } from './clearance';
import { companionsOf, framedAsThing, pickSubject, speakerAt, Watcher } from './focus';
import { handWork, isThing } from './hand-work';
import { cutFraming, keepCutsBehindTables } from './cut-framing';
import { goalAt, type FrameGoal, type ViewBasis } from './framing';
import { keepInShot } from './in-shot';
import { clearOfTheArm, tossGoals, tossOf } from './toss';
import { landmarksOf, withLandmarks } from './landmarks';
import { operate } from './operate';
import { CAMERA_MOVES } from './moves';
import { SHOT_SIZES } from './shot-sizes';
import { standCamera } from './stand';
import { waveFront } from './wave-front';
import { twoShotView } from './two-shot';

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
const TOSS_FOLLOW_SEC = 0.08;
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

// How far the shot looks down. A flat thing is looked down on (a book seen edge-on is a line); a ball
// is round from any side. Hand work at a table is too (into the glass that fills), less so in a
// medium shot of someone at work, which keeps their head (framing.ts onTheWork), and a medium shot
// of a man flipping a coin, which looks down on the table it lands on as on a man at work.
function lookDownFor(shot: CameraPlan['shot'], subject: Entity | null, thing: boolean, work: boolean, tossed: boolean, intoLiquid: boolean): 'thing' | 'worker' | 'into' | null {
  if (work && intoLiquid && shot !== 'wide') return 'into';
  if (tossed) return shot === 'close' ? 'thing' : 'worker';
  if (work && shot === 'medium' && subject?.kind === 'person') return 'worker';
  return (thing && subject?.kind !== 'ball') || work ? 'thing' : null;
}

// Whether a pour goes into a vessel where another liquid rests (the liquid's own rule: resting.ts).
function pouredIntoLiquid(plan: ScenePlan): boolean {
  return plan.actions.some((a) => a.kind === 'pour' && restingFill(plan, a.into, a.from.liquid) !== null);
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
  const landmarks = landmarksOf(plan, subject, watcher);
  const group = subject && isThing(subject) ? [subject, ...companions.filter(isThing)] : [];
  const at = (f: number) => (e: Entity): THREE.Vector3 => watcher.locate(e, f, new THREE.Vector3());
  const angle = CAMERA_ANGLES[cam.angle];
  const toss = tossOf(plan, subject, cam.shot);
  const axes = clearOfTheArm(fanOut(angleAxes(input, watcher, subject, frames), group.map(at(0)), group.map(at(frames - 1))), toss, watcher);
  const frameUp = angle.frameUp?.(axes) ?? WORLD_UP;
  const thing = subject !== null && framedAsThing(subject, cam.shot);
  const work = subject && shot.workField !== null ? handWork(plan, subject) : null;
  const riding = toss !== null;
  const elevation = THREE.MathUtils.degToRad(elevationDeg(cam.angle, cam.shot, lookDownFor(cam.shot, subject, thing, work !== null, riding, pouredIntoLiquid(plan))));
  // A small thing starts and stops in a moment (a can set rolling): the operator follows it closely;
  // a shot riding with a tossed coin (toss.ts) is aimed at it with no lag, its frame eased quickly.
  const followSec = riding ? TOSS_FOLLOW_SEC : thing ? Math.min(shot.followSec, THING_FOLLOW_SEC) : shot.followSec;
  // A medium two-shot of people too far apart to share the frame at its size turns (two-shot.ts).
  const baseDir = twoShotView(angle.direction(axes, cam.shot), cam.shot, subject, companions, at(Math.floor(frames / 2)), aspect);
  const dirFor = (azimuthDeg: number): THREE.Vector3 =>
    baseDir.clone().applyAxisAngle(WORLD_UP, THREE.MathUtils.degToRad(azimuthDeg)).multiplyScalar(Math.cos(elevation)).setY(Math.sin(elevation)).normalize();
  const tanHalf = Math.tan(THREE.MathUtils.degToRad(shot.fovDeg / 2));
  const basis = viewBasis(dirFor(0), aspect, frameUp, tanHalf);

  // Where the shot wants to be, then the operator's smooth version of it.
  const hideCut = cutFraming(plan, watcher, basis);
  const front = waveFront(plan, subject, watcher, basis);
  const tossed = toss ? tossGoals(frames, toss, cam.shot, watcher, basis) : null;
  // While someone says a line first, a close-up of a thing is on their face; while the aim swings
  // between the face and the thing, the frame is not widened to hold the thing.
  const goals = Array.from({ length: frames }, (_, f): FrameGoal => {
    const speaker = speakerAt(plan, subject, f / fps);
    if (speaker) return { ...hideCut(goalAt(f, cam, speaker, watcher, basis), speaker, f), keep: null };
    if (front) return { ...front(f), keep: null };
    if (tossed) return tossed[f]!;
    const goal = hideCut(subject ? withLandmarks(goalAt(f, cam, subject, watcher, basis, companions, work), f, subject, landmarks, cam.shot, watcher, basis) : goalAt(f, cam, subject, watcher, basis), subject, f);
    return [-followSec, followSec].some((dt) => speakerAt(plan, subject, f / fps + dt)) ? { ...goal, keep: null } : goal;
  });
  const kept = keptAhead(goals, subject, Math.round(followSec * fps));
  const crops = subject?.kind === 'person' && cam.shot !== 'wide';
  const { target, field } = operate(goals, kept, { subject, crops, riding, watcher, basis, fps, followSec });

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
  // Seen from where the camera really stands, what each frame keeps is in shot, and in a wide shot
  // the ball in play too (a ball rolled towards a camera that does not travel).
  const balls = cam.shot === 'wide' ? companions.filter((c) => c.kind === 'ball') : [];
  const inShot = kept.map((k) => [...(k && !(crops && k.id === subject?.id) ? [k] : []), ...balls.filter((c) => c.id !== k?.id)]);
  keepInShot({ position, target, fovDeg, up: frameUp }, inShot, watcher, aspect, fps, followSec);
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
