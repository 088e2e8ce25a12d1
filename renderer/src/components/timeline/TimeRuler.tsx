// The time ruler: major ticks with labels, minor ticks between; only the visible stretch is drawn.
import { formatRulerLabel, rulerStep } from './zoom';

interface TimeRulerProps {
  pixelsPerSecond: number;
  visibleStart: number;
  visibleWidth: number;
  contentWidth: number;
}

export function TimeRuler({ pixelsPerSecond, visibleStart, visibleWidth, contentWidth }: TimeRulerProps) {
  const { major, minor } = rulerStep(pixelsPerSecond);
  const margin = 200;
  const fromSec = Math.max(0, (visibleStart - margin) / pixelsPerSecond);
  const toSec = Math.min(contentWidth, visibleStart + visibleWidth + margin) / pixelsPerSecond;
  const ticks: Array<{ t: number; isMajor: boolean }> = [];
  const first = Math.floor(fromSec / minor);
  const last = Math.ceil(toSec / minor);
  const perMajor = Math.round(major / minor);
  for (let i = first; i <= last; i++) {
    ticks.push({ t: i * minor, isMajor: i % perMajor === 0 });
  }
  return (
    <div className="time-ruler" data-testid="time-ruler" aria-hidden="true">
      {ticks.map(({ t, isMajor }) => (
        <div key={t.toFixed(3)} className={isMajor ? 'tick tick-major' : 'tick'} style={{ left: t * pixelsPerSecond }}>
          {isMajor ? <span className="tick-label">{formatRulerLabel(t, major)}</span> : null}
        </div>
      ))}
    </div>
  );
}
