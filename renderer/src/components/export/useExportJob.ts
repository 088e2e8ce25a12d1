// One export as the dialog follows it: start, the 'export.updated' events for it, cancel.
import { useCallback, useEffect, useState } from 'react';
import type { ApiInput } from '../../../../main/contract/api';
import type { ExportProgress } from '../../../../main/contract/api/export';
import { errorMessage } from '../../lib/errors';
import { useClient } from '../../state/client-context';

export function useExportJob(projectId: string) {
  const client = useClient();
  const [job, setJob] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exportId, setExportId] = useState<string | null>(null);

  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.event !== 'export.updated' || event.payload.projectId !== projectId) return;
        setJob((current) => (exportId === null || event.payload.export.id === exportId ? event.payload.export : current));
      }),
    [client, projectId, exportId],
  );

  const start = useCallback(
    async (request: Omit<ApiInput<'export.start'>, 'projectId'>) => {
      setError(null);
      setJob(null);
      try {
        const { exportId: id } = await client.invoke('export.start', { projectId, ...request });
        setExportId(id);
      } catch (failure) {
        setError(errorMessage(failure));
      }
    },
    [client, projectId],
  );

  const cancel = useCallback(() => {
    if (exportId) void client.invoke('export.cancel', { projectId, exportId }).catch((failure: unknown) => setError(errorMessage(failure)));
  }, [client, projectId, exportId]);

  const writeOtio = useCallback(
    async (outputPath: string, span: 'all' | 'range'): Promise<string | null> => {
      setError(null);
      try {
        return (await client.invoke('export.otio', { projectId, outputPath, span })).path;
      } catch (failure) {
        setError(errorMessage(failure));
        return null;
      }
    },
    [client, projectId],
  );

  return { job: exportId && job?.id === exportId ? job : null, error, start, cancel, writeOtio };
}
