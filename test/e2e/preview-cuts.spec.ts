// The preview across a cut, in Debian's Chromium against the real browser host: while one clip shows,
// the next clip's file already waits opened in the standby element; playing over the cut swaps the two
// elements and the picture goes on from the next clip's first frame without reopening a file; seeking
// back into the first clip swaps again.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { requireFfmpeg } from '../../main/media/ffmpeg-path';
import { makeSyntheticProject } from '../../scripts/lib/synthetic-project';
import { startHostProcess } from '../helpers/host-process';
import { makeTempDir } from '../helpers/temp-dir';

interface VideoState { clipId: string; src: string; readyState: number; time: number; paused: boolean }

function videoState(page: Page, testId: string): Promise<VideoState> {
  return page.getByTestId(testId).evaluate((v: HTMLVideoElement) => ({
    clipId: v.dataset.clipId ?? '', src: v.currentSrc, readyState: v.readyState, time: v.currentTime, paused: v.paused,
  }));
}

test('the next clip waits opened, and playing over the cut swaps to it', async ({ page }) => {
  const temp = makeTempDir('kinora-e2e-cuts-');
  const dirs = { home: path.join(temp.dir, 'home'), projects: path.join(temp.dir, 'projects') };
  const projectDir = path.join(dirs.projects, 'cuts');
  // Three 2 s takes end to end, each its own file.
  (await makeSyntheticProject(projectDir, requireFfmpeg(), 3, 0)).close();
  const host = await startHostProcess(dirs);
  try {
    await page.goto(host.url);
    await page.evaluate((p) => localStorage.setItem('kinora.lastProjectPath', p), projectDir);
    await page.reload();
    const clips = page.getByTestId('timeline-clip');
    await expect(clips).toHaveCount(3);
    const [first, second, third] = [await clips.nth(0).getAttribute('data-clip-id'), await clips.nth(1).getAttribute('data-clip-id'), await clips.nth(2).getAttribute('data-clip-id')];

    // Paused on the first clip: it shows, and the second clip's file is open in the standby.
    await expect.poll(async () => (await videoState(page, 'preview-video')).readyState).toBeGreaterThanOrEqual(2);
    const shown = await videoState(page, 'preview-video');
    expect(shown.clipId).toBe(first);
    await expect.poll(async () => (await videoState(page, 'preview-standby')).readyState).toBeGreaterThanOrEqual(1);
    const waiting = await videoState(page, 'preview-standby');
    expect(waiting.src).not.toBe(shown.src);
    expect(waiting.time).toBe(0);

    // Play across the cut at 2 s: the standby element becomes the shown one and plays on. (On a busy
    // machine a poll can take longer than the 2 s second clip, and find the third already shown.)
    await page.getByTestId('play-button').click();
    await expect.poll(async () => (await videoState(page, 'preview-video')).clipId, { timeout: 20_000 }).not.toBe(first);
    const after = await videoState(page, 'preview-video');
    expect([second, third]).toContain(after.clipId);
    if (after.clipId === second) expect(after.src).toBe(waiting.src);
    // It plays on in the new element (on a busy machine it may already have reached the third clip).
    await expect.poll(async () => {
      const now = await videoState(page, 'preview-video');
      return now.clipId !== second || now.time > 0.3;
    }, { timeout: 5_000 }).toBe(true);
    await page.getByTestId('play-button').click();
    // The element standing by is paused and never holds the shown file.
    const shownNow = await videoState(page, 'preview-video');
    const standby = await videoState(page, 'preview-standby');
    expect(standby.paused).toBe(true);
    expect(standby.src).not.toBe(shownNow.src);

    // Seeking back into the first clip shows its frame.
    const ruler = (await page.getByTestId('time-ruler').boundingBox())!;
    await page.mouse.click(ruler.x + 4, ruler.y + ruler.height / 2);
    await expect.poll(async () => (await videoState(page, 'preview-video')).clipId).toBe(first);
    await expect.poll(async () => (await videoState(page, 'preview-video')).readyState).toBeGreaterThanOrEqual(2);
  } finally {
    await host.stop();
    temp.cleanup();
  }
});
