// How an exported film says how it was made. The manifest (generator, time, the film's format and
// how each part was made) is embedded in the MP4's metadata under `kinora_manifest`; the sidecar
// `<name>.kinora.json` holds the same manifest plus the finished file's SHA-256, signed with the
// installation's Ed25519 key. The signature binds the manifest to those exact bytes: change either and
// verifyProvenance says so.
import { createHash, randomUUID, sign } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ExportPlan } from './export-plan';
import type { SigningKey } from './signing-key';

export const MANIFEST_FORMAT = 'kinora.provenance/1';
// The MP4 metadata key the manifest is embedded under (ffprobe shows it in format.tags).
export const MANIFEST_TAG = 'kinora_manifest';
// Signed bytes start with this, so a Kinora signature can never be replayed as some other message.
const SIGNING_CONTEXT = 'kinora-provenance-v1\n';

export const provenanceManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  id: z.string(),
  generator: z.string(),
  createdAt: z.string(),
  title: z.string(),
  durationSec: z.number(),
  width: z.number(),
  height: z.number(),
  fps: z.number(),
  watermark: z.boolean(),
  parts: z.array(z.record(z.string(), z.unknown())),
  signer: z.object({ algorithm: z.literal('Ed25519'), publicKey: z.string(), keyId: z.string() }),
});
export type ProvenanceManifest = z.infer<typeof provenanceManifestSchema>;

export const sidecarSchema = z.object({
  manifest: provenanceManifestSchema,
  output: z.object({ fileName: z.string(), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  signature: z.string(),
});
export type ProvenanceSidecar = z.infer<typeof sidecarSchema>;

// The same value always serialises to the same bytes: keys sorted at every level, no spaces.
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function buildManifest(plan: ExportPlan, key: SigningKey, createdAt: Date): ProvenanceManifest {
  return {
    format: MANIFEST_FORMAT,
    id: randomUUID(),
    generator: plan.provenance.generator,
    createdAt: createdAt.toISOString(),
    title: plan.title,
    durationSec: plan.durationSec,
    width: plan.width,
    height: plan.height,
    fps: plan.fps,
    watermark: plan.watermark,
    parts: plan.provenance.parts.map((part) => ({ ...part })),
    signer: { algorithm: 'Ed25519', publicKey: key.publicKey, keyId: key.keyId },
  };
}

export function signedBytes(manifest: ProvenanceManifest, output: ProvenanceSidecar['output']): Buffer {
  return Buffer.from(SIGNING_CONTEXT + canonicalJson({ manifest, output }), 'utf8');
}

export function signSidecar(manifest: ProvenanceManifest, output: ProvenanceSidecar['output'], key: SigningKey): ProvenanceSidecar {
  const signature = sign(null, signedBytes(manifest, output), key.privateKey).toString('base64');
  return { manifest, output, signature };
}

// `film.mp4` -> `film.kinora.json`, beside it.
export function sidecarPathFor(videoPath: string): string {
  const parsed = path.parse(videoPath);
  return path.join(parsed.dir, `${parsed.name}.kinora.json`);
}

// Streams the file, so hashing a long film never holds it in memory or blocks the process.
export function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    createReadStream(file)
      .on('data', (chunk) => {
        bytes += chunk.length;
        hash.update(chunk);
      })
      .on('error', reject)
      .on('end', () => resolve({ sha256: hash.digest('hex'), bytes }));
  });
}
