// Share the take as one .kinora-take file another Kinora user can import and remix (its plan, seed,
// motion, media, lineage and where it came from), and import one someone shared.
import { useRef, useState } from 'react';
import { TAKE_PACKAGE_EXT } from '../../../../main/contract/take-package';
import type { Take } from '../../../../main/contract/model';
import type { RemixActions } from '../../state/useRemixActions';

const fileNameOf = (take: Take): string => take.prompt.replace(/[\\/:*?"<>|,.]+/g, ' ').trim().split(/\s+/).slice(0, 6).join('-') || 'take';

export function ShareTake({ take, exportDir, actions }: { take: Take; exportDir: string; actions: RemixActions }) {
  const [outputPath, setOutputPath] = useState(() => `${exportDir}/${fileNameOf(take)}${TAKE_PACKAGE_EXT}`);
  const [written, setWritten] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const share = async () => {
    setSending(true);
    try {
      setWritten(await actions.exportTake(take.id, outputPath));
    } finally {
      setSending(false);
    }
  };
  return (
    <section className="remix-section" aria-label="Share" data-testid="share-take">
      <div className="panel-subheader">Share</div>
      <label className="field-label" htmlFor="share-path">Save this take as</label>
      <input id="share-path" type="text" className="text-input share-path" value={outputPath} onChange={(e) => setOutputPath(e.target.value)} spellCheck={false} data-testid="share-path" />
      <div className="regenerate-actions">
        <ImportTakeButton actions={actions} />
        <button type="button" className="button" onClick={() => void share()} disabled={sending || !outputPath.trim()} data-testid="share-button">
          {sending ? 'Saving…' : 'Export take file'}
        </button>
      </div>
      {written ? <p className="small" data-testid="share-done">Saved {written}</p> : null}
    </section>
  );
}

// Picks a .kinora-take file and imports it as a new clip at the end of the timeline.
export function ImportTakeButton({ actions }: { actions: RemixActions }) {
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={TAKE_PACKAGE_EXT}
        hidden
        data-testid="import-take-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void actions.importTake(file);
        }}
      />
      <button type="button" className="button button-ghost button-small" onClick={() => input.current?.click()} title="Import a take someone shared (.kinora-take)" data-testid="import-take-button">
        Import take…
      </button>
    </>
  );
}
