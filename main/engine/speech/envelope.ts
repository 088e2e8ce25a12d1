// A spoken line's loudness over time, which opens the speaker's jaw: RMS in 20 ms windows, on a
// scale where the line's loud syllables reach 1, eased so the jaw opens quickly and closes a little
// slower, as a real one does.
export const SPEECH_ENVELOPE_HZ = 50;

export function speechEnvelope(samples: Float32Array, sampleRate: number): number[] {
  const hop = Math.round(sampleRate / SPEECH_ENVELOPE_HZ);
  const count = Math.ceil(samples.length / hop);
  const rms = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    let e = 0;
    const from = k * hop;
    const to = Math.min(samples.length, from + hop);
    for (let i = from; i < to; i++) e += (samples[i] as number) ** 2;
    rms[k] = Math.sqrt(e / Math.max(1, to - from));
  }
  // The loud syllables (95th percentile) open the jaw fully; silence (under 3% of that) not at all.
  const sorted = [...rms].sort((a, b) => a - b);
  const loud = sorted[Math.floor(0.95 * (sorted.length - 1))] ?? 0;
  if (loud <= 0) return Array.from({ length: count }, () => 0);
  const out: number[] = [];
  let jaw = 0;
  for (let k = 0; k < count; k++) {
    const target = Math.min(1, Math.max(0, ((rms[k] as number) / loud - 0.03) / 0.97));
    jaw += (target - jaw) * (target > jaw ? 0.7 : 0.45);
    out.push(Math.round(jaw * 1000) / 1000);
  }
  return out;
}
