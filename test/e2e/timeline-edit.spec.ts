// Editing to a finished cut, as a user does it in Debian's Chromium against the real browser host:
// trim a clip with its handle (the take stays whole on disk), split it at the playhead, undo/redo,
// drop a music file on the music track (and a broken one, refused), set, rename and move a marker,
// rubber-band select, add and delete a track, switch the timecode format, mute a track, save the cut as OpenTimelineIO; everything survives a reload.
import { expect, test } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { findFfmpeg, findFfprobe } from '../../main/media/ffmpeg-path';
import { probeMedia } from '../../main/media/probe-media';
import { dropFile } from '../helpers/drop-file';
import { startHostProcess } from '../helpers/host-process';
import { drawnWaveformRows } from '../helpers/waveform-rows';
import { makeTempDir } from '../helpers/temp-dir';

const PROMPT = 'a red rubber ball drops onto a wooden table, 2 seconds';
const GENERATION_TIMEOUT = 180_000;

test('trim, split, undo, drop music, marker, timecode, mute, .otio, reload', async ({ page }) => {
  const temp = makeTempDir('kinora-e2e-edit-');
  const dirs = { home: path.join(temp.dir, 'home'), projects: path.join(temp.dir, 'projects') };
  const host = await startHostProcess(dirs);
  try {
    await page.goto(host.url);
    await page.getByTestId('project-name-input').fill('Cut');
    await page.getByTestId('create-project-button').click();
    await page.getByTestId('prompt-input').fill(PROMPT);
    await page.getByTestId('generate-button').click();
    // Seen running first: hidden before the job is even listed would not mean it is done.
    await expect(page.getByTestId('job-progress')).toBeVisible();
    await expect(page.getByTestId('job-progress')).toBeHidden({ timeout: GENERATION_TIMEOUT });
    const clip = page.getByTestId('timeline-clip');
    await expect(clip).toHaveCount(1);
    await expect(clip).toHaveAttribute('data-duration', '2.000');

    // Timecode says what it is, and switches to seconds.
    await expect(page.getByTestId('timecode-format')).toHaveText('hh:mm:ss:ff @ 24 fps');
    await expect(page.getByTestId('timecode')).toHaveText(/^\d\d:\d\d:\d\d:\d\d$/);
    await page.getByTestId('timecode-toggle').click();
    await expect(page.getByTestId('timecode')).toHaveText(/^\d+\.\d\d s$/);

    // 1. Trim the end by dragging its handle left (snapping off, so the pointer decides).
    await page.keyboard.press('n');
    await expect(page.getByTestId('snap-toggle')).toHaveAttribute('aria-pressed', 'false');
    const pps = async () => Number(await page.locator('.timeline-content').evaluate((el) => getComputedStyle(el).getPropertyValue('--pps')));
    const handle = clip.getByTestId('trim-end');
    const hb = (await handle.boundingBox())!;
    await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await page.mouse.down();
    await page.mouse.move(hb.x + hb.width / 2 - 0.5 * (await pps()), hb.y + hb.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Number(await clip.getAttribute('data-duration'))).toBeCloseTo(1.5, 1);
    // The take on disk stays whole.
    const takeDir = path.join(dirs.projects, readdirSync(dirs.projects)[0]!, 'media');
    const take = readdirSync(takeDir).find((d) => !d.startsWith('.'))!;
    expect((await probeMedia(findFfprobe()!, path.join(takeDir, take, 'clip.mp4'))).durationSec).toBeGreaterThan(1.9);

    // 2. Split at the playhead (click the ruler at 0.5 s, press S).
    const ruler = (await page.getByTestId('time-ruler').boundingBox())!;
    await page.mouse.click(ruler.x + 0.5 * (await pps()) + 1, ruler.y + ruler.height / 2);
    await page.keyboard.press('s');
    await expect(page.getByTestId('timeline-clip')).toHaveCount(2);
    const sourceIns = await page.getByTestId('timeline-clip').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-source-in'))).sort());
    expect(sourceIns[0]).toBe(0);
    expect(sourceIns[1]).toBeCloseTo(0.5, 1);
    await page.getByTestId('undo-button').click();
    await expect(page.getByTestId('timeline-clip')).toHaveCount(1);
    await page.getByTestId('redo-button').click();
    await expect(page.getByTestId('timeline-clip')).toHaveCount(2);

    // Delete the first half: a gap is left; select it and Delete closes it. Undo brings both back.
    await page.locator('[data-testid="timeline-clip"][data-start="0.000"]').click();
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('timeline-clip')).toHaveCount(1);
    await page.getByTestId('track-V1').getByTestId('gap').click();
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('timeline-clip')).toHaveAttribute('data-start', '0.000');
    await page.getByTestId('undo-button').click();
    await page.getByTestId('undo-button').click();
    await expect(page.getByTestId('timeline-clip')).toHaveCount(2);
    await page.mouse.click(ruler.x + 0.5 * (await pps()) + 1, ruler.y + ruler.height / 2);

    // 3. Drop a music file on M1 (a real WAV made with ffmpeg), and a broken one.
    const wav = path.join(temp.dir, 'tune.wav');
    execFileSync(findFfmpeg()!, ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1.5', '-af', 'volume=6', '-ac', '1', '-ar', '22050', wav]);
    const track = (await page.getByTestId('track-M1').boundingBox())!;
    await dropFile(page, '[data-testid="track-M1"]', { bytes: readFileSync(wav), name: 'tune.wav', type: 'audio/wav' }, track.x + 4);
    const music = page.getByTestId('media-clip');
    await expect(music).toHaveCount(1, { timeout: 30_000 });
    await expect(music).toHaveAttribute('data-duration', '1.500');
    await expect(page.getByTestId('track-M1').getByTestId('waveform')).toHaveAttribute('data-state', 'ready');
    // The waveform really shows the tone's level (a steady band), and the take's sound its bounces:
    // more than a flat centre line is drawn.
    await expect.poll(() => drawnWaveformRows(page.getByTestId('track-M1').getByTestId('waveform'))).toBeGreaterThan(10);
    await expect.poll(() => drawnWaveformRows(page.getByTestId('track-A1').getByTestId('waveform'))).toBeGreaterThan(6);
    // Its volume line, dragged down, turns it down (one undoable edit).
    const line = (await music.getByTestId('volume-line').boundingBox())!;
    await page.mouse.move(line.x + line.width / 2, line.y + line.height / 2);
    await page.mouse.down();
    await page.mouse.move(line.x + line.width / 2, line.y + line.height / 2 + 12, { steps: 4 });
    await page.mouse.up();
    await expect(page.getByTestId('undo-button')).toHaveAttribute('title', /^Undo Clip volume/);
    await dropFile(page, '[data-testid="track-M1"]', { bytes: Buffer.from('not a sound at all'), name: 'broken.mp3', type: 'audio/mpeg' }, track.x + 300);
    await expect(page.getByTestId('error-banner')).toContainText('broken.mp3 has no sound Kinora can read');
    await expect(music).toHaveCount(1);
    // A sound dropped on a lane is the lane's: it does not also start a cameo import.
    await expect(page.getByTestId('cameos-panel')).toHaveCount(0);

    // 4. A marker at the playhead, and a muted track.
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('m');
    await expect(page.getByTestId('marker')).toHaveCount(1);
    await expect(page.getByTestId('marker')).toHaveAttribute('data-time', '0.500');
    // Renamed in place (double-click, type, Enter) and dragged a quarter second later.
    await page.getByTestId('marker').dblclick();
    await page.getByTestId('marker-label-input').fill('Bounce');
    await page.getByTestId('marker-label-input').press('Enter');
    await expect(page.getByTestId('marker-label')).toHaveText('Bounce');
    const flag = (await page.getByTestId('marker').boundingBox())!;
    await page.mouse.move(flag.x + flag.width / 2, flag.y + flag.height / 2);
    await page.mouse.down();
    await page.mouse.move(flag.x + flag.width / 2 + 0.25 * (await pps()), flag.y + flag.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(page.getByTestId('marker')).toHaveAttribute('data-time', '0.750');
    await expect(page.getByTestId('undo-button')).toHaveAttribute('title', /^Undo Move marker/);

    // A rubber band dragged over empty V1 space back across both halves selects them.
    const v1Lane = (await page.getByTestId('track-V1').boundingBox())!;
    await page.mouse.move(v1Lane.x + 3 * (await pps()), v1Lane.y + v1Lane.height / 2);
    await page.mouse.down();
    await page.mouse.move(v1Lane.x + 0.2 * (await pps()), v1Lane.y + v1Lane.height / 2 + 4, { steps: 5 });
    await expect(page.getByTestId('marquee')).toBeVisible();
    await page.mouse.up();
    await expect(page.getByTestId('marquee')).toBeHidden();
    await expect(page.locator('[data-testid="timeline-clip"][data-selected="true"]')).toHaveCount(2);

    // An added video track deletes from its header's menu (with undo); V1 cannot be deleted.
    await page.getByTestId('add-video-track').click();
    await expect(page.getByTestId('track-header-V2')).toBeVisible();
    await page.getByTestId('track-header-V1').click({ button: 'right' });
    await expect(page.getByRole('menuitem', { name: 'Delete track (V2 and up only)' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await page.getByTestId('track-header-A2').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Delete track V2 and its clips' }).click();
    await expect(page.getByTestId('track-header-V2')).toHaveCount(0);
    await expect(page.getByTestId('track-header-A2')).toHaveCount(0);
    await page.getByTestId('undo-button').click();
    await expect(page.getByTestId('track-header-V2')).toBeVisible();
    await page.getByTestId('redo-button').click();
    await expect(page.getByTestId('track-header-V2')).toHaveCount(0);
    await expect(page.getByTestId('timeline-clip')).toHaveCount(2);

    await page.getByTestId('track-header-A1').getByTestId('mute-button').click();
    await expect(page.getByTestId('track-header-A1').getByTestId('mute-button')).toHaveAttribute('aria-pressed', 'true');
    // A video track's switch hides its picture, and says so on the button and in the history.
    const v1Switch = page.getByTestId('track-header-V1').getByTestId('mute-button');
    await expect(v1Switch).toHaveAttribute('aria-label', 'Hide V1');
    await v1Switch.click();
    await expect(v1Switch).toHaveAttribute('aria-label', 'Show V1');
    await expect(page.getByTestId('undo-button')).toHaveAttribute('title', /Undo Hide track/);
    await v1Switch.click();
    await expect(v1Switch).toHaveAttribute('aria-pressed', 'false');

    // 5. The cut as OpenTimelineIO: clips reference their media and carry how they were made.
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-otio-button').click();
    await expect(page.getByTestId('otio-done')).toBeVisible();
    const otioPath = (await page.getByTestId('otio-done').textContent())!.replace('Saved the cut as ', '');
    const otio = JSON.parse(readFileSync(otioPath, 'utf8'));
    expect(otio.OTIO_SCHEMA).toBe('Timeline.1');
    const v1 = otio.tracks.children.find((t: { name: string }) => t.name === 'V1');
    expect(v1.children.map((c: { OTIO_SCHEMA: string }) => c.OTIO_SCHEMA)).toEqual(['Clip.2', 'Clip.2']);
    expect(v1.children[0].metadata.kinora.generation.prompt).toBe(PROMPT);
    expect(v1.children[1].source_range.start_time.value).toBe(12);
    expect(otio.tracks.children.find((t: { name: string }) => t.name === 'A1').enabled).toBe(false);
    expect(otio.tracks.markers).toHaveLength(1);
    // 6. Export the edited cut at 720p: a real MP4 of the edited length, levelled to -14 LUFS, with
    // its provenance embedded and a signed sidecar the dialog verifies.
    const film = path.join(temp.dir, 'out', 'cut.mp4');
    await page.getByTestId('export-preset').selectOption('720p');
    await page.getByTestId('export-path').fill(film);
    await page.getByTestId('export-start-button').click();
    await expect(page.getByTestId('export-status')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
    await expect(page.getByTestId('provenance-check')).toHaveAttribute('data-status', 'valid');
    await expect(page.getByTestId('provenance-check')).toContainText('signed by this Kinora');
    const ffprobe = findFfprobe()!;
    const probe = await probeMedia(ffprobe, film);
    // The film is as long as the edited timeline (to the end of its last clip), within a frame.
    const timelineEnd = Math.max(
      ...(await page.locator('[data-testid="timeline-clip"], [data-testid="media-clip"]').evaluateAll((els) =>
        els.map((el) => Number(el.getAttribute('data-start')) + Number(el.getAttribute('data-duration'))),
      )),
    );
    expect(Math.abs(probe.durationSec - timelineEnd)).toBeLessThanOrEqual(1 / 24);
    expect(probe.streams.find((st) => st.type === 'video')).toMatchObject({ codec: 'h264', width: 1280, height: 720 });
    expect(probe.streams.find((st) => st.type === 'audio')).toMatchObject({ codec: 'aac' });
    const tags = JSON.parse(execFileSync(ffprobe, ['-v', 'error', '-show_entries', 'format_tags', '-of', 'json', film], { encoding: 'utf8' })).format.tags;
    expect(JSON.parse(tags.kinora_manifest).parts.length).toBeGreaterThan(0);
    // ebur128 prints its summary on stderr.
    const loudness = spawnSync(findFfmpeg()!, ['-nostats', '-i', film, '-map', '0:a:0', '-af', 'ebur128=peak=true', '-f', 'null', '-'], { encoding: 'utf8' }).stderr;
    expect(Math.abs(Number(/I:\s+(-?[\d.]+) LUFS/.exec(loudness.slice(loudness.lastIndexOf('Summary:')))![1]) + 14)).toBeLessThanOrEqual(1);
    await page.getByTestId('export-close-button').click();

    // 7. Everything is persisted.
    await page.reload();
    await expect(page.getByTestId('timeline-clip')).toHaveCount(2);
    await expect(page.getByTestId('media-clip')).toHaveCount(1);
    await expect(page.getByTestId('marker')).toHaveCount(1);
    await expect(page.getByTestId('marker-label')).toHaveText('Bounce');
  } finally {
    await host.stop();
    temp.cleanup();
  }
});

test('snapping is remembered; the timeline scrolls to a paused playhead that jumps out of view; "Importing..." goes when the clip lands or the file is refused', async ({ page }) => {
  const temp = makeTempDir('kinora-e2e-prefs-');
  const host = await startHostProcess({ home: path.join(temp.dir, 'home'), projects: path.join(temp.dir, 'projects') });
  try {
    await page.goto(host.url);
    await page.getByTestId('project-name-input').fill('Prefs');
    await page.getByTestId('create-project-button').click();
    const snap = page.getByTestId('snap-toggle');
    await expect(snap).toHaveAttribute('aria-pressed', 'true');
    await snap.click();
    await expect(snap).toHaveAttribute('aria-pressed', 'false');

    // A minute of music on M1 reaches far past the first screen of the timeline.
    const song = path.join(temp.dir, 'song.wav');
    execFileSync(findFfmpeg()!, ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=330:duration=60', '-ac', '1', '-ar', '8000', song]);
    const lane = (await page.getByTestId('track-M1').boundingBox())!;
    // "Importing song.wav..." goes as the clip lands (it had stayed up until its own 6 s timer ran
    // out). The clip was seen drawn a render before the notice went (in CI and here), so it is given
    // a fraction of a second, not the same render.
    await dropFile(page, '[data-testid="track-M1"]', { bytes: readFileSync(song), name: 'song.wav', type: 'audio/wav' }, lane.x + 10);
    await expect(page.getByTestId('media-clip')).toHaveCount(1);
    await expect(page.getByTestId('notice-banner')).toHaveCount(0, { timeout: 500 });
    const scroll = page.locator('.timeline-scroll');
    expect(await scroll.evaluate((el) => el.scrollLeft)).toBe(0);
    await page.keyboard.press('End');
    await expect(page.getByTestId('playhead')).toHaveAttribute('data-time', /^60\.\d{3}$/);
    const playheadInView = async (): Promise<boolean> => {
      const view = (await scroll.boundingBox())!;
      const head = (await page.getByTestId('playhead').boundingBox())!;
      return head.x >= view.x && head.x <= view.x + view.width;
    };
    await expect.poll(playheadInView).toBe(true);

    // A file with no sound: the refusal shows, and "Importing notes.wav..." goes with it.
    await dropFile(page, '[data-testid="track-M1"]', { bytes: Buffer.from('not a sound'), name: 'notes.wav', type: 'audio/wav' }, lane.x + 10);
    await expect(page.getByTestId('error-banner')).toContainText('notes.wav has no sound Kinora can read');
    await expect(page.getByTestId('notice-banner')).toHaveCount(0, { timeout: 1000 });

    // Snapping stays off after a restart of the editor.
    await page.reload();
    await expect(page.getByTestId('media-clip')).toHaveCount(1);
    await expect(page.getByTestId('snap-toggle')).toHaveAttribute('aria-pressed', 'false');
  } finally {
    await host.stop();
    temp.cleanup();
  }
});
