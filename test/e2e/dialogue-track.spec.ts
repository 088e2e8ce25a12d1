// Spoken lines on the dialogue track, as a user sees them: a generated clip with a quoted line shows
// its speech on D1, linked to the clip (a dashed part with its own waveform), and it goes with the
// clip while it is dragged and where it lands, and when the clip is deleted and comes back with undo;
// the part is labelled with the line said, and clicking it selects its clip (over a D1 gap too).
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findFfmpeg } from '../../main/media/ffmpeg-path';
import { dropFile } from '../helpers/drop-file';
import { startHostProcess } from '../helpers/host-process';
import { makeTempDir } from '../helpers/temp-dir';
import { drawnWaveformRows } from '../helpers/waveform-rows';
import { formatTimecode } from '../../renderer/src/lib/timecode';

const GENERATION_TIMEOUT = 180_000;

test('a spoken line lands on D1, linked to its clip', async ({ page }) => {
  test.setTimeout(4 * GENERATION_TIMEOUT);
  const temp = makeTempDir('kinora-e2e-');
  const host = await startHostProcess({ home: path.join(temp.dir, 'home'), projects: path.join(temp.dir, 'projects') });
  try {
    await page.goto(host.url);
    await page.getByTestId('project-name-input').fill('Talk');
    await page.getByTestId('create-project-button').click();
    await page.getByTestId('prompt-input').fill("a woman says 'hello there' to a knight, 3 seconds");
    await page.getByTestId('generate-button').click();
    await expect(page.getByTestId('timeline-clip')).toHaveCount(1, { timeout: GENERATION_TIMEOUT });

    const d1 = page.getByTestId('track-D1');
    await expect(d1.getByTestId('linked-speech')).toHaveCount(1);
    await expect(d1.getByTestId('linked-speech')).toContainText('Speech · V1 · clip 1');
    const wave = d1.getByTestId('speech-waveform');
    await expect(wave).toHaveAttribute('data-state', 'ready');
    await expect.poll(() => drawnWaveformRows(wave)).toBeGreaterThan(6);
    await page.screenshot({ path: path.join('test-results', 'dialogue-d1.png') });

    // Dragged along V1, the clip takes its spoken part along while it moves and where it lands.
    const clip = page.getByTestId('timeline-clip');
    const part = d1.getByTestId('linked-speech');
    const from = (await clip.boundingBox())!;
    expect((await part.boundingBox())!.x).toBeCloseTo(from.x, 0);
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) await page.mouse.move(from.x + from.width / 2 + step * 20, from.y + from.height / 2);
    await expect.poll(async () => (await clip.boundingBox())!.x).toBeGreaterThan(from.x + 100);
    expect((await part.boundingBox())!.x).toBeCloseTo((await clip.boundingBox())!.x, 0);
    await page.mouse.up();
    await expect.poll(async () => (await clip.boundingBox())!.x).toBeGreaterThan(from.x + 100);
    const landed = (await clip.boundingBox())!;
    expect((await part.boundingBox())!.x).toBeCloseTo(landed.x, 0);
    expect((await part.boundingBox())!.width).toBeCloseTo(landed.width, 0);

    // A range from 0 up to the clip's start touches it and holds nothing: the Export dialog says so
    // and offers no export (main would refuse it); one frame more holds a frame of it.
    const startFrames = Math.round(Number(await clip.getAttribute('data-start')) * 24);
    await page.keyboard.press('Home');
    await page.keyboard.press('i');
    for (let frame = 0; frame < startFrames; frame++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('o');
    await expect(page.getByTestId('range-band')).toBeVisible();
    await page.getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog.getByTestId('export-range')).toBeChecked();
    await expect(dialog.getByTestId('export-nothing')).toContainText('No clip lies inside the marked range');
    // In the editor's time format, as the range above it reads (QA: the note said 2.33 s beside 00:00:02:08).
    await expect(dialog.getByTestId('export-nothing')).toContainText(`(00:00:00:00 to ${formatTimecode(startFrames / 24, 24)})`);
    await expect(dialog.getByTestId('export-start-button')).toBeDisabled();
    await expect(dialog.getByTestId('export-otio-button')).toBeDisabled();
    await dialog.getByTestId('export-close-button').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('o');
    await page.getByTestId('export-button').click();
    await expect(dialog.getByTestId('export-nothing')).toHaveCount(0);
    await expect(dialog.getByTestId('export-start-button')).toBeEnabled();
    await dialog.getByTestId('export-close-button').click();
    // Undo the three range points (I, O, O), then the move.
    for (let step = 0; step < 4; step++) await page.keyboard.press('Control+z');
    await expect.poll(async () => (await part.boundingBox())!.x).toBeCloseTo(from.x, 0);

    // The part says what is said, and a click on it selects its clip, as linked audio does in other
    // editors (it had let the click through to the lane); then Delete takes both, and undo brings both back.
    await expect(part.getByTestId('linked-speech-label')).toHaveText(/^Speech · V1 · clip 1 · “hello there[.!]?”$/i);
    await expect(part).toHaveAttribute('title', /^woman: “hello there[.!]?”\n/i);
    // A voice dropped on D1 after the part leaves a D1 gap under it: the part still takes the click.
    const voice = path.join(temp.dir, 'voice.wav');
    execFileSync(findFfmpeg()!, ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=300:duration=1', voice]);
    const pps = Number(await page.locator('.timeline-content').evaluate((el) => getComputedStyle(el).getPropertyValue('--pps')));
    const lane = (await d1.boundingBox())!;
    await dropFile(page, '[data-testid="track-D1"]', { bytes: readFileSync(voice), name: 'voice.wav', type: 'audio/wav' }, lane.x + 4.5 * pps);
    await expect(d1.getByTestId('media-clip')).toHaveCount(1, { timeout: 30_000 });
    await expect(d1.getByTestId('gap')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(clip).toHaveAttribute('data-selected', 'false');
    await part.click();
    await expect(clip).toHaveAttribute('data-selected', 'true');
    await expect(part).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('Delete');
    await expect(d1.getByTestId('linked-speech')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(d1.getByTestId('linked-speech')).toHaveCount(1);
  } finally {
    await host.stop();
    temp.cleanup();
  }
});
