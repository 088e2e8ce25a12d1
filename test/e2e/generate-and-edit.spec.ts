// The first vertical slice, as a user does it, in Debian's Chromium against the real browser host:
// create a project, generate a clip, see it on the timeline with filmstrip and waveform, play it,
// regenerate it, switch takes, undo/redo, cancel a job, survive a restart.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { findFfprobe } from '../../main/media/ffmpeg-path';
import { probeMedia } from '../../main/media/probe-media';
import { startHostProcess, type HostProcess } from '../helpers/host-process';
import { makeTempDir } from '../helpers/temp-dir';

const MISS_PROMPT = 'a basketball player shoots at the hoop, the ball misses and bounces off the rim';
const GENERATION_TIMEOUT = 180_000;

function clipFiles(projectsDir: string): string[] {
  const out: string[] = [];
  for (const project of readdirSync(projectsDir)) {
    const media = path.join(projectsDir, project, 'media');
    for (const take of readdirSync(media)) out.push(path.join(media, take, 'clip.mp4'));
  }
  return out;
}

async function waitForJobToFinish(page: Page): Promise<void> {
  await expect(page.getByTestId('job-progress')).toBeHidden({ timeout: GENERATION_TIMEOUT });
}

test('create, generate, play, regenerate, switch takes, undo/redo, cancel, reopen', async ({ page }) => {
  const temp = makeTempDir('kinora-e2e-');
  const dirs = { home: path.join(temp.dir, 'home'), projects: path.join(temp.dir, 'projects') };
  let host: HostProcess = await startHostProcess(dirs);
  try {
    await page.goto(host.url);

    // 1. Create a project.
    await page.getByTestId('project-name-input').fill('Hoops');
    await page.getByTestId('create-project-button').click();
    await expect(page.getByTestId('prompt-input')).toBeVisible();

    // Bad input first: an empty prompt is refused with a message, nothing is queued.
    await page.getByTestId('generate-button').click();
    await expect(page.getByTestId('error-banner')).toContainText(/prompt/i);
    await expect(page.getByTestId('timeline-clip')).toHaveCount(0);
    // A 5,000-character paste is kept whole (never cut silently) and refused with what to do.
    await page.getByTestId('prompt-input').fill('a ball bounces '.repeat(334).slice(0, 5000));
    await expect(page.getByTestId('prompt-too-long')).toContainText('remove 4000 characters');
    await page.getByTestId('generate-button').click();
    await expect(page.getByTestId('error-banner')).toContainText(/too long/i);
    await expect(page.getByTestId('timeline-clip')).toHaveCount(0);

    // 2. Generate: a progress bar appears and the clip lands on the timeline.
    await page.getByTestId('prompt-input').fill(MISS_PROMPT);
    await page.getByTestId('generate-button').click();
    const progress = page.getByTestId('job-progress');
    await expect(progress).toBeVisible();
    await waitForJobToFinish(page);
    const clip = page.getByTestId('timeline-clip');
    await expect(clip).toHaveCount(1);
    // The new clip is selected, so the inspector is ready to regenerate it.
    await expect(clip).toHaveAttribute('aria-selected', 'true');
    const firstTake = await clip.getAttribute('data-take-id');
    expect(firstTake).toBeTruthy();

    // The encoded file is a real H.264/AAC MP4 of the default 5 s at 854x480.
    const [mp4] = clipFiles(dirs.projects);
    const probe = await probeMedia(findFfprobe()!, mp4!);
    expect(probe.streams.find((s) => s.type === 'video')).toMatchObject({ codec: 'h264', width: 854, height: 480 });
    expect(probe.streams.find((s) => s.type === 'audio')).toMatchObject({ codec: 'aac' });
    expect(probe.durationSec).toBeGreaterThan(4.9);
    expect(probe.durationSec).toBeLessThan(5.2);

    // 3. The timeline shows the filmstrip and a wavesurfer waveform drawn from the stored peaks.
    await expect(page.getByTestId('audio-clip')).toHaveCount(1);
    const waveform = page.getByTestId('waveform').first();
    await expect(waveform).toBeVisible();
    await expect
      .poll(async () => waveform.evaluate((el) => {
        // wavesurfer draws into canvases inside its shadow root.
        const host = el.querySelector('div');
        const root = host?.shadowRoot ?? el;
        return root.querySelectorAll('canvas').length;
      }))
      .toBeGreaterThan(0);
    const filmstrip = await clip.evaluate((el) => {
      const styled = [el, ...Array.from(el.querySelectorAll('*'))].map((e) => getComputedStyle(e).backgroundImage);
      return styled.find((b) => b.includes('filmstrip')) ?? '';
    });
    expect(filmstrip).toContain('filmstrip.jpg');

    // The preview plays in sync with the playhead.
    const video = page.getByTestId('preview-video');
    await expect(video).toHaveAttribute('src', /clip\.mp4/);
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2);
    const playheadBefore = await page.getByTestId('playhead').boundingBox();
    await page.getByTestId('play-button').click();
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.5);
    await page.getByTestId('play-button').click();
    const playheadAfter = await page.getByTestId('playhead').boundingBox();
    expect(playheadAfter!.x).toBeGreaterThan(playheadBefore!.x);
    await expect(page.getByTestId('timecode')).not.toHaveText('00:00.00');

    // 4. Regenerate with a new seed: a new take replaces the old one on the timeline.
    await clip.click();
    await page.getByTestId('regenerate-button').click();
    await expect(progress).toBeVisible();
    await waitForJobToFinish(page);
    await expect(page.getByTestId('take-item')).toHaveCount(2);
    const secondTake = await page.getByTestId('timeline-clip').getAttribute('data-take-id');
    expect(secondTake).not.toBe(firstTake);

    // The old take is kept and can be switched back to; undo/redo move between them.
    await page.locator(`[data-testid="take-item"][data-take-id="${firstTake}"]`).click();
    await expect(page.getByTestId('timeline-clip')).toHaveAttribute('data-take-id', firstTake!);
    await page.getByTestId('undo-button').click();
    await expect(page.getByTestId('timeline-clip')).toHaveAttribute('data-take-id', secondTake!);
    await page.getByTestId('redo-button').click();
    await expect(page.getByTestId('timeline-clip')).toHaveAttribute('data-take-id', firstTake!);

    // A cancelled job leaves the timeline as it was.
    await page.getByTestId('prompt-input').fill('a tennis ball drops onto a wooden table');
    await page.getByTestId('generate-button').click();
    await page.getByTestId('cancel-job-button').click();
    await expect(progress).toBeHidden({ timeout: 30_000 });
    await expect(page.getByTestId('timeline-clip')).toHaveCount(1);
    await expect(page.getByTestId('prompt-input')).toHaveValue('a tennis ball drops onto a wooden table');

    // 5. Close and reopen the app: everything is still there.
    await host.stop();
    host = await startHostProcess(dirs);
    await page.goto(host.url);
    // A new host is a new origin, so the editor starts on its start screen with the recent projects.
    await page.getByTestId('recent-project').filter({ hasText: 'Hoops' }).click();
    await expect(page.getByTestId('timeline-clip')).toHaveCount(1);
    await expect(page.getByTestId('timeline-clip')).toHaveAttribute('data-take-id', firstTake!);
    await page.getByTestId('timeline-clip').click();
    await expect(page.getByTestId('take-item')).toHaveCount(2);

    // Deleting is one undoable edit too.
    await page.getByTestId('delete-clip-button').click();
    await expect(page.getByTestId('timeline-clip')).toHaveCount(0);
    await page.getByTestId('undo-button').click();
    await expect(page.getByTestId('timeline-clip')).toHaveAttribute('data-take-id', firstTake!);
  } finally {
    await host.stop();
    temp.cleanup();
  }
});

test('without ffmpeg the editor says so and a generation fails with that message, losing nothing', async ({ page }) => {
  const temp = makeTempDir('kinora-e2e-');
  const host = await startHostProcess({
    home: path.join(temp.dir, 'home'),
    projects: path.join(temp.dir, 'projects'),
    env: { FFMPEG_PATH: path.join(temp.dir, 'no-such-ffmpeg') },
  });
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('ffmpeg-warning')).toContainText('ffmpeg was not found');
    await page.getByTestId('project-name-input').fill('No ffmpeg');
    await page.getByTestId('create-project-button').click();
    await page.getByTestId('prompt-input').fill(MISS_PROMPT);
    await page.getByTestId('generate-button').click();
    await expect(page.getByTestId('error-banner')).toContainText('ffmpeg was not found');
    await expect(page.getByTestId('prompt-input')).toHaveValue(MISS_PROMPT);
    await expect(page.getByTestId('timeline-clip')).toHaveCount(0);
  } finally {
    await host.stop();
    temp.cleanup();
  }
});
