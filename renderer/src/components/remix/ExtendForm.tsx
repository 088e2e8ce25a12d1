// Extend the clip: the world runs on from where the take ends, by a few seconds (up to the longest
// clip), as a new take of the clip. A length past that limit is refused here, in the contract's
// words, and never sent.
import { useState } from 'react';
import { MAX_DURATION_SEC, extendRefusal, extendRoomSec } from '../../../../main/contract/format';
import type { Clip, Take } from '../../../../main/contract/model';
import { extendWords } from '../../lib/extend-words';
import type { RemixActions } from '../../state/useRemixActions';

export function ExtendForm({ clip, take, busy, actions }: { clip: Clip; take: Take; busy: boolean; actions: RemixActions }) {
  const room = extendRoomSec(take.durationSec);
  const [bySec, setBySec] = useState(Math.min(2, room));
  const [sending, setSending] = useState(false);
  const refusal = extendRefusal(take.durationSec, bySec);
  const words = extendWords(clip, take.durationSec, bySec, take.fps);
  const extend = async () => {
    if (refusal) return;
    setSending(true);
    try {
      await actions.extend(clip.id, bySec);
    } finally {
      setSending(false);
    }
  };
  return (
    <section className="remix-section extend-form" aria-label="Extend" data-testid="extend-form">
      <div className="panel-subheader">Extend</div>
      {room > 0 ? (
        <>
          <div className="regenerate-actions">
            <label className="small">
              by{' '}
              <input type="number" className="number-input" min={0.5} max={room} step={0.5} value={bySec} onChange={(e) => setBySec(Number(e.target.value))} data-testid="extend-seconds" /> s
            </label>
            <button type="button" className="button" onClick={() => void extend()} disabled={sending || busy || refusal !== null} data-testid="extend-button">
              {sending ? 'Starting…' : refusal ? 'Extend' : words.button}
            </button>
          </div>
          {refusal ? (
            <p className="small" role="alert" data-testid="extend-refusal">{refusal}</p>
          ) : words.note ? (
            <p className="muted small" data-testid="extend-note">{words.note}</p>
          ) : null}
        </>
      ) : (
        <p className="muted small">This clip is {MAX_DURATION_SEC} s long, the most a clip can be.</p>
      )}
    </section>
  );
}
