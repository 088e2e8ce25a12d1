// The models Kinora runs locally (name, file, hash, licence, source, state) and the execution
// provider that runs them.
import { useEffect, useState } from 'react';
import type { ExecutionProvider, ModelsState } from '../../../../main/contract/models';
import { errorMessage } from '../../lib/errors';
import { useClient } from '../../state/client-context';
import { useNotifications } from '../../state/notifications';

const PROVIDER_LABELS: Record<ExecutionProvider, string> = { cpu: 'CPU', cuda: 'CUDA', directml: 'DirectML', coreml: 'CoreML' };

export function ModelsSection() {
  const client = useClient();
  const { showError } = useNotifications();
  const [state, setState] = useState<ModelsState | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (open) client.invoke('models.list', {}).then(setState, (error: unknown) => showError(errorMessage(error)));
  }, [client, open, showError]);

  const choose = (provider: ExecutionProvider): void => {
    client.invoke('models.setProvider', { provider }).then(setState, (error: unknown) => showError(errorMessage(error)));
  };

  return (
    <details className="models-section" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="models-section">
      <summary className="panel-subheader">Models</summary>
      {state ? (
        <>
          <label className="field">
            <span className="field-label">Run models on</span>
            <select className="text-input" value={state.provider.selected} onChange={(e) => choose(e.target.value as ExecutionProvider)} data-testid="provider-select">
              {(Object.keys(PROVIDER_LABELS) as ExecutionProvider[]).map((p) => (
                <option key={p} value={p} disabled={!state.provider.available.includes(p) && p !== state.provider.selected}>
                  {PROVIDER_LABELS[p]}
                  {state.provider.available.includes(p) ? '' : ' (not on this machine)'}
                </option>
              ))}
            </select>
          </label>
          <p className="muted" data-testid="provider-message">{state.provider.message}</p>
          {state.models.map((model) => (
            <dl key={model.id} className="model-card" data-testid="model-card" data-status={model.status}>
              <dt>{model.name}</dt>
              <dd>{model.task}</dd>
              <dd className="model-file" title={model.file}>{model.file} · {(model.sizeBytes / 1e6).toFixed(0)} MB</dd>
              <dd className="model-hash">sha256 {model.sha256}</dd>
              <dd>Licence: {model.licence}</dd>
              <dd>Source: {model.source}</dd>
              <dd className={model.status === 'missing' || model.status === 'corrupt' ? 'model-bad' : ''}>{model.message}</dd>
            </dl>
          ))}
        </>
      ) : null}
    </details>
  );
}
