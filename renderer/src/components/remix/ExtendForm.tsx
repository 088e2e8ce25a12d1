// Extend the clip: the world runs on from where the take ends, by a few seconds (up to the longest
// clip), as a new take of the clip.
import { useState } from 'react';
import { MAX_DURATION_SEC } from '../../../../main/contract/format';
import type { Take } from '../../../../main/contract/model';
import type { RemixActions } from '../../state/useRemixActions';

export function ExtendForm({ clipId, take, busy, actions }: { clipId: string; take: Take; busy: boolean; actions: RemixActions }) {
  const room = Math.max(0, MAX_DURATION_SEC - take.durationSec);
  const [bySec, setBySec] = useState(Math.min(2, room));
  const [sending, setSending] = useState(false);
  const extend = async () => {
    setSending(true);
    try {
      await actions.extend(clipId, bySec);
    } finally {
      setSending(false);
    }
  };
  return (
    <section className="remix-section extend-form" aria-label="Extend" data-testid="extend-form">
      <div className="panel-subheader">Extend</div>
      {room > 0 ? (
        <div className="regenerate-actions">
          <label className="small">
            by{' '}
            <input type="number" className="number-input" min={0.5} max={room} step={0.5} value={bySec} onChange={(e) => setBySec(Number(e.target.value))} data-testid="extend-seconds" /> s
          </label>
          <button type="button" className="button" onClick={() => void extend()} disabled={sending || busy || !(bySec > 0)} data-testid="extend-button">
            {sending ? 'Starting…' : `Extend to ${(take.durationSec + (bySec || 0)).toFixed(1)} s`}
          </button>
        </div>
      ) : (
        <p className="muted small">This clip is {MAX_DURATION_SEC} s long, the most a clip can be.</p>
      )}
    </section>
  );
}
