// Every take the clip has had, oldest first; the one on the timeline is marked current.
import type { Take } from '../../../../main/contract/model';
import { formatDuration } from '../../lib/timecode';
import { blockedCameosOf, describeBlocked, useCameoLibrary } from '../../state/cameo-context';

interface TakeListProps {
  takes: readonly Take[];
  currentTakeId: string;
  onSelect(takeId: string): void;
}

export function TakeList({ takes, currentTakeId, onSelect }: TakeListProps) {
  const currentPrompt = takes.find((take) => take.id === currentTakeId)?.prompt;
  const { blocked } = useCameoLibrary();
  return (
    <ol className="take-list" data-testid="take-list">
      {takes.map((take, index) => {
        const current = take.id === currentTakeId;
        const revoked = blockedCameosOf(take, blocked);
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
              data-blocked={revoked.length > 0 ? 'true' : undefined}
            >
              <span className="take-number">{index + 1}</span>
              <span className="take-text">
                <span className="take-line">
                  seed {take.seed} · {formatDuration(take.durationSec)}
                  {take.parentTakeId ? ' · regenerated' : ''}
                </span>
                {take.prompt !== currentPrompt ? <span className="take-prompt">“{take.prompt}”</span> : null}
                <span className="take-outcome">{take.outcome}</span>
                {revoked.length > 0 ? (
                  <span className="take-blocked" data-testid="take-blocked">
                    Shows {describeBlocked(revoked)}: cannot be exported
                  </span>
                ) : take.cameos?.length ? (
                  <span className="take-cameos">with {take.cameos.map((c) => `@${c.name}`).join(', ')}</span>
                ) : null}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
