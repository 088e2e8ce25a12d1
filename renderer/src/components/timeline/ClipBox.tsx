// One clip on a lane: a generated clip's filmstrip on a video track (showing exactly the trimmed
// frames), its sound's box on the linked sound track, or an imported sound file on a voice/music
// track. Edges trim, the top corners of a sound box drag its fades.
import { memo } from 'react';
import type { PointerEvent as ReactPointerEvent, MouseEvent as ReactMouseEvent } from 'react';
import { clipTag } from '../../../../main/contract/clip-name';
import type { Job } from '../../../../main/contract/model';
import { MAX_GAIN } from '../../../../main/contract/timeline';
import { cssUrl } from '../../lib/dom';
import { blockedBadge, blockedCameosOf, describeBlocked, useCameoLibrary } from '../../state/cameo-context';
import type { PlacedClip } from '../../lib/timeline-layout';
import { at, span } from './Ruler';

export type ClipPart = 'body' | 'start' | 'end' | 'fade-in' | 'fade-out' | 'volume';

interface ClipBoxProps {
  placed: PlacedClip;
  lane: 'video' | 'sound' | 'media';
  // Zoomed far out, a clip is a few pixels wide: it is drawn as a plain box (no filmstrip, label or
  // handles), which keeps a thousand visible clips cheap to zoom and scroll.
  detailed: boolean;
  filmstripUrl: string | null;
  selected: boolean;
  // A live drag or trim shows the clip where it would land.
  preview: { startSec: number; durationSec: number; sourceInSec: number; fadeInSec: number; fadeOutSec: number; volume: number } | null;
  job: Job | undefined;
  // A range of the take picked for regeneration (take seconds), highlighted where the clip shows it.
  range?: { startSec: number; endSec: number } | null;
  onPointerDown(event: ReactPointerEvent<HTMLElement>, placed: PlacedClip, part: ClipPart): void;
  onContextMenu(event: ReactMouseEvent<HTMLElement>, placed: PlacedClip): void;
}

export const ClipBox = memo(function ClipBox({ placed, lane, detailed, filmstripUrl, selected, preview, job, range, onPointerDown, onContextMenu }: ClipBoxProps) {
  const { clip, take, media } = placed;
  const shown = preview ?? clip;
  const { blocked } = useCameoLibrary();
  const revoked = lane === 'video' ? blockedCameosOf(take, blocked) : [];
  const title = take?.prompt ?? media?.name ?? 'Missing source';
  const down = (part: ClipPart) => (event: ReactPointerEvent<HTMLElement>) => onPointerDown(event, placed, part);
  const className = ['clip-box', `clip-${lane}`, selected ? 'is-selected' : '', preview ? 'is-dragging' : '', revoked.length > 0 ? 'is-blocked' : ''].filter(Boolean).join(' ');
  const testId = lane === 'video' ? 'timeline-clip' : lane === 'sound' ? 'audio-clip' : 'media-clip';
  return (
    <div
      className={className}
      style={{ left: at(shown.startSec), width: span(shown.durationSec) }}
      role="option"
      aria-selected={selected}
      aria-label={lane === 'video' ? `${placed.name}: ${title}` : `Sound: ${title}`}
      title={title}
      data-testid={testId}
      data-clip-id={clip.id}
      data-take-id={take?.id ?? ''}
      data-start={clip.startSec.toFixed(3)}
      data-duration={clip.durationSec.toFixed(3)}
      data-source-in={clip.sourceInSec.toFixed(3)}
      data-selected={selected ? 'true' : 'false'}
      data-blocked={revoked.length > 0 ? 'true' : undefined}
      onPointerDown={down('body')}
      onContextMenu={(event) => onContextMenu(event, placed)}
    >
      {detailed ? <ClipDetail placed={placed} lane={lane} shown={shown} filmstripUrl={filmstripUrl} title={title} down={down} /> : null}
      {revoked.length > 0 ? (
        <span className="clip-cameo-badge" data-testid="clip-cameo-badge" title={`This take shows ${describeBlocked(revoked)}: it cannot be exported until it is regenerated or removed.`}>
          {blockedBadge(revoked)}
        </span>
      ) : null}
      {range ? <RangeHighlight range={range} sourceInSec={shown.sourceInSec} durationSec={shown.durationSec} /> : null}
      {job ? (
        <div className="clip-job" title={job.stage}>
          <div className="clip-job-fill" style={{ width: `${Math.round(job.progress * 100)}%` }} />
        </div>
      ) : null}
    </div>
  );
});

interface ClipDetailProps {
  placed: PlacedClip;
  lane: ClipBoxProps['lane'];
  shown: NonNullable<ClipBoxProps['preview']>;
  filmstripUrl: string | null;
  title: string;
  down(part: ClipPart): (event: ReactPointerEvent<HTMLElement>) => void;
}

function ClipDetail({ placed, lane, shown, filmstripUrl, title, down }: ClipDetailProps) {
  const { clip, take } = placed;
  return (
    <>
      {lane === 'video' && take && filmstripUrl ? (
        <div
          className="filmstrip"
          data-frames={take.filmstripFrames}
          style={{
            backgroundImage: cssUrl(filmstripUrl),
            // The strip covers the whole take; a trimmed clip shows its part of it.
            backgroundSize: `${span(take.durationSec)} 100%`,
            backgroundPositionX: `calc(var(--pps) * ${-shown.sourceInSec}px)`,
          }}
        />
      ) : null}
      {lane !== 'sound' ? (
        <div className="clip-label">
          {lane === 'video' ? <span className="clip-index">{clipTag(placed.track.name, placed.index)}</span> : null}
          <span className="clip-title">{title}</span>
        </div>
      ) : null}
      {lane === 'video' && clip.takeIds.length > 1 ? <span className="clip-badge" title={`${clip.takeIds.length} takes`}>{clip.takeIds.length}</span> : null}
      {lane !== 'video' ? <FadeShapes fadeInSec={shown.fadeInSec} fadeOutSec={shown.fadeOutSec} onDown={down} /> : null}
      {lane !== 'video' ? (
        <div
          className="volume-line"
          style={{ top: `${volumeLineTop(shown.volume)}%` }}
          data-testid="volume-line"
          title={`Volume ${gainLabel(shown.volume)}: drag up or down`}
          onPointerDown={down('volume')}
        />
      ) : null}
      <div className="trim-handle trim-start" data-testid="trim-start" onPointerDown={down('start')} title="Drag to trim the start" />
      <div className="trim-handle trim-end" data-testid="trim-end" onPointerDown={down('end')} title="Drag to trim the end" />
    </>
  );
}

function FadeShapes({ fadeInSec, fadeOutSec, onDown }: { fadeInSec: number; fadeOutSec: number; onDown(part: ClipPart): (event: ReactPointerEvent<HTMLElement>) => void }) {
  return (
    <>
      <div className="fade-shape fade-in-shape" style={{ width: span(fadeInSec) }} />
      <div className="fade-shape fade-out-shape" style={{ width: span(fadeOutSec) }} />
      <div className="fade-handle" style={{ left: span(fadeInSec) }} data-testid="fade-in-handle" onPointerDown={onDown('fade-in')} title="Drag to fade in" />
      <div className="fade-handle" style={{ right: span(fadeOutSec) }} data-testid="fade-out-handle" onPointerDown={onDown('fade-out')} title="Drag to fade out" />
    </>
  );
}

// The picked range, clipped to the part of the take the clip shows.
function RangeHighlight({ range, sourceInSec, durationSec }: { range: { startSec: number; endSec: number }; sourceInSec: number; durationSec: number }) {
  const from = Math.max(range.startSec, sourceInSec) - sourceInSec;
  const to = Math.min(range.endSec, sourceInSec + durationSec) - sourceInSec;
  if (to <= from) return null;
  return <div className="clip-range" style={{ left: span(from), width: span(to - from) }} data-testid="clip-range" />;
}

// The volume line sits at full height for the loudest gain and at the bottom for silence.
export function volumeLineTop(gain: number): number {
  return 100 - (Math.min(MAX_GAIN, Math.max(0, gain)) / MAX_GAIN) * 100;
}

function gainLabel(gain: number): string {
  return gain <= 0 ? '−∞ dB' : `${(20 * Math.log10(gain)).toFixed(1)} dB`;
}
