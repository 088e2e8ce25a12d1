// A cameo's own recorded sound (their voice, their footsteps, whatever the phone heard) laid under
// the clip on the same clock as their picture: footage time for footage time, looped with the frames
// when the clip outlasts the footage, panned to where the person stands in the picture, before the
// setting's reverb so it sounds as if it was recorded there.
import * as THREE from 'three';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';
import type { CameoFootage } from '../cameo/footage';
import { createTraceSampler } from '../frames/trace-sampler';
import type { StereoBus } from './bus';
import type { Spatializer } from './spatial';

// Recorded sound plays a little under unity: phone recordings are loud and the mix has a limiter.
const CAMEO_SOUND_LEVEL = 0.8;
// Gains are recomputed this often (samples) as the person moves; between, they glide.
const PAN_BLOCK = 512;
// A fade this long (seconds) where the footage loops and where the clip cuts it off at its end, so
// neither seam clicks (cut mid-tone, the clip's last sample was 0.26 against the tone's 0.27 peak:
// a step to whatever plays next).
const SEAM_FADE_SEC = 0.01;

export function addCameoSounds(bus: StereoBus, plan: ScenePlan, trace: WorldTrace, cameos: ReadonlyMap<string, CameoFootage>, spatial: Spatializer): void {
  const sampler = createTraceSampler(plan, trace);
  const at = new THREE.Vector3();
  for (const use of plan.cameos ?? []) {
    const footage = cameos.get(use.id);
    if (!footage?.sound) continue;
    // Where the sound comes from: the person's body (the trace holds their collider's centre).
    const where = (t: number): [number, number, number] => {
      if (!sampler.position(use.entityId, Math.round(t * trace.fps), at)) {
        const p = plan.entities.find((e) => e.id === use.entityId)?.position ?? [0, 0, 0];
        at.set(p[0], p[1], p[2]);
      }
      return [at.x, at.y, at.z];
    };
    addFootageSound(bus, footage, (t) => spatial.place(where(t), t, true));
  }
}

function addFootageSound(bus: StereoBus, footage: CameoFootage, place: (t: number) => { gl: number; gr: number }): void {
  const sound = footage.sound;
  if (!sound) return;
  const sr = bus.sampleRate;
  const { clock } = footage;
  const loops = bus.length / sr > clock.durationSec;
  const fade = SEAM_FADE_SEC;
  const endFade = fade * sr;
  let from = place(0);
  for (let block = 0; block < bus.length; block += PAN_BLOCK) {
    const end = Math.min(bus.length, block + PAN_BLOCK);
    const to = place(end / sr);
    for (let n = block; n < end; n++) {
      const t = n / sr;
      const tau = clock.footageSec(t);
      const k = Math.round(tau * sound.sampleRate);
      if (k >= sound.left.length) continue;
      const mono = 0.5 * ((sound.left[k] as number) + (sound.right[k] as number));
      const seam = loops ? Math.min(1, tau / fade, (clock.durationSec - tau) / fade) : 1;
      // Faded out where the clip ends, and where a recording shorter than its picture runs out.
      const edge = Math.min(seam, (bus.length - 1 - n) / endFade, (sound.left.length - 1 - k) / (fade * sound.sampleRate));
      const g = (n - block) / (end - block);
      const v = mono * edge * CAMEO_SOUND_LEVEL;
      bus.left[n]! += v * (from.gl + (to.gl - from.gl) * g);
      bus.right[n]! += v * (from.gr + (to.gr - from.gr) * g);
    }
    from = to;
  }
}
