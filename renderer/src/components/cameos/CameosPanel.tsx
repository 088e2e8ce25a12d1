// The Cameos drawer: import (button or drop anywhere on the window), every cameo in the library with
// its analysis, details and consent, and the models that do the analysis.
import { useRef } from 'react';
import { CAMEO_EXTENSIONS } from '../../../../main/contract/cameo';
import type { Cameo } from '../../../../main/contract/cameo';
import type { CameoActions } from '../../state/useCameos';
import { CameoCard } from './CameoCard';
import { ModelsSection } from './ModelsSection';

interface CameosPanelProps {
  cameos: readonly Cameo[];
  actions: CameoActions;
  onClose(): void;
}

export function CameosPanel({ cameos, actions, onClose }: CameosPanelProps) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <aside className="panel cameos-panel" aria-label="Cameos" data-testid="cameos-panel">
      <div className="panel-header">
        <h2>Cameos</h2>
        <button type="button" className="button button-small button-ghost" onClick={onClose} aria-label="Close cameos">
          Close
        </button>
      </div>
      <div className="panel-body cameos-body">
        <button type="button" className="button button-primary" onClick={() => picker.current?.click()} data-testid="import-cameo-button">
          Import Cameo…
        </button>
        <input
          ref={picker}
          type="file"
          hidden
          accept={CAMEO_EXTENSIONS.join(',')}
          data-testid="import-cameo-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void actions.importFiles(files);
          }}
        />
        <p className="muted cameos-hint">Or drop a video (up to 30 s) or a photo of a person anywhere on the window.</p>
        {cameos.length === 0 ? <p className="muted">No cameos yet.</p> : null}
        <ul className="cameo-list" data-testid="cameo-list">
          {cameos.map((cameo) => (
            <CameoCard key={cameo.id} cameo={cameo} actions={actions} />
          ))}
        </ul>
        <ModelsSection />
      </div>
    </aside>
  );
}
