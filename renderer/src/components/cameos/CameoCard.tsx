// One cameo: its matte preview (or analysis progress with Cancel), name, height, how its footage
// frames the person, consent, whether its takes may be shared, revoke and delete.
import { useState } from 'react';
import { CAMEO_CONSENT_TEXT, MAX_CAMEO_HEIGHT_M, MIN_CAMEO_HEIGHT_M, type Cameo } from '../../../../main/contract/cameo';
import { useClient } from '../../state/client-context';
import type { CameoActions } from '../../state/useCameos';

interface CameoCardProps {
  cameo: Cameo;
  actions: CameoActions;
}

export function CameoCard({ cameo, actions }: CameoCardProps) {
  return (
    <li className="cameo-card" data-testid="cameo-card" data-cameo-id={cameo.id} data-status={cameo.status} data-usable={cameo.usable}>
      <CameoPreview cameo={cameo} onCancel={() => void actions.cancel(cameo.id)} onRetry={() => void actions.reanalyse(cameo.id)} />
      <CameoDetails cameo={cameo} actions={actions} />
    </li>
  );
}

function CameoPreview({ cameo, onCancel, onRetry }: { cameo: Cameo; onCancel(): void; onRetry(): void }) {
  const client = useClient();
  if (cameo.status === 'analysing') {
    const percent = Math.round(cameo.progress * 100);
    return (
      <div className="cameo-preview cameo-preview-busy">
        <div className="progress" role="progressbar" aria-label={`Analysing ${cameo.name}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} data-testid="cameo-progress">
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <div className="job-footer">
          <span className="job-stage" data-testid="cameo-stage">{cameo.stage || 'Analysing…'}</span>
          <span className="job-percent">{percent}%</span>
          <button type="button" className="button button-small button-ghost" onClick={onCancel} data-testid="cancel-cameo-button">
            Cancel
          </button>
        </div>
      </div>
    );
  }
  if (cameo.status !== 'ready' || !cameo.posterPath || !cameo.mattePath) {
    return (
      <div className="cameo-preview cameo-preview-message">
        <span data-testid="cameo-error">{cameo.status === 'cancelled' ? 'Analysis cancelled.' : (cameo.error ?? 'Analysis failed.')}</span>
        <button type="button" className="button button-small button-ghost" onClick={onRetry} data-testid="reanalyse-cameo-button">
          Analyse again
        </button>
      </div>
    );
  }
  // The matte over a checkerboard, so transparency shows; a video cameo plays its matted loop.
  return (
    <div className="cameo-preview checkerboard" data-testid="cameo-preview">
      {cameo.kind === 'video' ? (
        <video src={client.cameoMediaUrl(cameo.id, cameo.mattePath)} poster={client.cameoMediaUrl(cameo.id, cameo.posterPath)} muted loop autoPlay playsInline data-testid="cameo-matte-video" />
      ) : (
        <img src={client.cameoMediaUrl(cameo.id, cameo.posterPath)} alt={`${cameo.name}, cut out`} data-testid="cameo-matte-image" />
      )}
    </div>
  );
}

function CameoDetails({ cameo, actions }: CameoCardProps) {
  const [name, setName] = useState(cameo.name);
  const [height, setHeight] = useState(cameo.heightM.toFixed(2));
  const revoked = cameo.revokedAt !== null;
  const commitName = (): void => {
    if (name.trim() === cameo.name) return;
    void actions.update(cameo.id, { name: name.trim() }).then((ok) => ok || setName(cameo.name));
  };
  const commitHeight = (): void => {
    const value = Number(height);
    if (value === cameo.heightM) return;
    void actions.update(cameo.id, { heightM: value }).then((ok) => ok || setHeight(cameo.heightM.toFixed(2)));
  };
  return (
    <div className="cameo-details">
      <div className="field-row">
        <label className="field">
          <span className="field-label">Name (<span className="as-typed">@{cameo.name}</span>)</span>
          <input className="text-input" value={name} disabled={revoked} onChange={(e) => setName(e.target.value)} onBlur={commitName} onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()} data-testid="cameo-name-input" />
        </label>
        <label className="field">
          <span className="field-label">Height (m)</span>
          <input className="text-input" type="number" step={0.01} min={MIN_CAMEO_HEIGHT_M} max={MAX_CAMEO_HEIGHT_M} value={height} disabled={revoked} onChange={(e) => setHeight(e.target.value)} onBlur={commitHeight} onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()} data-testid="cameo-height-input" />
        </label>
      </div>
      <FramingLine cameo={cameo} />
      <ConsentLine cameo={cameo} onConfirm={() => actions.consent(cameo.id, cameo.name)} />
      <SharingLine cameo={cameo} onChange={(allowed) => actions.setSharing(cameo.id, allowed)} />
      <div className="cameo-actions">
        <span className={`cameo-badge${cameo.usable ? ' cameo-badge-ok' : ''}`} data-testid="cameo-usable">
          {revoked ? 'Revoked' : cameo.usable ? 'Ready to use' : cameo.status === 'ready' ? 'Needs consent' : 'Not ready'}
        </span>
        {!revoked ? (
          <button type="button" className="button button-small button-ghost" data-testid="revoke-cameo-button" onClick={() => window.confirm(`Revoke "${cameo.name}"? It can never be used again; the record is kept.`) && void actions.revoke(cameo.id)}>
            Revoke
          </button>
        ) : null}
        <button type="button" className="button button-small button-danger" data-testid="delete-cameo-button" onClick={() => window.confirm(`Delete "${cameo.name}" and its footage from disk?`) && void actions.remove(cameo.id)}>
          Delete
        </button>
      </div>
    </div>
  );
}

// How the footage frames the person, and what that means in a scene: a webcam clip from the waist up
// is drawn from the waist up, never with made-up legs.
function FramingLine({ cameo }: { cameo: Cameo }) {
  if (!cameo.framing) return null;
  const { shownShare, words } = cameo.framing;
  const whole = shownShare >= 1;
  return (
    <p className={`cameo-framing${whole ? '' : ' is-cut'}`} data-testid="cameo-framing" data-shown-share={shownShare}>
      {whole ? 'Filmed head to feet: you can walk, run and kick in scenes.' : `Filmed ${words}: you will appear ${words}, in medium shots and close-ups, or seated behind a table (in a wide shot, or watching someone else). For walking, running or kicking, import a clip that shows you head to feet.`}
    </p>
  );
}

function ConsentLine({ cameo, onConfirm }: { cameo: Cameo; onConfirm(): Promise<boolean> }) {
  // Ticked at once; unticked again if main refuses (a revoked cameo, a lost connection).
  const [ticked, setTicked] = useState(false);
  if (cameo.consent) {
    return (
      <p className="cameo-consent muted" data-testid="cameo-consent-record" title={cameo.consent.text}>
        Consent confirmed by {cameo.consent.confirmedBy}, {new Date(cameo.consent.confirmedAt).toLocaleString()}
      </p>
    );
  }
  return (
    <label className="cameo-consent">
      <input
        type="checkbox"
        checked={ticked}
        disabled={ticked || cameo.revokedAt !== null}
        onChange={() => {
          setTicked(true);
          void onConfirm().then((ok) => ok || setTicked(false));
        }}
        data-testid="cameo-consent-checkbox"
      />
      <span>{CAMEO_CONSENT_TEXT}</span>
    </label>
  );
}

// The owner's permission to share takes holding the cameo as .kinora-take files (off by default).
function SharingLine({ cameo, onChange }: { cameo: Cameo; onChange(allowed: boolean): Promise<boolean> }) {
  const [busy, setBusy] = useState(false);
  const allowed = cameo.sharingAllowedAt !== null;
  return (
    <label className="cameo-consent" title="Off: a take showing this person cannot be exported as a .kinora-take file for someone else to remix.">
      <input
        type="checkbox"
        checked={allowed}
        disabled={busy || cameo.revokedAt !== null || cameo.consent === null}
        onChange={() => {
          setBusy(true);
          void onChange(!allowed).finally(() => setBusy(false));
        }}
        data-testid="cameo-sharing-checkbox"
      />
      <span>Allow sharing in exported takes</span>
    </label>
  );
}
