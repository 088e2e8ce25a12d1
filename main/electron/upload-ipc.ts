// A file dropped in the Electron editor arrives as bytes over IPC and is staged for 'media.import'
// exactly like an upload to the browser host (main/host/upload-route.ts), with the same size bound.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Studio } from '../app/studio';
import { MAX_MEDIA_UPLOAD_BYTES, MEDIA_TOO_LARGE } from '../contract/api/media';

export async function stageUpload(studio: Studio, projectId: unknown, bytes: unknown): Promise<string> {
  if (typeof projectId !== 'string' || !(bytes instanceof Uint8Array || bytes instanceof ArrayBuffer)) throw new Error('Malformed upload.');
  if (bytes.byteLength > MAX_MEDIA_UPLOAD_BYTES) throw new Error(MEDIA_TOO_LARGE);
  const target = studio.uploadTarget(projectId);
  await mkdir(path.dirname(target.file), { recursive: true });
  await writeFile(target.file, bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes);
  return target.uploadId;
}
