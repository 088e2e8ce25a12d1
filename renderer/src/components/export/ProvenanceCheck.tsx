// The signed provenance of a film, checked by the engine: once an export finishes it is checked at
// once, and "Check provenance" checks any film at the path in the field (a copy someone sent back).
import { useCallback, useEffect, useState } from 'react';
import type { ExportVerification } from '../../../../main/contract/api/export';
import { errorMessage } from '../../lib/errors';
import { useClient } from '../../state/client-context';

type CheckState = { status: 'idle' } | { status: 'checking' } | { status: 'done'; result: ExportVerification } | { status: 'error'; message: string };

export function useProvenanceCheck(finishedPath: string | null) {
  const client = useClient();
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const check = useCallback(
    (path: string): void => {
      setState({ status: 'checking' });
      client.invoke('export.verify', { path }).then(
        (result) => setState({ status: 'done', result }),
        (failure: unknown) => setState({ status: 'error', message: errorMessage(failure) }),
      );
    },
    [client],
  );
  useEffect(() => {
    if (finishedPath) check(finishedPath);
  }, [finishedPath, check]);
  return { state, check };
}

export function ProvenanceLine({ state }: { state: CheckState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'checking') return <p className="muted" data-testid="provenance-check" data-status="checking">Checking the signed provenance…</p>;
  if (state.status === 'error') return <p className="dialog-error" data-testid="provenance-check" data-status="error">{state.message}</p>;
  const { result } = state;
  if (!result.ok) {
    return (
      <div className="dialog-error" data-testid="provenance-check" data-status="invalid">
        Provenance does not hold: {result.problems.join(' ')}
      </div>
    );
  }
  return (
    <p className="muted" data-testid="provenance-check" data-status="valid">
      Provenance verified: {result.parts} {result.parts === 1 ? 'part' : 'parts'}, signed{' '}
      {result.madeHere ? 'by this Kinora' : `with key ${result.keyId ?? '?'}`}
      {result.createdAt ? ` on ${new Date(result.createdAt).toLocaleString()}` : ''}.
    </p>
  );
}
