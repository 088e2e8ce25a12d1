// Brings a synthesizer's output (16 kHz, or 8 kHz for some voices) to the rate every Kinora sound
// is at, with libsamplerate's band-limited sinc converter (no aliasing, no dulling) instead of a
// hand-rolled interpolator.
import libsamplerate from '@alexanderolsen/libsamplerate-js';

const { create, ConverterType } = libsamplerate;

export async function resample(samples: Float32Array, fromRate: number, toRate: number): Promise<Float32Array> {
  if (fromRate === toRate) return samples;
  const src = await create(1, fromRate, toRate, { converterType: ConverterType.SRC_SINC_MEDIUM_QUALITY });
  try {
    return src.simple(samples);
  } finally {
    src.destroy();
  }
}
