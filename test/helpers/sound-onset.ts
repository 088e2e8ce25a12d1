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
