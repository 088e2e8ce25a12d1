// Makes assets/icon.png, the app icon, from Kinora's own renderer: a frame of the built-in basketball
// take, square, with rounded corners. Run with `node --import tsx scripts/make-icon.ts`.
import { writeFileSync } from 'node:fs';
import { createFrameRenderer } from '../main/engine/frames/frame-renderer';
import { sampleBasketballTake } from '../main/engine/frames/sample-scene';
import { encodePng } from './lib/png';

const SIZE = 512;
const CORNER = 96;

const { plan, trace } = sampleBasketballTake();
const square = { ...plan, format: { ...plan.format, width: SIZE, height: SIZE }, camera: { ...plan.camera, shot: 'wide' as const, subject: null } };
const renderer = createFrameRenderer(square, trace);
// A frame with the ball at the rim makes the most telling picture.
const pixels = renderer.renderFrame(Math.round(trace.frameCount * 0.55));

for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    const dx = Math.max(0, CORNER - x, x - (SIZE - 1 - CORNER));
    const dy = Math.max(0, CORNER - y, y - (SIZE - 1 - CORNER));
    const outside = Math.hypot(dx, dy) - CORNER;
    pixels[(y * SIZE + x) * 4 + 3] = Math.round(255 * Math.min(1, Math.max(0, 0.5 - outside)));
  }
}
writeFileSync('assets/icon.png', encodePng(pixels, SIZE, SIZE));
console.info('Wrote assets/icon.png');
