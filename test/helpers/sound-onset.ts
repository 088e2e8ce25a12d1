// The onset of a sound in interleaved stereo samples: how much louder the 15 ms from t are than the
// 15 ms before it.
import { SAMPLE_RATE } from '../../main/contract/format';

const WINDOW_SEC = 0.015;

export function onsetAt(samples: Float32Array, t: number): number {
  const energy = (from: number): number => {
    const a = Math.max(0, Math.round(from * SAMPLE_RATE));
    let e = 0;
    for (let i = a; i < a + Math.round(WINDOW_SEC * SAMPLE_RATE); i++) e += (samples[2 * i] ?? 0) ** 2 + (samples[2 * i + 1] ?? 0) ** 2;
    return e;
  };
  return energy(t) / (energy(t - WINDOW_SEC) + 1e-9);
}

// The first sharp onset in a film's sound: the first 1 ms step where the 15 ms ahead are 8 times
// louder than the 15 ms before and hold a sample of a tenth of the film's peak (a ping in music laid
// on a timeline, found the same way in every film so shifts between films hold to the millisecond).
// -1 when there is none.
export function firstOnsetSec(samples: Float32Array, fromSec = 0.02): number {
  const peak = samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const window = Math.round(WINDOW_SEC * SAMPLE_RATE);
  for (let t = fromSec; t < samples.length / 2 / SAMPLE_RATE; t += 0.001) {
    const from = Math.round(t * SAMPLE_RATE) * 2;
    if (onsetAt(samples, t) > 8 && samples.subarray(from, from + window * 2).some((v) => Math.abs(v) >= 0.1 * peak)) return t;
  }
  return -1;
}
