// A 1080p take encodes at 1920x1080 (720p is covered end to end through the studio in
// studio-generation). A whole 1080p generation takes tens of seconds even at 12 fps, so this test
// draws two real frames of a 1080p take (the start and the middle of the drop) and sends them
// through the same encoder a generation uses, as a one-second clip with the take's own sound.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOLUTIONS } from '../../main/contract/format';
import { synthesizeAudio, toPcm16 } from '../../main/engine/audio/synthesize';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { encodeClip } from '../../main/media/encode-clip';
import { findFfprobe, requireFfmpeg } from '../../main/media/ffmpeg-path';
import { probeMedia } from '../../main/media/probe-media';
import { writeWav } from '../../main/media/wav-file';
import { makeTempDir } from '../helpers/temp-dir';

describe('1080p', () => {
  it('a 1080p take is drawn and encoded at 1920x1080', async () => {
    const plan = parsePrompt('a red rubber ball drops onto the floor, 1 second');
    plan.format = { ...plan.format, ...RESOLUTIONS['1080p'], fps: 12 };
    const trace = await simulate(plan, 7);
    const temp = makeTempDir();
    try {
      const audio = synthesizeAudio(plan, trace);
      const wavPath = path.join(temp.dir, 'take.wav');
      await writeWav(wavPath, toPcm16(audio.samples), audio.sampleRate, audio.channels);
      const renderer = createFrameRenderer(plan, trace);
      const middle = Math.floor(trace.frameCount / 2);
      const drawn = [renderer.renderFrame(0), renderer.renderFrame(middle)];
      expect(drawn[0]!.length).toBe(1920 * 1080 * 4);
      const outPath = path.join(temp.dir, 'take.mp4');
      await encodeClip({
        ffmpegPath: requireFfmpeg(),
        frames: { width: renderer.width, height: renderer.height, fps: plan.format.fps, frameCount: trace.frameCount, renderFrame: (f) => drawn[f < middle ? 0 : 1]!.slice() },
        wavPath,
        outPath,
      });
      const probe = await probeMedia(findFfprobe()!, outPath);
      expect(probe.streams.find((s) => s.type === 'video')).toMatchObject({ width: 1920, height: 1080 });
      expect(probe.durationSec).toBeGreaterThan(0.9);
    } finally {
      temp.cleanup();
    }
  }, 60_000);
});
