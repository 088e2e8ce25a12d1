// Where a sound sits in the stereo field: the event's position seen from the same camera the video
// uses at that moment (so a bounce on the right of the picture is heard on the right), with a mild
// level change for things nearer or farther than what the camera frames.
import * as THREE from 'three';
import type { ScenePlan } from '../../contract/scene-plan';
import type { Vec3, WorldTrace } from '../../contract/world-trace-types';
import { settingModule } from '../settings';
import { personPose } from '../actions/person-pose';
import { anchorCameraRig, type CameraAnchor } from '../frames/camera/camera-anchor';
import { createCameraRig, type CameraRig } from '../frames/camera/camera-rig';
import { computeLayout, type Footprint } from '../frames/scene/layout';
import { createTraceSampler } from '../frames/trace-sampler';
import { equalPower } from './noise';

// The microphone's distance at which the mix plays things at unity (m), and the nearest it comes.
const MIC_REFERENCE_M = 2;
const MIC_NEAREST_M = 0.25;

export interface Placement {
  gl: number;
  gr: number;
  pan: number;
}

export interface Spatializer {
  // recorded: a sound recorded with its own microphone (a cameo's footage), which the close mic does
  // not raise again.
  place(position: Vec3, t: number, recorded?: boolean): Placement;
}

// The same camera the frames use, anchored the same way for a continued take.
export interface ViewPins {
  cameraAnchor?: CameraAnchor;
  footprint?: Footprint;
}

export function createSpatializer(plan: ScenePlan, trace: WorldTrace, pins: ViewPins = {}): Spatializer {
  const sampler = createTraceSampler(plan, trace);
  const layout = computeLayout(plan, settingModule(plan.setting.kind), trace, pins.footprint);
  const rig: CameraRig = anchorCameraRig(createCameraRig({ plan, sampler, layout, aspect: plan.format.width / plan.format.height, poseFn: personPose }), pins.cameraAnchor);
  const cam = rig.camera;
  const p = new THREE.Vector3();
  const camPos = new THREE.Vector3();
  const q = new THREE.Vector3();
  return {
    place(position, t, recorded = false) {
      rig.update(Math.round(t * trace.fps));
      p.set(position[0], position[1], position[2]).applyMatrix4(cam.matrixWorldInverse);
      // Screen-space x in [-1, 1] at the event's depth; behind the camera counts as far to the side.
      const depth = Math.max(0.5, -p.z);
      const halfWidth = depth * Math.tan(THREE.MathUtils.degToRad(cam.fov / 2)) * cam.aspect;
      // Pan a little less than the picture does, as film mixes do, so nothing sits in one ear only.
      const pan = THREE.MathUtils.clamp((p.x / halfWidth) * 0.8, -0.9, 0.9);
      camPos.setFromMatrixPosition(cam.matrixWorld);
      const dist = Math.max(0.5, camPos.distanceTo(q.set(position[0], position[1], position[2])));
      // Things at the framed distance play at unity; nearer is louder, farther quieter (gently, so a
      // thing passing the lens does not jump out of the mix). The microphone is as close as the
      // camera frames: nearer than 2 m (a close-up of dominoes, a coin, a bowl), what happens there,
      // voices too, is louder by the inverse-distance law (at 0.4 m, five times) while the place's
      // ambience is not, as a recordist's close mic hears it (the dominoes' clicks were 10 dB over
      // the room tone); a push-in within 2 m grows louder as it comes closer, as it would.
      const framed = Math.max(MIC_NEAREST_M, camPos.distanceTo(rig.target));
      const closeMic = recorded ? 1 : Math.max(1, MIC_REFERENCE_M / framed);
      const level = THREE.MathUtils.clamp(Math.pow(Math.max(MIC_REFERENCE_M, framed) / (closeMic * dist), 0.5), 0.45, 1.35) * closeMic;
      const [l, r] = equalPower(pan);
      return { gl: l * level, gr: r * level, pan };
    },
  };
}
