// Files a browser-host client sends for import land here, under a name the server picks, before they
// are validated: the client chooses neither the folder nor the file name, and a body larger than the
// limit is cut off and deleted. Nothing outside <home>/cameos/.uploads/ is ever written.
import { randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiError } from '../contract/errors';
import { MAX_CAMEO_UPLOAD_BYTES } from '../contract/cameo';
import { cameoExtension } from './validate-cameo';

const UPLOAD_ID = /^[a-f0-9]{32}$/;

export class UploadStore {
  readonly dir: string;

  constructor(libraryDir: string) {
    this.dir = path.join(libraryDir, '.uploads');
  }

  // Receives one upload; returns its id. fileName only decides the accepted type (by extension).
  async receive(body: Readable, fileName: string, declaredBytes: number | null): Promise<string> {
    cameoExtension(fileName);
    if (declaredBytes !== null && declaredBytes > MAX_CAMEO_UPLOAD_BYTES) throw tooLarge();
    await mkdir(this.dir, { recursive: true });
    const id = randomBytes(16).toString('hex');
    const file = path.join(this.dir, id);
    let received = 0;
    const limit = async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
      for await (const chunk of source) {
        received += chunk.length;
        if (received > MAX_CAMEO_UPLOAD_BYTES) throw tooLarge();
        yield chunk;
      }
    };
    try {
      await pipeline(body, limit, createWriteStream(file, { flags: 'wx' }));
    } catch (error) {
      await rm(file, { force: true });
      throw error instanceof ApiError ? error : new ApiError('invalid_input', 'The upload was interrupted. Drop the file again.');
    }
    if (received === 0) {
      await rm(file, { force: true });
      throw new ApiError('invalid_input', `${path.basename(fileName)} is empty.`);
    }
    return id;
  }

  // The received file for an id, or a clear error if it is unknown or already used.
  async file(uploadId: string): Promise<string> {
    if (!UPLOAD_ID.test(uploadId)) throw new ApiError('invalid_input', 'Unknown upload.');
    const file = path.join(this.dir, uploadId);
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // fall through
    }
    throw new ApiError('not_found', 'That upload is gone (it was already imported or Kinora restarted). Drop the file again.');
  }

  async discard(uploadId: string): Promise<void> {
    if (UPLOAD_ID.test(uploadId)) await rm(path.join(this.dir, uploadId), { force: true });
  }

  // At start-up only (before any request): uploads never outlive the process that received them.
  clearNow(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function tooLarge(): ApiError {
  return new ApiError('invalid_input', `The file is larger than ${MAX_CAMEO_UPLOAD_BYTES / 1024 ** 3} GB; a cameo clip is at most 30 seconds. Trim it and import it again.`);
}
