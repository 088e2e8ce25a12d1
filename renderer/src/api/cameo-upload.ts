// Sends a dropped or picked file to the browser host's upload endpoint and returns the import source
// it stands for. The host names and stores the file; errors come back as sentences.
import { CAMEO_UPLOAD_PATH, cameoUploadReplySchema, type CameoSource } from '../../../main/contract/cameo';
import { ApiError, toApiError } from './contract';

export async function uploadCameoFile(origin: string, token: string, file: File): Promise<CameoSource> {
  const url = `${origin}${CAMEO_UPLOAD_PATH}?name=${encodeURIComponent(file.name)}&token=${encodeURIComponent(token)}`;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } });
  } catch {
    throw new ApiError('internal', `${file.name} could not be sent to the engine. Check that Kinora is still running and try again.`);
  }
  const parsed = cameoUploadReplySchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new ApiError('internal', `The engine did not accept ${file.name} (HTTP ${response.status}).`);
  if ('error' in parsed.data) throw toApiError(parsed.data.error);
  return { kind: 'upload', uploadId: parsed.data.uploadId };
}
