// Scratch (not committed): a prompt generated through the built app, as a user would, kept on disk.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { startHostProcess } from '../helpers/host-process';

const PROMPT = process.env.SCRATCH_PROMPT ?? 'she stirs her coffee';
const OUT = process.env.SCRATCH_OUT ?? '/tmp/liquid6-user/stir';

test('scratch user run', async ({ page }) => {
  const host = await startHostProcess({ home: path.join(OUT, 'home'), projects: path.join(OUT, 'projects') });
  try {
    await page.goto(host.url);
    await page.getByTestId('project-name-input').fill('Scratch');
    await page.getByTestId('create-project-button').click();
    const prompt = page.getByTestId('prompt-input');
    await prompt.fill(PROMPT);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(OUT, 'card.png') });
    const t0 = Date.now();
    await prompt.press('Control+Enter');
    await expect(page.getByTestId('timeline-clip')).toHaveCount(1, { timeout: 300_000 });
    console.log('take seconds', (Date.now() - t0) / 1000);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(OUT, 'take.png') });
    console.log(await page.getByTestId('take-understanding').innerText().catch(() => 'no card'));
  } finally {
    await host.stop();
  }
});
