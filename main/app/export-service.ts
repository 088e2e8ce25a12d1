// Exports of a project's film: builds the ExportPlan from the timeline, runs the encoder with
// progress (throttled events with time left) and cancel, and writes .otio files. One export runs at
// a time per project; a second one is refused while the first runs.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type ApiEvent } from '../contract/api';
import type { ExportProgress } from '../contract/api/export';
import { exportPreset, type ExportPreset } from '../contract/export-presets';
import { isAbortError } from '../contract/abort';
import type { ProjectStore } from '../projects/project-store';
import { buildExportPlan } from '../projects/timeline/export-plan-builder';
import { buildOtio } from '../projects/timeline/otio';
import { timelineInRange } from '../projects/timeline/range-cut';
import type { BlockedCameo } from '../contract/cameo';
import { nothingToExport, type Timeline } from '../contract/timeline';
import { refuseBlockedClips } from './cameo-export-guard';
import type { ExportTimelineFn } from './export-engine';

const PROGRESS_EVENT_INTERVAL_MS = 100;

export interface ExportRequest {
  span: 'all' | 'range';
  preset: ExportPreset['id'];
  watermark: boolean;
  outputPath: string;
}

// An export must hold something: an empty timeline, or a range over a gap, would write a film of
// black silence, or an .otio with no clips, and say it succeeded.
function refuseNothing(timeline: Timeline, span: 'all' | 'range'): void {
  const reason = nothingToExport(timeline, span);
  if (reason) throw new ApiError('invalid_input', reason);
}

export class ExportService {
  private readonly running = new Map<string, { exportId: string; controller: AbortController }>();

  constructor(
    private readonly encode: ExportTimelineFn,
    private readonly version: string,
    private readonly emit: (event: ApiEvent) => void,
    // The cameos no take may be exported with any more (revoked or deleted).
    private readonly blockedCameos: () => BlockedCameo[] = () => [],
  ) {}

  start(store: ProjectStore, request: ExportRequest): string {
    if (this.running.has(store.id)) throw new ApiError('busy', 'An export of this project is already running. Wait for it or cancel it first.');
    const state = store.state();
    const timeline = state.timeline;
    refuseNothing(timeline, request.span);
    refuseBlockedClips(state, this.blockedCameos(), request.span === 'range' ? timeline.range : null);
    const outputPath = withExtension(request.outputPath, '.mp4');
    const preset = exportPreset(request.preset);
    const plan = buildExportPlan({
      timeline, takes: state.takes, media: state.media, projectDir: store.dir, outputPath, title: state.project.name,
      width: preset.width, height: preset.height, range: request.span === 'range' ? timeline.range : null,
      watermark: request.watermark, generator: `Kinora ${this.version}`, engineVersion: this.version,
    });
    const exportId = randomUUID();
    const controller = new AbortController();
    this.running.set(store.id, { exportId, controller });
    void this.run(store.id, exportId, plan, controller.signal);
    return exportId;
  }

  cancel(projectId: string, exportId: string): void {
    const job = this.running.get(projectId);
    if (job?.exportId === exportId) job.controller.abort();
  }

  cancelAll(): void {
    for (const job of this.running.values()) job.controller.abort();
  }

  // Writes the cut as OpenTimelineIO; the file appears whole or not at all.
  async writeOtio(store: ProjectStore, requestedPath: string, span: 'all' | 'range' = 'all'): Promise<string> {
    const outputPath = withExtension(requestedPath, '.otio');
    const state = store.state();
    refuseNothing(state.timeline, span);
    const timeline = span === 'range' && state.timeline.range ? timelineInRange(state.timeline, state.timeline.range) : state.timeline;
    refuseBlockedClips(state, this.blockedCameos(), span === 'range' ? state.timeline.range : null);
    const otio = buildOtio({ timeline, takes: state.takes, media: state.media, projectDir: store.dir, name: state.project.name, engineVersion: this.version });
    try {
      await mkdir(path.dirname(outputPath), { recursive: true });
      const partial = `${outputPath}.partial`;
      await writeFile(partial, JSON.stringify(otio, null, 2));
      await rename(partial, outputPath);
    } catch (error) {
      throw new ApiError('invalid_input', `Kinora could not write ${outputPath}: ${(error as Error).message}`);
    }
    return outputPath;
  }

  private async run(projectId: string, exportId: string, plan: Parameters<ExportTimelineFn>[0], signal: AbortSignal): Promise<void> {
    const base: ExportProgress = { id: exportId, status: 'running', progress: 0, etaSec: null, outputPath: plan.outputPath, error: null, result: null };
    const publish = (patch: Partial<ExportProgress>) => this.emit({ event: 'export.updated', payload: { projectId, export: { ...base, ...patch } } });
    publish({});
    let last = 0;
    try {
      await mkdir(path.dirname(plan.outputPath), { recursive: true });
      const result = await this.encode(plan, {
        signal,
        onProgress: (progress, etaSec) => {
          const now = Date.now();
          if (now - last < PROGRESS_EVENT_INTERVAL_MS) return;
          last = now;
          publish({ progress: Math.min(1, Math.max(0, progress)), etaSec });
        },
      });
      publish({ status: 'done', progress: 1, etaSec: 0, outputPath: result.outputPath, result: { sidecarPath: result.sidecarPath, integratedLufs: result.integratedLufs, truePeakDb: result.truePeakDb } });
    } catch (error) {
      if (isAbortError(error) || signal.aborted) publish({ status: 'cancelled' });
      else publish({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.running.delete(projectId);
    }
  }
}

function withExtension(file: string, ext: string): string {
  if (!path.isAbsolute(file)) throw new ApiError('invalid_input', `Give the full path of the file to write (for example /home/me/Videos/film${ext}).`);
  const resolved = path.resolve(file);
  return path.extname(resolved).toLowerCase() === ext ? resolved : `${resolved}${ext}`;
}
