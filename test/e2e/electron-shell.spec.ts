// Launches the real Electron app when its binary is installed. On machines where Electron cannot be
// downloaded (like CI here) this test skips and says why; the browser-host tests cover the same UI.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { makeTempDir } from '../helpers/temp-dir';

function electronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

test('the Electron window opens the editor and reaches the engine through the preload bridge', async () => {
  const binary = electronBinary();
  test.skip(binary === null, 'Electron binary is not installed on this machine (its download is not reachable); skipping the Electron shell test.');
  const temp = makeTempDir('kinora-electron-');
  const app = await electron.launch({
    executablePath: binary!,
    args: [path.resolve('.'), '--no-sandbox', `--user-data-dir=${path.join(temp.dir, 'profile')}`],
    env: { ...process.env, KINORA_HOME: path.join(temp.dir, 'home'), KINORA_PROJECTS_DIR: path.join(temp.dir, 'projects') },
  });
  try {
    const page = await app.firstWindow();
    // The editor comes from the app protocol, never file://, and the security checklist holds.
    expect(page.url()).toMatch(/^kinora-app:\/\/app\//);
    expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true);
    const camera = await page.evaluate(() => navigator.mediaDevices.getUserMedia({ video: true }).then(() => 'granted', (e: Error) => e.name));
    expect(camera).toBe('NotAllowedError');
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^kinora-app:\/\/app\//);
    await page.getByTestId('project-name-input').fill('Electron project');
    await page.getByTestId('create-project-button').click();
    await expect(page.getByTestId('prompt-input')).toBeVisible();
  } finally {
    await app.close();
    temp.cleanup();
  }
});
