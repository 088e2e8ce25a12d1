// The MP4 encoder the export service calls. It lives in main/media/export/ (mixing, loudness,
// watermark, signed provenance), built alongside this branch; until it lands here this stand-in
// refuses with a sentence, and the only change at merge is the import below.
import { ApiError } from '../contract/api';
import type { ExportPlan } from '../media/export/export-plan';

export interface ExportResult {
  outputPath: string;
  sidecarPath: string;
  integratedLufs: number;
  truePeakDb: number;
}

export type ExportTimelineFn = (
  plan: ExportPlan,
  opts: { signal?: AbortSignal; onProgress?: (fraction: number, etaSec: number | null) => void },
) => Promise<ExportResult>;

export const exportTimeline: ExportTimelineFn = async () => {
  throw new ApiError('internal', 'MP4 export is not in this build of Kinora yet. Export the cut as OpenTimelineIO (.otio) meanwhile.');
};
