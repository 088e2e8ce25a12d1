// The speech step of a generation: every line of the plan's dialogue spoken by the synthesizer in
// its character's voice, brought to the project's sample rate at a steady speaking level, with the
// loudness envelope that moves the speaker's jaw, then placed in turn in the clip.
import { SAMPLE_RATE } from '../../contract/format';
import type { ScenePlan } from '../../contract/scene-plan';
import { throwIfAborted } from '../../contract/abort';
import { SPEECH_ENVELOPE_HZ, speechEnvelope } from './envelope';
import { resample } from './resample';
import { synthesizeLine } from './synthesizer';
import { placeTurns } from './turns';
import type { SpeechTiming } from './speech-timing';
import { VOICE_RECIPES } from './voices';

// A spoken line, ready to be heard: its timing and envelope, and its samples (mono, SAMPLE_RATE).
export interface SpokenLine extends SpeechTiming {
  samples: Float32Array;
}

// Speaking level: the voiced parts of every line at this RMS (about -21 dBFS), so one character is
// not louder than another because their synthetic voice is.
const TARGET_RMS = 0.09;
// Below this fraction of the loudest sample, the synthesizer's lead-in and tail are silence.
const SILENCE = 0.02;

// The line without the synthesizer's silent lead-in and tail (a few milliseconds kept either side),
// so "starts at t" means the voice starts at t.
function trimSilence(x: Float32Array, sampleRate: number): Float32Array {
  let peak = 0;
  for (const v of x) peak = Math.max(peak, Math.abs(v));
  const floor = peak * SILENCE;
  let a = 0;
  let b = x.length - 1;
  while (a < b && Math.abs(x[a] as number) <= floor) a++;
  while (b > a && Math.abs(x[b] as number) <= floor) b--;
  const pad = Math.round(0.005 * sampleRate);
  return x.subarray(Math.max(0, a - pad), Math.min(x.length, b + pad + 1));
}

function levelled(x: Float32Array): Float32Array {
  let e = 0;
  let n = 0;
  let peak = 0;
  for (const v of x) peak = Math.max(peak, Math.abs(v));
  for (const v of x) {
    if (Math.abs(v) < peak * 0.05) continue;
    e += v * v;
    n++;
  }
  const rms = Math.sqrt(e / Math.max(1, n));
  const gain = rms > 0 ? Math.min(TARGET_RMS / rms, 0.95 / Math.max(peak, 1e-9)) : 0;
  return x.map((v) => v * gain);
}

export interface SpeakOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

export async function speakLines(plan: ScenePlan, options: SpeakOptions = {}): Promise<SpokenLine[]> {
  const voiced: Float32Array[] = [];
  for (const [i, line] of plan.dialogue.entries()) {
    throwIfAborted(options.signal);
    const raw = await synthesizeLine(line.text, VOICE_RECIPES[line.voice ?? 'narrator'], options.signal);
    const trimmed = trimSilence(raw.samples, raw.sampleRate);
    voiced.push(levelled(await resample(trimmed, raw.sampleRate, SAMPLE_RATE)));
    options.onProgress?.((i + 1) / plan.dialogue.length);
  }
  const placed = placeTurns(plan.dialogue, voiced.map((v) => v.length / SAMPLE_RATE), plan.format.durationSec);
  return placed.map((p): SpokenLine => {
    const samples = (voiced[p.line] as Float32Array).subarray(0, Math.round(p.durationSec * SAMPLE_RATE));
    return { ...p, actor: plan.dialogue[p.line]?.actor ?? null, hz: SPEECH_ENVELOPE_HZ, energy: speechEnvelope(samples, SAMPLE_RATE), samples };
  });
}
