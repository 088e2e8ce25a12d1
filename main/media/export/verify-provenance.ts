// Checks an exported film against its signed sidecar: the signature is good for the public key it
// names, the file's bytes are the ones that were signed, and the manifest embedded in the MP4 is the
// signed one. Every failure is a sentence a person can act on.
import { createPublicKey, verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ffmpeg from 'fluent-ffmpeg';
import { keyIdOf } from './signing-key';
import {
  canonicalJson,
  hashFile,
  MANIFEST_TAG,
  sidecarPathFor,
  sidecarSchema,
  signedBytes,
  type ProvenanceManifest,
  type ProvenanceSidecar,
} from './provenance';

export interface ProvenanceCheck {
  ok: boolean;
  problems: string[];
  manifest: ProvenanceManifest | null;
  // Which key signed it; compare with an installation's own key id to know it was made here.
  keyId: string | null;
}

async function readSidecar(file: string): Promise<ProvenanceSidecar | string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return `The provenance file ${path.basename(file)} is missing beside the film.`;
  }
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Falls through to the sentence below.
  }
  return `The provenance file ${path.basename(file)} is not a Kinora provenance manifest (it is damaged or of another kind).`;
}

function signatureHolds(sidecar: ProvenanceSidecar): boolean {
  try {
    const publicKey = createPublicKey({ key: Buffer.from(sidecar.manifest.signer.publicKey, 'base64'), format: 'der', type: 'spki' });
    const signature = Buffer.from(sidecar.signature, 'base64');
    return verify(null, signedBytes(sidecar.manifest, sidecar.output), publicKey, signature);
  } catch {
    return false;
  }
}

function embeddedManifest(ffprobePath: string, file: string): Promise<string | null> {
  return new Promise((resolve) => {
    ffmpeg.setFfprobePath(ffprobePath);
    ffmpeg.ffprobe(file, (error: Error | null, data: ffmpeg.FfprobeData) => {
      const tag = error ? undefined : data.format.tags?.[MANIFEST_TAG];
      resolve(typeof tag === 'string' ? tag : null);
    });
  });
}

export async function verifyProvenance(file: string, options: { ffprobePath: string; sidecarPath?: string }): Promise<ProvenanceCheck> {
  const sidecar = await readSidecar(options.sidecarPath ?? sidecarPathFor(file));
  if (typeof sidecar === 'string') return { ok: false, problems: [sidecar], manifest: null, keyId: null };
  const problems: string[] = [];
  const { signer } = sidecar.manifest;
  if (keyIdOf(signer.publicKey) !== signer.keyId || !signatureHolds(sidecar)) {
    problems.push('The signature does not match the manifest: the provenance was altered after it was signed.');
  }
  try {
    const actual = await hashFile(file);
    if (actual.sha256 !== sidecar.output.sha256 || actual.bytes !== sidecar.output.bytes) {
      problems.push(`${path.basename(file)} is not the file that was signed: its contents changed after export.`);
    }
  } catch {
    problems.push(`${path.basename(file)} cannot be read.`);
  }
  const embedded = await embeddedManifest(options.ffprobePath, file);
  if (embedded !== canonicalJson(sidecar.manifest)) {
    problems.push('The manifest embedded in the film is missing or differs from the signed one.');
  }
  return { ok: problems.length === 0, problems, manifest: sidecar.manifest, keyId: signer.keyId };
}
