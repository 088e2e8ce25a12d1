// Depth of field on close-ups: the background melts while the subject stays sharp, and the native
// pass (native/render/src/depth-of-field.cc) blurs exactly as the JavaScript one, float for float.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { nativeRender } from '../../main/engine/frames/native-render';
import { DepthOfField } from '../../main/engine/frames/post/depth-of-field';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 192;
const H = 108;

describe('depth of field', () => {
  it('blurs the background of a close-up, not the subject, with the same floats natively', async () => {
    const native = nativeRender();
    expect(native, 'the native render passes are built (npm run build:native)').not.toBeNull();
    const base = parsePrompt('close-up of a soccer ball rolling on the grass');
    const plan = { ...base, format: { ...base.format, width: W, height: H, durationSec: 1 } };
    const r = createFrameRenderer(plan, await simulate(plan, 3), { grain: false, antialias: false });
    r.renderFrame(6);
    const { target } = r.lastFrame();
    const ball = objectPixels(r, 'ball:ball-1').mask;
    expect(ball.reduce((n, v) => n + v, 0)).toBeGreaterThan(200);
    // Focused at the ball: its view depth is 1 / the G-buffer's 1/w.
    let focus = 0, n = 0;
    for (let i = 0; i < W * H; i++) if (ball[i]) { focus += 1 / target.depth[i]!; n++; }
    focus /= n;
    const blur = (pass: typeof native): Float32Array => {
      const copy = { ...target, hdr: target.hdr.slice() };
      new DepthOfField(W, H).apply(copy, focus, 8, pass);
      return copy.hdr;
    };
    const js = blur(null), cc = blur(native);
    expect(Buffer.from(cc.buffer).equals(Buffer.from(js.buffer))).toBe(true);
    // The background changed; the ball's inside (all but its rim, which is farther than the focus
    // and meets the blurred background) did not, but for a hundredth at most.
    let background = 0, subject = 0, insideCount = 0;
    for (let i = 0; i < W * H; i++) {
      const changed = Math.abs(js[i * 3]! - target.hdr[i * 3]!) > 1e-4;
      if (!ball[i] && changed) background++;
      const x = i % W, y = (i / W) | 0;
      const inside = ball[i] && ball[i - 3] && ball[i + 3] && ball[(y - 3) * W + x] && ball[(y + 3) * W + x];
      if (inside) insideCount++;
      if (inside && changed) subject++;
    }
    expect(background).toBeGreaterThan(W * H * 0.3);
    expect(insideCount).toBeGreaterThan(1000);
    expect(subject).toBeLessThan(insideCount * 0.01);
  });
});
