// The browser host's side of a cameo upload: the request body streams into the upload store (which
// picks the file name and enforces the size limit) and the reply carries the upload's id, or an error
// sentence. The import itself is then an ordinary API call.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toErrorPayload } from '../app/error-messages';
import type { UploadStore } from '../cameo/upload-store';

export async function receiveCameoUpload(uploads: UploadStore, req: IncomingMessage, res: ServerResponse, fileName: string): Promise<void> {
  const declared = req.headers['content-length'] === undefined ? null : Number(req.headers['content-length']);
  try {
    const uploadId = await uploads.receive(req, fileName, Number.isFinite(declared) ? declared : null);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ uploadId }));
  } catch (error) {
    // Stop reading a body we refused; the client sees the reason, not a reset.
    req.unpipe();
    req.resume();
    res.writeHead(400, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ error: toErrorPayload(error) }));
  }
}
