// Cameo, as a user does it, in Debian's Chromium against the real browser host: drop a short clip of
// a person filmed head to feet on the window, watch it analysed, name it, set the height, confirm
// consent, see the matte and the words that say she was filmed head to feet; type "@" in a prompt
// to put her in a scene walking and see her in the preview; revoke her and see her clip marked and
// its export refused by name; delete her; a wrong file is refused; a photo of someone filmed from the
// waist up (the astronaut), imported with the button, can be cancelled and analysed again, says so,
// and a walk for her is refused in words; the Models section shows the network's manifest.
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ASTRONAUT_PNG } from '../helpers/astronaut';
import { isShirt, makeWomanClip } from '../helpers/full-length';
import { startHostProcess, type HostProcess } from '../helpers/host-process';
import { makeTempDir } from '../helpers/temp-dir';

// The network takes seconds a frame on two CPU cores, more when they are shared.
const ANALYSIS_TIMEOUT = 420_000;
const GENERATION_TIMEOUT = 180_000;

// Pixels of her blue shirt in the preview's current frame (the forest has none of that colour): the
// frame's RGBA comes back as base64 and is counted here, by the helper's own rule.
async function shirtPixelsInPreview(page: Page): Promise<number> {
  const base64 = await page.getByTestId('preview-video').evaluate(async (video: HTMLVideoElement) => {
    while (video.readyState < 2) await new Promise((r) => setTimeout(r, 50));
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(video, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let text = '';
    for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return btoa(text);
  });
  const data = Buffer.from(base64, 'base64');
  let n = 0;
  for (let i = 0; i + 3 < data.length; i += 4) if (isShirt(data[i]!, data[i + 1]!, data[i + 2]!)) n++;
  return n;
}

// What a drop from the file manager delivers: a DataTransfer with a File, dropped on the window.
async function dropFile(page: Page, file: string, type: string): Promise<void> {
  const base64 = readFileSync(file).toString('base64');
  await page.evaluate(
    ({ base64, name, type }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { base64, name: path.basename(file), type },
  );
}

// Alpha of the matte video's current frame at a few points (fractions of its size).
function matteAlpha(page: Page, points: [number, number][]): Promise<number[]> {
  return page.getByTestId('cameo-matte-video').evaluate(async (video: HTMLVideoElement, points) => {
    while (video.readyState < 2) await new Promise((r) => setTimeout(r, 50));
    video.pause();
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(video, 0, 0);
    return points.map(([fx, fy]) => context.getImageData(Math.floor(fx * canvas.width), Math.floor(fy * canvas.height), 1, 1).data[3]!);
  }, points);
}

test('drop a cameo, analyse it, name it, consent, see the matte, revoke and delete', async ({ page }) => {
  test.setTimeout(ANALYSIS_TIMEOUT + GENERATION_TIMEOUT + 180_000);
  const temp = makeTempDir('kinora-e2e-cameo-');
  const dirs = { home: path.join(temp.dir, 'home'), projects: path.join(temp.dir, 'projects') };
  const clip = path.join(temp.dir, 'me.mp4');
  await makeWomanClip(clip, { durationSec: 0.75, height: 240 });
  const notes = path.join(temp.dir, 'notes.txt');
  writeFileSync(notes, 'not a video');
  const host: HostProcess = await startHostProcess(dirs);
  page.on('dialog', (dialog) => void dialog.accept());
  try {
    await page.goto(host.url);
    await page.getByTestId('project-name-input').fill('Cameo test');
    await page.getByTestId('create-project-button').click();
    await page.getByTestId('cameos-button').click();
    await expect(page.getByTestId('cameos-panel')).toBeVisible();

    // The Models section lists the segmentation network with its hash and licence.
    await page.getByTestId('models-section').locator('summary').click();
    await expect(page.getByTestId('model-card')).toContainText('sha256 b6e8497ba978');
    await expect(page.getByTestId('model-card')).toContainText('MIT');
    await expect(page.getByTestId('provider-select')).toHaveValue('cpu');

    // A file that is not footage is refused with a sentence; nothing is listed.
    await dropFile(page, notes, 'text/plain');
    await expect(page.getByTestId('error-banner')).toContainText('not a file Kinora can make a cameo from');
    await expect(page.getByTestId('cameo-card')).toHaveCount(0);

    // Drop the clip: the cameo shows at once, with a progress bar, then its matte.
    await dropFile(page, clip, 'video/mp4');
    const card = page.getByTestId('cameo-card');
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId('cameo-progress')).toBeVisible();
    await expect(card.getByTestId('cameo-preview')).toBeVisible({ timeout: ANALYSIS_TIMEOUT });
    await expect(card.getByTestId('cameo-usable')).toHaveText('Needs consent');

    // The matte preview: the room behind her is transparent, her shirt and hips are opaque; she was
    // filmed head to feet, and the card says what that allows.
    const [corner, shirt, hips] = await matteAlpha(page, [[0.02, 0.3], [0.49, 0.32], [0.49, 0.52]]);
    expect(corner).toBeLessThan(30);
    expect(shirt).toBeGreaterThan(220);
    expect(hips).toBeGreaterThan(220);
    await expect(card.getByTestId('cameo-framing')).toHaveText('Filmed head to feet: you can walk, run and kick in scenes.');
    await page.screenshot({ path: path.join('test-results', 'cameo-ready.png') });

    // Name, height, consent.
    await card.getByTestId('cameo-name-input').fill('alex');
    await card.getByTestId('cameo-height-input').fill('1.82');
    await card.getByTestId('cameo-height-input').press('Enter');
    await expect(card).toContainText('@alex');
    // The box gives way to the consent record as soon as main has stored it.
    await card.getByTestId('cameo-consent-checkbox').click();
    await expect(card.getByTestId('cameo-consent-record')).toContainText('Consent confirmed by alex');
    await expect(card.getByTestId('cameo-usable')).toHaveText('Ready to use');
    await expect(card).toHaveAttribute('data-usable', 'true');
    // Sharing her takes as .kinora-take files is off until she allows it.
    const sharing = card.getByTestId('cameo-sharing-checkbox');
    await expect(sharing).not.toBeChecked();
    await sharing.click();
    await expect(sharing).toBeChecked();

    // Survives a reload: the library is the app's, not the page's.
    await page.reload();
    await page.getByTestId('cameos-button').click();
    await expect(card.getByTestId('cameo-height-input')).toHaveValue('1.82');
    await expect(card.getByTestId('cameo-usable')).toHaveText('Ready to use');
    await expect(card.getByTestId('cameo-sharing-checkbox')).toBeChecked();

    // Put her in a scene: "@" offers her, the reading shows her, the clip shows her.
    await page.getByRole('button', { name: 'Close cameos' }).click();
    const prompt = page.getByTestId('prompt-input');
    await prompt.click();
    await prompt.pressSequentially('@al');
    await expect(page.getByTestId('cameo-suggestion')).toHaveText(/@alex/);
    await prompt.press('Enter');
    await expect(prompt).toHaveValue('@alex ');
    await prompt.pressSequentially('walks through the forest');
    await page.getByTestId('duration-input').fill('1');
    await expect(page.getByTestId('prompt-understanding-cameos')).toContainText('@alex (1.82 m)');
    await page.getByTestId('generate-button').click();
    await expect(page.getByTestId('job-progress')).toBeVisible();
    await expect(page.getByTestId('job-progress')).toBeHidden({ timeout: GENERATION_TIMEOUT });
    const timelineClip = page.getByTestId('timeline-clip');
    await expect(timelineClip).toHaveCount(1);
    await expect(page.getByTestId('preview-video')).toHaveAttribute('src', /clip\.mp4/);
    expect(await shirtPixelsInPreview(page)).toBeGreaterThan(300);
    await page.screenshot({ path: path.join('test-results', 'cameo-in-scene.png') });

    // Revoke: blocked for good, the record stays.
    await page.getByTestId('cameos-button').click();
    await card.getByTestId('revoke-cameo-button').click();
    await expect(card.getByTestId('cameo-usable')).toHaveText('Revoked');
    await expect(card).toHaveAttribute('data-usable', 'false');

    // Her clip is marked, on the timeline and in its take list, and its export is refused by name.
    await expect(page.getByTestId('clip-cameo-badge')).toHaveText('Revoked cameo');
    await expect(timelineClip).toHaveAttribute('data-blocked', 'true');
    await expect(page.getByTestId('take-cameo-warning')).toContainText('@alex (revoked)');
    await expect(page.getByTestId('take-blocked')).toContainText('@alex (revoked)');
    await page.getByTestId('export-button').click();
    await expect(page.getByTestId('export-cameo-warning')).toContainText('V1 · clip 1');
    await page.getByTestId('export-start-button').click();
    await expect(page.getByTestId('export-error')).toContainText('V1 · clip 1 shows @alex (revoked)');
    await page.getByTestId('export-otio-button').click();
    await expect(page.getByTestId('export-error')).toContainText('V1 · clip 1 shows @alex (revoked)');
    await page.screenshot({ path: path.join('test-results', 'cameo-export-refused.png') });
    await page.getByTestId('export-close-button').click();
    // A new prompt naming her is refused as it is typed.
    await prompt.fill('@alex walks in a park');
    await expect(page.getByTestId('prompt-understanding-refusal')).toContainText('"alex" was revoked');

    // A photo through the Import button, cancelled while it is analysed.
    await page.getByTestId('import-cameo-input').setInputFiles(ASTRONAUT_PNG);
    await expect(card).toHaveCount(2);
    const photo = card.first();
    await photo.getByTestId('cancel-cameo-button').click();
    await expect(photo.getByTestId('cameo-error')).toHaveText('Analysis cancelled.', { timeout: ANALYSIS_TIMEOUT });
    // ...and analysed again on request: a photo cameo shows its cut-out still. The astronaut is seen
    // from the waist up: the card says so, and a walk for her is refused in words as it is typed.
    await photo.getByTestId('reanalyse-cameo-button').click();
    await expect(photo.getByTestId('cameo-matte-image')).toBeVisible({ timeout: ANALYSIS_TIMEOUT });
    await expect(photo.getByTestId('cameo-usable')).toHaveText('Needs consent');
    await expect(photo.getByTestId('cameo-framing')).toContainText('Filmed from the waist up: you will appear from the waist up');
    await photo.getByTestId('cameo-consent-checkbox').click();
    await expect(photo.getByTestId('cameo-usable')).toHaveText('Ready to use');
    await prompt.fill('@astronaut walks in a park');
    await expect(page.getByTestId('prompt-understanding-refusal')).toContainText('@astronaut was filmed from the waist up: Kinora cannot show them walking or running; import a clip that shows you head to feet.');
    await page.screenshot({ path: path.join('test-results', 'cameo-waist-up-refused.png') });
    await prompt.fill('@astronaut waves in a park');
    await expect(page.getByTestId('prompt-understanding-refusal')).toHaveCount(0);
    // In a wide shot she is seated behind the table, and the reading says so.
    await prompt.fill('@astronaut stands at the kitchen table, wide shot');
    await expect(page.getByTestId('prompt-understanding')).toContainText('@astronaut (seated behind the kitchen table, filmed from the waist up)');
    await expect(page.getByTestId('prompt-understanding-refusal')).toHaveCount(0);
    await page.screenshot({ path: path.join('test-results', 'cameo-waist-up-table.png') });

    // Delete both: footage and mattes leave the disk.
    const id = await card.last().getAttribute('data-cameo-id');
    for (let n = 2; n > 0; n--) {
      await card.first().getByTestId('delete-cameo-button').click();
      await expect(card).toHaveCount(n - 1);
    }
    expect(existsSync(path.join(dirs.home, 'cameos', id!))).toBe(false);
    // Deleted, she still blocks the clip that shows her.
    await expect(page.getByTestId('clip-cameo-badge')).toHaveText('Deleted cameo');
    await expect(page.getByTestId('take-blocked')).toContainText('@alex (deleted)');
  } finally {
    await host.stop();
    temp.cleanup();
  }
});

test('ticking consent clears the prompt reading’s consent refusal without touching the prompt', async ({ page }) => {
  test.setTimeout(ANALYSIS_TIMEOUT + 60_000);
  const temp = makeTempDir('kinora-e2e-consent-');
  const host: HostProcess = await startHostProcess({ home: path.join(temp.dir, 'home'), projects: path.join(temp.dir, 'projects') });
  try {
    await page.goto(host.url);
    await page.getByTestId('project-name-input').fill('Consent test');
    await page.getByTestId('create-project-button').click();
    await page.getByTestId('cameos-button').click();
    await page.getByTestId('import-cameo-input').setInputFiles(ASTRONAUT_PNG);
    const card = page.getByTestId('cameo-card');
    await expect(card.getByTestId('cameo-matte-image')).toBeVisible({ timeout: ANALYSIS_TIMEOUT });
    await card.getByTestId('cameo-name-input').fill('alex');
    await card.getByTestId('cameo-name-input').press('Enter');
    await expect(card).toContainText('@alex');

    const prompt = page.getByTestId('prompt-input');
    // A medium shot of her waving: what a cameo filmed from the waist up can do.
    await prompt.fill('@alex waves in a park');
    const refusal = page.getByTestId('prompt-understanding-refusal');
    await expect(refusal).toContainText('cannot be used until its consent is confirmed');
    await card.getByTestId('cameo-consent-checkbox').click();
    await expect(card.getByTestId('cameo-usable')).toHaveText('Ready to use');
    // The prompt is the same text; only the library changed.
    await expect(refusal).toHaveCount(0);
    await expect(page.getByTestId('prompt-understanding-cameos')).toContainText('@alex');
    await expect(prompt).toHaveValue('@alex waves in a park');
  } finally {
    await host.stop();
    temp.cleanup();
  }
});
