// Regenerate a part of the clip: drag across the take to select a range (or Alt+drag across the clip
// on the timeline), then regenerate it with a new seed, or with edited words for what happens there.
// The new take keeps everything before the range exactly; the old take stays in the clip's takes.
import { useState } from 'react';
import type { Take } from '../../../../main/contract/model';
import { randomSeed } from '../../lib/seed';
import type { ClipRange, RemixActions } from '../../state/useRemixActions';
import { RangeStrip, type TakeSpan } from './RangeStrip';

interface RangePanelProps {
  clipId: string;
  take: Take;
  range: ClipRange | null;
  busy: boolean;
  mediaUrl(path: string): string;
  onRangeChange(range: ClipRange | null): void;
  actions: RemixActions;
}

const secs = (s: number): string => `${s.toFixed(2)} s`;

export function RangePanel({ clipId, take, range, busy, mediaUrl, onRangeChange, actions }: RangePanelProps) {
  const [draft, setDraft] = useState(take.prompt);
  const [sending, setSending] = useState(false);
  const span: TakeSpan | null = range && range.clipId === clipId ? { startSec: range.startSec, endSec: range.endSec } : null;
  const edited = draft.trim() !== take.prompt.trim() && draft.trim().length > 0;

  async function regenerate() {
    if (!span || sending) return;
    setSending(true);
    try {
      const ok = await actions.regenerateRange({ clipId, ...span }, edited ? { prompt: draft.trim() } : { seed: randomSeed(take.seed) });
      if (ok) onRangeChange(null);
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="remix-section" aria-label="Regenerate a range" data-testid="range-panel">
      <div className="panel-subheader">Regenerate a range</div>
      <RangeStrip
        durationSec={take.durationSec}
        fps={take.fps}
        filmstripUrl={mediaUrl(take.filmstripPath)}
        peaksUrl={mediaUrl(take.peaksPath)}
        range={span}
        onChange={(next) => onRangeChange(next ? { clipId, ...next } : null)}
      />
      {span ? (
        <>
          <p className="small" data-testid="range-label" data-start={span.startSec.toFixed(3)} data-end={span.endSec.toFixed(3)}>
            {secs(span.startSec)} – {secs(span.endSec)}: everything before {secs(span.startSec)} stays exactly as it is.
          </p>
          <label className="field-label" htmlFor="range-prompt-input">What happens (edit for that part, or keep for a new seed)</label>
          <textarea id="range-prompt-input" className="text-area" rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} data-testid="range-prompt-input" />
          <div className="regenerate-actions">
            <button type="button" className="button button-ghost button-small" onClick={() => onRangeChange(null)}>Clear</button>
            <button type="button" className="button button-primary" onClick={() => void regenerate()} disabled={sending || busy} data-testid="regenerate-range-button">
              {sending ? 'Starting…' : edited ? 'Regenerate range from edit' : 'Regenerate range'}
            </button>
          </div>
        </>
      ) : (
        <p className="muted small">Drag across the clip above (or Alt+drag on the timeline) to pick the part to generate again.</p>
      )}
    </section>
  );
}
