// Brings a synthesizer's output (16 kHz, or 8 kHz for some voices) to the rate every Kinora sound
// is at, with libsamplerate's band-limited sinc converter (no aliasing, no dulling) instead of a
// hand-rolled interpolator.
import type * as Samplerate from '@alexanderolsen/libsamplerate-js';

// Loaded on the first line spoken, not when the generation worker starts: most takes speak none,
// and its import (0.1 s of CPU) sat on the worker's serial path before the simulation.
let converter: Promise<typeof Samplerate> | null = null;

export async function resample(samples: Float32Array, fromRate: number, toRate: number): Promise<Float32Array> {
  if (fromRate === toRate) return samples;
  const { create, ConverterType } = await (converter ??= import('@alexanderolsen/libsamplerate-js').then((m) => (m as unknown as { default?: typeof Samplerate }).default ?? m));
  const src = await create(1, fromRate, toRate, { converterType: ConverterType.SRC_SINC_MEDIUM_QUALITY });
  try {
    return src.simple(samples);
  } finally {
    src.destroy();
  }
}
