// Reads the 16-bit PCM WAV a speech synthesizer writes (if its size fields are wrong, the data
// chunk runs to the end of the file).
export interface PcmSound {
  sampleRate: number;
  // Mono samples in [-1, 1] (several channels are mixed down).
  samples: Float32Array;
}

export function readWav(buffer: Buffer): PcmSound {
  if (buffer.length < 12 || buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('The speech synthesizer did not produce a WAV file.');
  }
  let offset = 12;
  let sampleRate = 0;
  let channels = 0;
  while (offset + 8 <= buffer.length) {
    const id = buffer.toString('ascii', offset, offset + 4);
    const size = buffer.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      const format = buffer.readUInt16LE(body);
      channels = buffer.readUInt16LE(body + 2);
      sampleRate = buffer.readUInt32LE(body + 4);
      const bits = buffer.readUInt16LE(body + 14);
      if (format !== 1 || bits !== 16 || channels < 1) throw new Error(`Unsupported speech audio (format ${format}, ${bits} bits).`);
    } else if (id === 'data') {
      if (!sampleRate) throw new Error('The speech audio has no format chunk.');
      const end = Math.min(buffer.length, size > 0 && size < 0xfffffff0 ? body + size : buffer.length);
      const frames = Math.floor((end - body) / (2 * channels));
      const samples = new Float32Array(frames);
      for (let i = 0; i < frames; i++) {
        let sum = 0;
        for (let c = 0; c < channels; c++) sum += buffer.readInt16LE(body + 2 * (i * channels + c));
        samples[i] = sum / channels / 32768;
      }
      return { sampleRate, samples };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('The speech audio has no data.');
}
