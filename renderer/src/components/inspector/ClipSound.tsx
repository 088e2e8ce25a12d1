// A clip's sound in the inspector: volume in dB and fade lengths; each change is one undoable edit.
import { useState } from 'react';
import { MAX_GAIN, type Clip } from '../../../../main/contract/timeline';
import type { EditorActions } from '../../state/useEditorActions';

const MIN_DB = -60;

export function gainToDb(gain: number): number {
  return gain <= 0 ? MIN_DB : Math.max(MIN_DB, 20 * Math.log10(gain));
}

export function dbToGain(db: number): number {
  return db <= MIN_DB ? 0 : Math.min(MAX_GAIN, Math.pow(10, db / 20));
}

export function ClipSound({ clip, actions }: { clip: Clip; actions: EditorActions }) {
  const [db, setDb] = useState(() => Math.round(gainToDb(clip.volume) * 10) / 10);
  const maxDb = Math.round(gainToDb(MAX_GAIN) * 10) / 10;
  const commitVolume = () => void actions.edit('clips.setSound', { clipIds: [clip.id], volume: dbToGain(db) });
  const fade = (which: 'fadeInSec' | 'fadeOutSec') => (event: React.FocusEvent<HTMLInputElement> | React.KeyboardEvent<HTMLInputElement>) => {
    const value = Number((event.currentTarget as HTMLInputElement).value);
    if (Number.isFinite(value) && value >= 0 && value !== clip[which]) void actions.edit('clips.setSound', { clipIds: [clip.id], [which]: value });
  };
  return (
    <div className="clip-sound" data-testid="clip-sound">
      <label className="sound-row">
        <span>Volume</span>
        <input
          type="range" min={MIN_DB} max={maxDb} step={0.5} value={db}
          onChange={(event) => setDb(Number(event.target.value))}
          onPointerUp={commitVolume} onKeyUp={commitVolume}
          aria-label="Clip volume" data-testid="clip-volume"
        />
        <span className="field-value">{db <= MIN_DB ? '−∞' : `${db.toFixed(1)} dB`}</span>
      </label>
      <label className="sound-row">
        <span>Fade in</span>
        <input type="number" min={0} step={0.1} defaultValue={clip.fadeInSec.toFixed(2)} onBlur={fade('fadeInSec')} onKeyDown={(e) => e.key === 'Enter' && fade('fadeInSec')(e)} aria-label="Fade in seconds" data-testid="fade-in-input" />
        <span className="field-value">s</span>
      </label>
      <label className="sound-row">
        <span>Fade out</span>
        <input type="number" min={0} step={0.1} defaultValue={clip.fadeOutSec.toFixed(2)} onBlur={fade('fadeOutSec')} onKeyDown={(e) => e.key === 'Enter' && fade('fadeOutSec')(e)} aria-label="Fade out seconds" data-testid="fade-out-input" />
        <span className="field-value">s</span>
      </label>
    </div>
  );
}
