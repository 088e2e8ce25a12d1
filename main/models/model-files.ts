// Finds and reads a model's weights from local files only, checking size and sha256 so a damaged or
// swapped file is named in a clear error instead of producing garbage mattes.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import type { ModelEntry } from './manifest';

export class ModelFileError extends Error {
  constructor(
    readonly status: 'missing' | 'corrupt',
    message: string,
  ) {
    super(message);
    this.name = 'ModelFileError';
  }
}

const resourcesSchema = z.record(z.string(), z.object({ chunks: z.array(z.object({ hash: z.string().regex(/^[a-f0-9]{64}$/) })) }));

// The package folder, found the way Node would resolve it, or an explicit override (tests, portable installs).
export function packageDir(entry: ModelEntry, modelsRoot?: string): string {
  if (modelsRoot) return path.join(modelsRoot, entry.weights.packageName);
  // Looked up along Node's search paths rather than resolved: the package's exports map hides its
  // package.json and its data files, and resolving its entry point would mean loading its code.
  const searchPaths = createRequire(import.meta.url).resolve.paths(entry.weights.packageName) ?? [];
  const found = searchPaths.map((dir) => path.join(dir, entry.weights.packageName)).find((dir) => existsSync(path.join(dir, 'package.json')));
  if (!found) {
    throw new ModelFileError('missing', `The ${entry.name} weights are not installed: the package ${entry.weights.packageName} was not found. Reinstall Kinora (npm ci) to restore it.`);
  }
  return found;
}

export async function modelChunkFiles(entry: ModelEntry, modelsRoot?: string): Promise<string[]> {
  const dir = packageDir(entry, modelsRoot);
  const listFile = path.join(dir, entry.weights.resourcesFile);
  let list: z.infer<typeof resourcesSchema>;
  try {
    list = resourcesSchema.parse(JSON.parse(await readFile(listFile, 'utf8')));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ModelFileError(missing ? 'missing' : 'corrupt', `The model list ${listFile} is ${missing ? 'missing' : 'damaged'}. Reinstall Kinora (npm ci) to restore it.`);
  }
  const resource = list[entry.weights.resourceKey];
  if (!resource) throw new ModelFileError('corrupt', `${listFile} does not list ${entry.weights.resourceKey}. Reinstall Kinora (npm ci).`);
  return resource.chunks.map((chunk) => path.join(path.dirname(listFile), chunk.hash));
}

// Cheap presence check for the Models view: every chunk file exists (no hashing).
export async function modelFilesPresent(entry: ModelEntry, modelsRoot?: string): Promise<void> {
  for (const file of await modelChunkFiles(entry, modelsRoot)) {
    try {
      await access(file);
    } catch {
      throw new ModelFileError('missing', `The model file ${file} is missing. Reinstall Kinora (npm ci) to restore it.`);
    }
  }
}

// The whole model file, verified. Throws ModelFileError naming the file that is missing or damaged.
export async function readModelBytes(entry: ModelEntry, modelsRoot?: string): Promise<Uint8Array> {
  const files = await modelChunkFiles(entry, modelsRoot);
  const parts: Buffer[] = [];
  for (const file of files) {
    try {
      parts.push(await readFile(file));
    } catch {
      throw new ModelFileError('missing', `The model file ${file} is missing or unreadable. Reinstall Kinora (npm ci) to restore it.`);
    }
  }
  const bytes = Buffer.concat(parts);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length !== entry.weights.sizeBytes || sha256 !== entry.weights.sha256) {
    throw new ModelFileError(
      'corrupt',
      `The ${entry.name} weights in ${path.dirname(files[0] ?? '')} are damaged (sha256 ${sha256.slice(0, 12)}…, expected ${entry.weights.sha256.slice(0, 12)}…). Reinstall Kinora (npm ci) to restore them.`,
    );
  }
  return bytes;
}
