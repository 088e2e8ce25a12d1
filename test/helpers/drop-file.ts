// Drops a file on an element the way a user drags one from the desktop: a real File in a DataTransfer,
// at a chosen x (the time on a lane), vertically in the element's middle.
import type { Page } from '@playwright/test';

export async function dropFile(page: Page, target: string, file: { bytes: Buffer; name: string; type: string }, clientX: number): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ bytes, name, type }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
    return transfer;
  }, { bytes: [...file.bytes], name: file.name, type: file.type });
  const box = (await page.locator(target).boundingBox())!;
  await page.dispatchEvent(target, 'drop', { dataTransfer, clientX, clientY: box.y + box.height / 2 });
}
