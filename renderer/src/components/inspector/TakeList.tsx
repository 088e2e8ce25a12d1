// Every take the clip has had, oldest first; the one on the timeline is marked current.
import type { Take } from '../../../../main/contract/model';
import { formatDuration } from '../../lib/timecode';

interface TakeListProps {
  takes: readonly Take[];
  currentTakeId: string;
  onSelect(takeId: string): void;
}

export function TakeList({ takes, currentTakeId, onSelect }: TakeListProps) {
  const currentPrompt = takes.find((take) => take.id === currentTakeId)?.prompt;
  return (
    <ol className="take-list" data-testid="take-list">
      {takes.map((take, index) => {
        const current = take.id === currentTakeId;
        return (
          <li key={take.id}>
            <button
              type="button"
              className={`take-item${current ? ' take-item-current' : ''}`}
              aria-current={current ? 'true' : undefined}
              onClick={() => {
                if (!current) onSelect(take.id);
              }}
              title={take.prompt}
              data-testid="take-item"
              data-take-id={take.id}
            >
              <span className="take-number">{index + 1}</span>
              <span className="take-text">
                <span className="take-line">
                  seed {take.seed} · {formatDuration(take.durationSec)}
                  {take.parentTakeId ? ' · regenerated' : ''}
                </span>
                {take.prompt !== currentPrompt ? <span className="take-prompt">“{take.prompt}”</span> : null}
                <span className="take-outcome">{take.outcome}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
