// The soundtrack of a take, synthesized from the same trace the frames are drawn from, so every
// bounce is heard exactly when (to the sample) and where (in the stereo field) it is seen:
// contacts -> modal impacts by material and impulse, footsteps -> shoe sounds on the setting's floor,
// a score -> the net's swish, spoken lines -> the characters' voices (audio/event-sounds.ts); plus
// the setting's ambience, its reverb, and a limiter.
import { SAMPLE_RATE } from '../../contract/format';
import { DEFAULT_SOUND, type ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';
import { settingModule } from '../settings';
import { addAmbience } from './ambience';
import type { CameoFootage } from '../cameo/footage';
import { addCameoSounds } from './cameo-sound';
import { StereoBus } from './bus';
import { limit } from './limiter';
import { seededRandom, subSeed } from './noise';
import { addReverb } from './reverb';
import { createSpatializer, type ViewPins } from './spatial';
import { addEventSound } from './event-sounds';

export interface AudioOptions {
  sampleRate?: number;
  // Include the setting's ambience bed (default true); tests and "mute ambience" remixes turn it off.
  ambience?: boolean;
  // The footage of the cameos the plan uses (by cameo id), whose recorded sound plays in the clip.
  cameos?: ReadonlyMap<string, CameoFootage>;
  // The spoken lines' voices (speech/speak-lines.ts), needed when the trace has speech events.
  speech?: readonly { line: number; samples: Float32Array }[];
  // A continued take pans its sounds from the same camera its frames use.
  pins?: ViewPins;
}

export interface SynthesizedAudio {
  sampleRate: number;
  channels: 2;
  // Interleaved L, R; length = round(durationSec * sampleRate) * 2; values within [-1, 1].
  samples: Float32Array;
}

export function synthesizeAudio(plan: ScenePlan, trace: WorldTrace, options: AudioOptions = {}): SynthesizedAudio {
  const sampleRate = options.sampleRate ?? SAMPLE_RATE;
  if (!Number.isInteger(sampleRate) || sampleRate < 8000 || sampleRate > 192000) throw new Error(`Unsupported sample rate ${sampleRate}`);
  const frames = Math.round(plan.format.durationSec * sampleRate);
  const dry = new StereoBus(sampleRate, frames);
  const spatial = createSpatializer(plan, trace, options.pins);
  const underfoot = settingModule(plan.setting.kind).ground.footsteps;

  const ctx = { bus: dry, plan, spatial, underfoot, speech: new Map((options.speech ?? []).map((s) => [s.line, s.samples])) };
  trace.events.forEach((ev, index) => {
    // Each event gets its own noise stream, so adding or removing one event leaves the others as-is.
    addEventSound(ctx, ev, seededRandom(subSeed(trace.seed, `event:${index}:${ev.kind}:${ev.t.toFixed(6)}`)));
  });

  if (options.cameos) addCameoSounds(dry, plan, trace, options.cameos, spatial);

  const mix = new StereoBus(sampleRate, frames);
  mix.left.set(dry.left);
  mix.right.set(dry.right);
  addReverb(dry, mix, settingModule(plan.setting.kind).acoustics);
  const sound = plan.sound ?? DEFAULT_SOUND;
  if (options.ambience !== false && sound.ambience) addAmbience(mix, plan, subSeed(trace.seed, 'ambience'));
  if (sound.level !== 1) {
    for (let i = 0; i < frames; i++) {
      mix.left[i]! *= sound.level;
      mix.right[i]! *= sound.level;
    }
  }
  limit(mix.left, mix.right, sampleRate);

  const samples = new Float32Array(frames * 2);
  for (let i = 0; i < frames; i++) {
    samples[2 * i] = mix.left[i]!;
    samples[2 * i + 1] = mix.right[i]!;
  }
  return { sampleRate, channels: 2, samples };
}

// Interleaved float samples -> signed 16-bit little-endian PCM for the encoder.
export function toPcm16(samples: Float32Array): Buffer {
  const out = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i]!;
    const c = Number.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0;
    out.writeInt16LE(Math.round(c < 0 ? c * 32768 : c * 32767), i * 2);
  }
  return out;
}
