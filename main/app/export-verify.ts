// Checks a film Kinora exported: its signed sidecar, that the file is the one that was signed, and
// that the embedded manifest matches; and whether this installation's key signed it.
import path from 'node:path';
import { ApiError } from '../contract/api';
import type { ExportVerification } from '../contract/api/export';
import { findFfprobe } from '../media/ffmpeg-path';
import { loadSigningKey } from '../media/export/signing-key';
import { verifyProvenance } from '../media/export/verify-provenance';

export async function verifyExport(file: string, homeDir: string, env: NodeJS.ProcessEnv): Promise<ExportVerification> {
  if (!path.isAbsolute(file)) throw new ApiError('invalid_input', 'Give the full path of the film to check.');
  const ffprobePath = findFfprobe(env);
  if (!ffprobePath) throw new ApiError('ffmpeg_missing', 'ffprobe was not found next to ffmpeg, so the film cannot be checked.');
  const [check, key] = await Promise.all([verifyProvenance(file, { ffprobePath }), loadSigningKey(homeDir)]);
  return {
    ok: check.ok,
    problems: check.problems,
    keyId: check.keyId,
    madeHere: check.ok && check.keyId === key.keyId,
    generator: check.manifest?.generator ?? null,
    createdAt: check.manifest?.createdAt ?? null,
    parts: check.manifest?.parts.length ?? 0,
  };
}
