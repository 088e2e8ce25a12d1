// How many pixel rows of a wavesurfer waveform's canvas hold any drawing: a flat centre line is 2 or
// 3, a real waveform many more. `waveform` is the element wavesurfer was mounted in (its first
// child carries the shadow root with the canvas).
import type { Locator } from '@playwright/test';

export async function drawnWaveformRows(waveform: Locator): Promise<number> {
  return waveform.evaluate((el) => {
    const canvas = el.firstElementChild?.shadowRoot?.querySelector('canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return 0;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let rows = 0;
    for (let y = 0; y < canvas.height; y++) {
      for (let x = 0; x < canvas.width; x++) {
        if (pixels[(y * canvas.width + x) * 4 + 3]! > 0) {
          rows++;
          break;
        }
      }
    }
    return rows;
  });
}
