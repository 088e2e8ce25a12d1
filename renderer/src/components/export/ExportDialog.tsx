// The Export dialog: the whole timeline or the marked range, a size preset at the project's frame
// rate, the "made with Kinora" mark (on unless turned off), where to save; then a progress bar with
// the time left and Cancel. The cut can also be saved as OpenTimelineIO for another editor.
import { useState } from 'react';
import type { ProjectState } from '../../../../main/contract/model';
import { EXPORT_PRESETS, type ExportPreset } from '../../../../main/contract/export-presets';
import { clipPartInRange, nothingToExport } from '../../../../main/contract/timeline';
import { formatDuration, formatTime, type TimeFormat } from '../../lib/timecode';
import type { TimelineView } from '../../lib/timeline-layout';
import { ProvenanceLine, useProvenanceCheck } from './ProvenanceCheck';
import { useExportJob } from './useExportJob';
import { blockedCameosOf, describeBlocked, useCameoLibrary } from '../../state/cameo-context';

interface ExportDialogProps {
  project: ProjectState;
  view: TimelineView;
  // The editor's time format: the range and the note about it read as the timeline's times do.
  timeFormat: TimeFormat;
  onClose(): void;
}

function defaultPath(project: ProjectState, ext: string): string {
  const safe = project.project.name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'film';
  return `${project.project.path}/exports/${safe}${ext}`;
}

export function ExportDialog({ project, view, timeFormat, onClose }: ExportDialogProps) {
  const time = (sec: number) => formatTime(sec, view.fps, timeFormat);
  const [span, setSpan] = useState<'all' | 'range'>(view.range ? 'range' : 'all');
  const [preset, setPreset] = useState<ExportPreset['id']>('720p');
  const [watermark, setWatermark] = useState(true);
  const [outputPath, setOutputPath] = useState(() => defaultPath(project, '.mp4'));
  const [otioPath, setOtioPath] = useState<string | null>(null);
  const { job, error, start, cancel, writeOtio } = useExportJob(project.project.id);
  const running = job?.status === 'running';
  const provenance = useProvenanceCheck(job?.status === 'done' ? job.outputPath : null);
  // Main refuses an export that would hold nothing; the dialog says so before the button is pressed.
  const nothing = nothingToExport(project.timeline, span, time);
  const { blocked } = useCameoLibrary();
  // Clips whose take holds a revoked or deleted cameo, in what is exported (the range, if that is
  // what goes out): main refuses the export while they are there.
  const exported = span === 'range' ? view.range : null;
  const revoked = view.tracks
    .filter((lane) => lane.track.kind === 'video')
    .flatMap((lane) => lane.clips.map((placed) => ({ placed, cameos: blockedCameosOf(placed.take, blocked) })))
    .filter((hit) => hit.cameos.length > 0)
    .filter(({ placed: { clip } }) => !exported || clipPartInRange(clip, exported));

  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog" role="dialog" aria-modal="true" aria-label="Export" data-testid="export-dialog">
        <h2>Export</h2>
        <fieldset className="field-group" disabled={running}>
          <legend>What</legend>
          <label><input type="radio" name="span" checked={span === 'all'} onChange={() => setSpan('all')} /> Whole timeline ({formatDuration(view.duration)})</label>
          <label title={view.range ? undefined : 'Mark a range with I and O on the timeline'}>
            <input type="radio" name="span" checked={span === 'range'} disabled={!view.range} onChange={() => setSpan('range')} data-testid="export-range" /> Marked range
            {view.range ? ` (${time(view.range.inSec)} – ${time(view.range.outSec)})` : ' (none marked: I / O)'}
          </label>
        </fieldset>
        <fieldset className="field-group" disabled={running}>
          <legend>Format</legend>
          <label>
            Size{' '}
            <select value={preset} onChange={(event) => setPreset(event.target.value as ExportPreset['id'])} data-testid="export-preset">
              {EXPORT_PRESETS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
            </select>{' '}
            at {view.fps} fps, H.264 + AAC, −14 LUFS
          </label>
          <label><input type="checkbox" checked={watermark} onChange={(event) => setWatermark(event.target.checked)} data-testid="export-watermark" /> “Made with Kinora” mark</label>
          <label className="field-wide">
            Save as <input type="text" value={outputPath} onChange={(event) => setOutputPath(event.target.value)} spellCheck={false} data-testid="export-path" />
          </label>
        </fieldset>
        {revoked.length > 0 ? (
          <p className="dialog-warning" role="status" data-testid="export-cameo-warning">
            {revoked.map((hit) => hit.placed.name).join(', ')} {revoked.length === 1 ? 'shows' : 'show'}{' '}
            {describeBlocked(revoked.flatMap((hit) => hit.cameos).filter((c, i, all) => all.findIndex((o) => o.id === c.id) === i))}: remove or regenerate {revoked.length === 1 ? 'it' : 'them'} to export.
          </p>
        ) : null}
        {nothing ? <p className="dialog-warning" role="status" data-testid="export-nothing">{nothing}</p> : null}
        {job ? <ExportStatus job={job} /> : null}
        <ProvenanceLine state={provenance.state} />
        {error ? <p className="dialog-error" role="alert" data-testid="export-error">{error}</p> : null}
        {otioPath ? <p className="muted" data-testid="otio-done">Saved the cut as {otioPath}</p> : null}
        <div className="dialog-actions">
          <button type="button" className="button button-ghost" onClick={async () => setOtioPath(await writeOtio(outputPath.replace(/\.mp4$/i, '') + '.otio', span))} disabled={running || nothing !== null} data-testid="export-otio-button">
            Save .otio
          </button>
          <button type="button" className="button button-ghost" onClick={() => provenance.check(outputPath)} disabled={running} data-testid="export-verify-button" title="Check the signed provenance of the film at this path">
            Check provenance
          </button>
          <div className="top-bar-spacer" />
          {running ? (
            <button type="button" className="button button-danger" onClick={cancel} data-testid="export-cancel-button">Cancel export</button>
          ) : (
            <button type="button" className="button button-ghost" onClick={onClose} data-testid="export-close-button">Close</button>
          )}
          <button type="button" className="button button-primary" disabled={running || nothing !== null} onClick={() => void start({ span, preset, watermark, outputPath })} data-testid="export-start-button">
            Export MP4
          </button>
        </div>
      </div>
    </div>
  );
}

function ExportStatus({ job }: { job: NonNullable<ReturnType<typeof useExportJob>['job']> }) {
  const percent = Math.round(job.progress * 100);
  const text =
    job.status === 'running' ? `${percent}%${job.etaSec !== null ? ` · about ${formatDuration(job.etaSec)} left` : ''}`
      : job.status === 'done' ? `Done: ${job.outputPath}${job.result ? ` (${job.result.integratedLufs.toFixed(1)} LUFS)` : ''}`
        : job.status === 'cancelled' ? 'Cancelled. Nothing was written.' : `Failed: ${job.error ?? 'unknown error'}`;
  return (
    <div className="export-status" data-testid="export-status" data-status={job.status}>
      <div className="progress-track"><div className="progress-fill" style={{ width: `${percent}%` }} /></div>
      <span>{text}</span>
    </div>
  );
}
