import type { exportCalls } from '../../contract/api/export';
import type { HandlerFactory } from './types';

export const exportHandlers: HandlerFactory<typeof exportCalls> = (studio) => ({
  'export.start': ({ projectId, ...request }) => ({ exportId: studio.startExport(projectId, request) }),
  'export.cancel': ({ projectId, exportId }) => {
    studio.cancelExport(projectId, exportId);
    return { ok: true as const };
  },
  'export.otio': async ({ projectId, outputPath, span }) => ({ path: await studio.exportOtio(projectId, outputPath, span) }),
  'export.verify': ({ path }) => studio.verifyExport(path),
});
