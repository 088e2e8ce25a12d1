// A gym at night is lit by its lamps alone: darker than by day and warmer, yet watchable (the QA
// probe measured a night remix of a gym as bright as the day, 135.6 against 135.4).
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { sampleBasketballTake } from '../../main/engine/frames/sample-scene';

function meanAt2s(timeOfDay: 'day' | 'night'): { mean: number; warmth: number } {
  const { plan, trace } = sampleBasketballTake({ width: 320, height: 180, camera: { shot: 'wide', angle: 'side' }, setting: { kind: 'gym', timeOfDay } });
  const px = createFrameRenderer(plan, trace, { grain: false }).renderFrame(2 * plan.format.fps);
  let r = 0, g = 0, b = 0;
  for (let i = 0; i < px.length; i += 4) { r += px[i]!; g += px[i + 1]!; b += px[i + 2]!; }
  return { mean: (r + g + b) / 3 / (px.length / 4), warmth: r / b };
}

describe('a gym at night', () => {
  it('is darker than by day and warmer, not unwatchably dark', () => {
    const day = meanAt2s('day'), night = meanAt2s('night');
    expect(night.mean).toBeLessThan(0.85 * day.mean);
    expect(night.mean).toBeGreaterThan(0.55 * day.mean);
    expect(night.warmth).toBeGreaterThan(1.2 * day.warmth);
  }, 60_000);
});
