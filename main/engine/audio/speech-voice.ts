// A spoken line in the mix: the synthesized voice placed at its exact start, panned where the
// speaker stands in the picture, faded out over a few milliseconds if the clip cuts it short.
import type { StereoBus } from './bus';
import type { Placement } from './spatial';

const FADE_SEC = 0.01;

export function addSpeech(bus: StereoBus, t: number, samples: Float32Array, at: Placement): void {
  const n0 = Math.max(0, Math.round(t * bus.sampleRate));
  const len = Math.min(samples.length, bus.length - n0);
  const fade = Math.max(1, Math.round(FADE_SEC * bus.sampleRate));
  for (let k = 0; k < len; k++) {
    const edge = Math.min(1, (len - k) / fade, (k + 1) / fade);
    const v = (samples[k] as number) * edge;
    bus.left[n0 + k]! += v * at.gl;
    bus.right[n0 + k]! += v * at.gr;
  }
}
