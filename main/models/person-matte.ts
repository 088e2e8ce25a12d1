// The person matte network's own pre- and post-processing (ISNet): the frame stretched to the
// network's square input with values v/255 - 0.5, one sigmoid plane out, stretched back to the frame.
import ort from 'onnxruntime-node';
import { planeToBytes, rgbToPlanar } from './image-resample';
import type { RgbFrame } from './worker-protocol';

// ISNet was trained on images normalised with mean 0.5 and std 1.0.
const INPUT_OFFSET = -0.5;

export async function runPersonMatte(session: ort.InferenceSession, frame: RgbFrame, size: number): Promise<Uint8Array> {
  const input = rgbToPlanar(frame.rgb, frame.width, frame.height, size, INPUT_OFFSET);
  const inputName = session.inputNames[0] ?? 'input';
  const outputName = session.outputNames[0] ?? 'output';
  // Fetching only the final output: the side outputs are deep-supervision maps nobody reads.
  const results = await session.run({ [inputName]: new ort.Tensor('float32', input, [1, 3, size, size]) }, [outputName]);
  const output = results[outputName];
  if (!output || output.data.length !== size * size) throw new Error('The person matte network returned an unexpected output.');
  const alpha = planeToBytes(output.data as Float32Array, size, frame.width, frame.height);
  output.dispose();
  return alpha;
}
