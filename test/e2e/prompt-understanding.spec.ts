// Honest understanding, as a user meets it: the prompt panel says what Kinora understood as you type,
// refuses what it cannot show (and Generate refuses it too, queuing nothing), and every take keeps its
// reading in the inspector.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { startHostProcess } from '../helpers/host-process';
import { makeTempDir } from '../helpers/temp-dir';

test('the prompt panel and inspector show what Kinora understood, and refuse what it cannot show', async ({ page }) => {
  const temp = makeTempDir('kinora-e2e-');
  const host = await startHostProcess({ home: path.join(temp.dir, 'home'), projects: path.join(temp.dir, 'projects') });
  try {
    await page.goto(host.url);
    await page.getByTestId('project-name-input').fill('Understanding');
    await page.getByTestId('create-project-button').click();
    const prompt = page.getByTestId('prompt-input');
    await expect(prompt).toBeVisible();

    // Something Kinora cannot show: the panel says so as you type, and Generate queues nothing.
    await prompt.fill('a girl dances in the rain');
    await expect(page.getByTestId('prompt-understanding-refusal')).toContainText('"dances"');
    await page.getByTestId('generate-button').click();
    await expect(page.getByTestId('error-banner')).toContainText('"dances"');
    await expect(page.getByTestId('timeline-clip')).toHaveCount(0);

    // A suggestion, taken as written: understood in full, nothing left out.
    await prompt.fill('');
    await page.getByRole('button', { name: 'A red rubber ball bounces down a flight of concrete stairs' }).click();
    const card = page.getByTestId('prompt-understanding');
    await expect(card).toContainText('stairs');
    await expect(card).toContainText('drops and bounces');
    await expect(page.getByTestId('prompt-understanding-not-depicted')).toHaveCount(0);
    // The rain suggestion: the place and what the rain does, nothing left out.
    await prompt.fill('');
    await page.getByRole('button', { name: 'Rain falls on a quiet street at night' }).click();
    await expect(card).toContainText('street, at night, in the rain');
    await expect(card).toContainText('rain falls');
    await expect(page.getByTestId('prompt-understanding-not-depicted')).toHaveCount(0);

    // Each noun and verb is marked shown or not: the book slides (pushed by a hand, its cause in
    // the picture), the cat is not there.
    await prompt.fill('a book slides across the kitchen table while a cat watches');
    const words = page.getByTestId('prompt-understanding-words');
    await expect(words.locator('li[data-depicted="true"]', { hasText: 'book' })).toHaveCount(1);
    await expect(words.locator('li[data-depicted="true"]', { hasText: 'slides' })).toHaveCount(1);
    await expect(words.locator('li[data-depicted="false"]', { hasText: 'cat' })).toHaveCount(1);
    await expect(card).toContainText('a hand pushes the book and it slides');

    // A short take: the inspector shows its reading, with the word it did not depict.
    await prompt.fill('a tennis ball drops onto a wooden table in an empty kitchen, 1 second');
    await expect(page.getByTestId('prompt-understanding-not-depicted')).toContainText('empty');
    await page.getByTestId('generate-button').click();
    await expect(page.getByTestId('timeline-clip')).toHaveCount(1, { timeout: 120_000 });
    const taken = page.getByTestId('take-understanding');
    await expect(taken).toContainText('tennis ball');
    await expect(taken).toContainText('kitchen, by day');
    await expect(page.getByTestId('take-understanding-not-depicted')).toContainText('empty');
    await page.screenshot({ path: path.join('test-results', 'prompt-understanding.png') });
  } finally {
    await host.stop();
    temp.cleanup();
  }
});
