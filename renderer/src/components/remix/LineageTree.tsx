// The clip's family as a small tree: the original, its regenerations, ranges, remixes and extensions,
// each saying what changed. Any take can be previewed here, shown in this clip, or added to the
// timeline as a clip of its own (both undoable).
import { useState } from 'react';
import type { Take } from '../../../../main/contract/model';
import { formatDuration } from '../../lib/timecode';
import { CHANGE_LABELS, lineageOf } from '../../lib/lineage';
import type { RemixActions } from '../../state/useRemixActions';

interface LineageTreeProps {
  clipId: string;
  currentTakeId: string;
  memberIds: readonly string[];
  takes: readonly Take[];
  mediaUrl(path: string): string;
  actions: RemixActions;
}

export function LineageTree({ clipId, currentTakeId, memberIds, takes, mediaUrl, actions }: LineageTreeProps) {
  const [previewId, setPreviewId] = useState<string | null>(null);
  const nodes = lineageOf(takes, memberIds);
  const preview = previewId ? takes.find((t) => t.id === previewId) : undefined;
  return (
    <section className="remix-section" aria-label="Family" data-testid="lineage">
      <div className="panel-subheader">
        Family <span className="muted">({nodes.length})</span>
      </div>
      {preview ? (
        <div className="lineage-preview">
          <video key={preview.id} src={mediaUrl(preview.videoPath)} controls autoPlay playsInline data-testid="lineage-preview" data-take-id={preview.id} />
          <button type="button" className="button button-ghost button-small" onClick={() => setPreviewId(null)}>Close preview</button>
        </div>
      ) : null}
      <ol className="lineage-tree" role="tree">
        {nodes.map(({ take, depth }) => {
          const current = take.id === currentTakeId;
          return (
            <li
              key={take.id}
              role="treeitem"
              aria-level={depth + 1}
              aria-current={current ? 'true' : undefined}
              className={`lineage-node${current ? ' lineage-current' : ''}`}
              style={{ paddingLeft: 6 + depth * 14 }}
              data-testid="lineage-node"
              data-take-id={take.id}
              data-kind={take.change.kind}
              data-parent-id={take.parentTakeId ?? ''}
            >
              <div className="lineage-line">
                <span className={`lineage-kind lineage-${take.change.kind}`}>{CHANGE_LABELS[take.change.kind]}</span>
                <span className="lineage-meta">{formatDuration(take.durationSec)}{current ? ' · in clip' : ''}</span>
              </div>
              <div className="lineage-summary" title={take.outcome}>{take.change.summary}</div>
              <div className="lineage-actions">
                <button type="button" className="button button-ghost button-small" onClick={() => setPreviewId(take.id)} data-testid="lineage-preview-button">Preview</button>
                {current ? null : (
                  <button type="button" className="button button-ghost button-small" onClick={() => void actions.place(take.id, clipId)} data-testid="lineage-use-button">Use in clip</button>
                )}
                <button type="button" className="button button-ghost button-small" onClick={() => void actions.place(take.id, null)} data-testid="lineage-add-button">Add as clip</button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
