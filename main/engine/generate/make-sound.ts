// A take's sound: synthesized from its trace and written as its lossless master (audio.wav), the
// world's sound that the clip carries on A1. Spoken lines are rendered apart, from the same speech
// events at the same samples, into the take's dialogue stem (speech.wav), which the timeline plays
// on D1. A regenerated range keeps its parent's master (and stem) sample for sample before the join
// and takes the new synthesis from there. Both come from the same events with the same noise seeds,
// the same ambience and the same reverb state up to the join, so the new sound carries on where the
// old one was: the tails of sounds that started before the join ring on into it, and nothing clicks.
import { SAMPLE_RATE } from '../../contract/format';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';
import { readWavPcm16, writeWav } from '../../media/wav-file';
import type { ViewPins } from '../audio/spatial';
import { synthesizeAudio, toPcm16, type AudioOptions, type SoundPart } from '../audio/synthesize';
import type { LoadedParent } from './load-parent';

const CHANNELS = 2;

export interface SoundMaster {
  // Interleaved stereo, -1..1, as the master holds it (for the waveform peaks).
  samples: Float32Array;
  sampleRate: number;
  channels: number;
}

export interface TakeSound {
  world: SoundMaster;
  // The dialogue stem; null when the take has no lines, or continues a take whose voices are mixed
  // into its master (the kept part and the new part then stay alike: voices on A1).
  speech: SoundMaster | null;
}

// What a take's sound is made with beside its trace: the cameos' recorded sound and the spoken voices.
type Voices = Pick<AudioOptions, 'cameos' | 'speech'>;

async function parentPcm(file: string | null, synthesize: () => Float32Array): Promise<Buffer> {
  if (!file) return toPcm16(synthesize());
  const wav = await readWavPcm16(file);
  if (wav.sampleRate !== SAMPLE_RATE || wav.channels !== CHANNELS) throw new Error('The parent take’s sound master is not in Kinora’s format.');
  return wav.pcm16;
}

interface SoundInput {
  plan: ScenePlan;
  trace: WorldTrace;
  pins: ViewPins;
  // A range: samples before the join frame are the parent's.
  keep: { parent: LoadedParent; joinFrame: number } | null;
  cameos: NonNullable<AudioOptions['cameos']>;
  speech: NonNullable<AudioOptions['speech']>;
  wavPath: string;
  speechPath: string;
}

// One part of the sound, spliced after the parent's at a range's join, written to `file`.
async function makePart(input: SoundInput, part: SoundPart, file: string, parentFile: string | null): Promise<SoundMaster> {
  const voices: Voices = { cameos: input.cameos, speech: input.speech };
  const audio = synthesizeAudio(input.plan, input.trace, { pins: input.pins, part, ...voices });
  let pcm = toPcm16(audio.samples);
  if (input.keep) {
    const { parent, joinFrame } = input.keep;
    const joinSample = Math.round((joinFrame / input.plan.format.fps) * audio.sampleRate);
    const kept = await parentPcm(parentFile, () => synthesizeAudio(parent.plan, parent.trace, { part, ...voices }).samples);
    const before = kept.subarray(0, joinSample * CHANNELS * 2);
    pcm = Buffer.concat([before, pcm.subarray(before.length)]);
  }
  await writeWav(file, pcm, audio.sampleRate, CHANNELS);
  const samples = new Float32Array(pcm.length / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = pcm.readInt16LE(i * 2) / 32768;
  return { samples, sampleRate: audio.sampleRate, channels: CHANNELS };
}

export async function makeSound(input: SoundInput): Promise<TakeSound> {
  const spoken = input.trace.events.some((ev) => ev.kind === 'speech');
  // A parent with a master but no stem had its voices mixed in (made before the dialogue stem).
  const parentMixed = input.keep !== null && input.keep.parent.soundPath !== null && input.keep.parent.speechPath === null;
  const split = spoken && !parentMixed;
  const world = await makePart(input, split ? 'world' : 'all', input.wavPath, input.keep?.parent.soundPath ?? null);
  const speech = split ? await makePart(input, 'speech', input.speechPath, input.keep?.parent.speechPath ?? null) : null;
  return { world, speech };
}
