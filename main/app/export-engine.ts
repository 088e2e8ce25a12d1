// The MP4 encoder the export service calls (main/media/export/: mixing, loudness, watermark, signed
// provenance), with this installation's signing key loaded once from the app's home folder.
import { exportTimeline as encodeExport, type ExportResult } from '../media/export/export-timeline';
import type { ExportPlan } from '../media/export/export-plan';
import { loadSigningKey, type SigningKey } from '../media/export/signing-key';

export type { ExportResult };

export type ExportTimelineFn = (
  plan: ExportPlan,
  opts: { signal?: AbortSignal; onProgress?: (fraction: number, etaSec: number | null) => void },
) => Promise<ExportResult>;

export function createExportEngine(homeDir: string): ExportTimelineFn {
  let key: Promise<SigningKey> | null = null;
  return async (plan, opts) => {
    key ??= loadSigningKey(homeDir);
    // A key that failed to load (a damaged file) is tried again next time, after the user moved it.
    const signingKey = await key.catch((error: unknown) => {
      key = null;
      throw error;
    });
    return encodeExport(plan, { ...opts, signingKey });
  };
}
