// A take's sound: synthesized from its trace and written as its lossless master (audio.wav). A
// regenerated range keeps its parent's master sample for sample before the join and takes the new
// synthesis from there. Both come from the same events with the same noise seeds, the same ambience
// and the same reverb state up to the join, so the new sound carries on where the old one was: the
// tails of sounds that started before the join ring on into it, and nothing clicks.
import { SAMPLE_RATE } from '../../contract/format';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';
import { readWavPcm16, writeWav } from '../../media/wav-file';
import type { ViewPins } from '../audio/spatial';
import { synthesizeAudio, toPcm16, type AudioOptions } from '../audio/synthesize';
import type { LoadedParent } from './load-parent';

const CHANNELS = 2;

export interface SoundMaster {
  // Interleaved stereo, -1..1, as the master holds it (for the waveform peaks).
  samples: Float32Array;
  sampleRate: number;
  channels: number;
}

// What a take's sound is made with beside its trace: the cameos' recorded sound and the spoken voices.
type Voices = Pick<AudioOptions, 'cameos' | 'speech'>;

async function parentPcm(parent: LoadedParent, voices: Voices): Promise<Buffer> {
  if (!parent.soundPath) return toPcm16(synthesizeAudio(parent.plan, parent.trace, voices).samples);
  const wav = await readWavPcm16(parent.soundPath);
  if (wav.sampleRate !== SAMPLE_RATE || wav.channels !== CHANNELS) throw new Error('The parent take’s sound master is not in Kinora’s format.');
  return wav.pcm16;
}

export async function makeSound(input: {
  plan: ScenePlan;
  trace: WorldTrace;
  pins: ViewPins;
  // A range: samples before the join frame are the parent's.
  keep: { parent: LoadedParent; joinFrame: number } | null;
  cameos: NonNullable<AudioOptions['cameos']>;
  speech: NonNullable<AudioOptions['speech']>;
  wavPath: string;
}): Promise<SoundMaster> {
  const voices: Voices = { cameos: input.cameos, speech: input.speech };
  const audio = synthesizeAudio(input.plan, input.trace, { pins: input.pins, ...voices });
  let pcm = toPcm16(audio.samples);
  if (input.keep) {
    const joinSample = Math.round((input.keep.joinFrame / input.plan.format.fps) * audio.sampleRate);
    const before = (await parentPcm(input.keep.parent, voices)).subarray(0, joinSample * CHANNELS * 2);
    pcm = Buffer.concat([before, pcm.subarray(before.length)]);
  }
  await writeWav(input.wavPath, pcm, audio.sampleRate, CHANNELS);
  const samples = new Float32Array(pcm.length / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = pcm.readInt16LE(i * 2) / 32768;
  return { samples, sampleRate: audio.sampleRate, channels: CHANNELS };
}
