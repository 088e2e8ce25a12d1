// The remix-and-regenerate workflow as a user does it, in Debian's Chromium against the real browser
// host: drag across a clip to pick a range and regenerate it, see the new take and the family tree,
// remix the camera and time of day, extend the clip, put an older take back, undo, share the take as
// a .kinora-take file and import it, and reopen.
import { expect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { startHostProcess, type HostProcess } from '../helpers/host-process';
import { makeTempDir } from '../helpers/temp-dir';
import { drawnWaveformRows } from '../helpers/waveform-rows';

const PROMPT = 'a tennis ball drops onto a wooden table, 3 seconds';
const GENERATION_TIMEOUT = 180_000;
const SHOTS = process.env.KINORA_E2E_SHOTS;

async function finished(page: Page): Promise<void> {
  await expect(page.getByTestId('job-progress')).toBeHidden({ timeout: GENERATION_TIMEOUT });
}

async function dragAcross(page: Page, target: Locator, fromFraction: number, toFraction: number, modifiers: 'Alt' | null = null): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to drag across');
  const y = box.y + box.height / 2;
  if (modifiers) await page.keyboard.down(modifiers);
  await page.mouse.move(box.x + box.width * fromFraction, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width * (fromFraction + ((toFraction - fromFraction) * i) / 8), y);
  await page.mouse.up();
  if (modifiers) await page.keyboard.up(modifiers);
}

// Screenshots for a person to look at (KINORA_E2E_SHOTS=folder): the page, or one panel of it.
const shot = async (page: Page, name: string, part?: Locator): Promise<void> => {
  if (!SHOTS) return;
  if (part) await part.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  else await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
};

test('select a range and regenerate it, remix the look, extend, walk the family tree, undo, share and import, reopen', async ({ page }) => {
  const temp = makeTempDir('kinora-e2e-');
  const dirs = { home: path.join(temp.dir, 'home'), projects: path.join(temp.dir, 'projects') };
  let host: HostProcess = await startHostProcess(dirs);
  try {
    await page.goto(host.url);
    await page.getByTestId('project-name-input').fill('Remixes');
    await page.getByTestId('create-project-button').click();
    await page.getByTestId('prompt-input').fill(PROMPT);
    await page.getByTestId('generate-button').click();
    await finished(page);
    const clip = page.getByTestId('timeline-clip');
    const original = await clip.getAttribute('data-take-id');
    await expect(page.getByTestId('lineage-node')).toHaveCount(1);

    // The strip shows the take's sound over its pictures: the bounces, not a flat line.
    await expect.poll(() => drawnWaveformRows(page.getByTestId('range-strip')), { timeout: 15_000 }).toBeGreaterThan(8);

    // 1. Drag across the clip's strip in the inspector: the range is highlighted there and on the timeline.
    await dragAcross(page, page.getByTestId('range-strip'), 0.3, 0.7);
    const label = page.getByTestId('range-label');
    await expect(label).toBeVisible();
    const start = Number(await label.getAttribute('data-start'));
    const end = Number(await label.getAttribute('data-end'));
    expect(start).toBeGreaterThan(0.7);
    expect(start).toBeLessThan(1.1);
    expect(end).toBeGreaterThan(1.9);
    await expect(page.getByTestId('clip-range').first()).toBeVisible();
    // Alt+drag across the clip on the timeline picks a range too (here where the ball still bounces).
    await dragAcross(page, clip, 0.2, 0.55, 'Alt');
    await expect.poll(async () => Number(await label.getAttribute('data-start'))).toBeLessThan(0.7);
    await shot(page, '1-range-selected');

    // 2. Regenerate the range: a new take of the clip; the original stays in its family.
    await page.getByTestId('regenerate-range-button').click();
    await expect(page.getByTestId('job-progress')).toBeVisible();
    await finished(page);
    await expect(clip).not.toHaveAttribute('data-take-id', original!);
    const range = await clip.getAttribute('data-take-id');
    await expect(page.getByTestId('lineage-node')).toHaveCount(2);
    await expect(page.locator(`[data-testid="lineage-node"][data-take-id="${range}"]`)).toHaveAttribute('data-kind', 'range');
    await expect(page.locator(`[data-testid="lineage-node"][data-take-id="${range}"]`)).toHaveAttribute('data-parent-id', original!);
    await shot(page, '2-range-done');

    // 3. Remix the time of day and the camera: the same motion, a new look.
    await page.getByTestId('remix-open').click();
    await page.getByTestId('remix-time').selectOption('night');
    await page.getByTestId('remix-angle').selectOption('high');
    await expect(page.getByTestId('remix-hint')).toContainText('Same motion');
    await shot(page, '3-remix-panel', page.getByTestId('remix-panel'));
    await page.getByTestId('remix-button').click();
    await finished(page);
    await expect(clip).not.toHaveAttribute('data-take-id', range!);
    const remix = await clip.getAttribute('data-take-id');
    await expect(page.getByTestId('lineage-node')).toHaveCount(3);
    const remixNode = page.locator(`[data-testid="lineage-node"][data-take-id="${remix}"]`);
    await expect(remixNode).toHaveAttribute('data-kind', 'remix');
    await expect(remixNode).toContainText('night');

    // 4. Extend by a second: the clip grows to 4 s.
    await page.getByTestId('extend-seconds').fill('1');
    await page.getByTestId('extend-button').click();
    await finished(page);
    await expect(clip).not.toHaveAttribute('data-take-id', remix!);
    await expect(clip).toHaveAttribute('data-duration', '4.000');
    const extended = await clip.getAttribute('data-take-id');
    await expect(page.getByTestId('lineage-node')).toHaveCount(4);
    await expect(page.locator(`[data-testid="lineage-node"][data-take-id="${extended}"]`)).toHaveAttribute('data-kind', 'extend');
    await shot(page, '4-family', page.getByTestId('lineage'));

    // 5. Any node can be previewed, and put back in the clip (undoably).
    const originalNode = page.locator(`[data-testid="lineage-node"][data-take-id="${original}"]`);
    await originalNode.getByTestId('lineage-preview-button').click();
    await expect(page.getByTestId('lineage-preview')).toHaveAttribute('data-take-id', original!);
    await expect.poll(() => page.getByTestId('lineage-preview').evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThan(0);
    await page.locator(`[data-testid="lineage-node"][data-take-id="${range}"]`).getByTestId('lineage-use-button').click();
    await expect(clip).toHaveAttribute('data-take-id', range!);
    await page.getByTestId('undo-button').click();
    await expect(clip).toHaveAttribute('data-take-id', extended!);
    // Undoing the extension puts the remix back; the family keeps every take.
    await page.getByTestId('undo-button').click();
    await expect(clip).toHaveAttribute('data-take-id', remix!);
    await clip.click();
    await expect(page.getByTestId('lineage-node')).toHaveCount(4);

    // Share the take as a .kinora-take file and import it back: a new clip whose take says where it came from.
    const shared = path.join(temp.dir, 'shared', 'drop.kinora-take');
    await page.getByTestId('share-path').fill(shared);
    await page.getByTestId('share-button').click();
    await expect(page.getByTestId('share-done')).toContainText(shared);
    await page.getByTestId('import-take-input').setInputFiles(shared);
    await expect(page.getByTestId('timeline-clip')).toHaveCount(2);
    await page.getByTestId('timeline-clip').nth(1).click();
    await expect(page.getByTestId('lineage-node')).toHaveCount(1);
    await expect(page.getByTestId('lineage-node')).toHaveAttribute('data-kind', 'import');
    await shot(page, '5-imported');
    await page.getByTestId('undo-button').click();
    await expect(page.getByTestId('timeline-clip')).toHaveCount(1);

    // 6. Reopen: the family is still there.
    await host.stop();
    host = await startHostProcess(dirs);
    await page.goto(host.url);
    await page.getByTestId('recent-project').filter({ hasText: 'Remixes' }).click();
    await page.getByTestId('timeline-clip').click();
    await expect(page.getByTestId('lineage-node')).toHaveCount(4);
    await expect(page.locator(`[data-testid="lineage-node"][data-take-id="${extended}"]`)).toHaveAttribute('data-parent-id', remix!);
  } finally {
    await host.stop();
    temp.cleanup();
  }
});
