// The browser host transport: requests, responses and events over one WebSocket (socket-link.ts),
// validated against the contract both ways, plus the host's HTTP routes for media and uploads.
import type { ApiInput, ApiMethod, ApiOutput } from '../../../main/contract/api';
import { MAX_MEDIA_UPLOAD_BYTES, MEDIA_TOO_LARGE } from '../../../main/contract/api/media';
import { ApiError, parseInput, parseOutput } from './contract';
import { uploadCameoFile } from './cameo-upload';
import { encodeRelativePath } from './media-path';
import { disconnectedError, SocketLink } from './socket-link';
import type { RendererClient } from './types';

export interface WebSocketClientOptions {
  socketUrl: string;
  mediaOrigin: string;
  token: string;
  // How long a call made while disconnected waits for the connection before failing.
  queueTimeoutMs?: number;
}

export function createWebSocketClient(options: WebSocketClientOptions): RendererClient {
  const link = new SocketLink(options.socketUrl, options.queueTimeoutMs ?? 20000);
  const token = encodeURIComponent(options.token);
  return {
    invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
      let sendable: unknown;
      try {
        sendable = parseInput(method, input);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new ApiError('invalid_input', String(error)));
      }
      return link.call(method, sendable).then((raw) => parseOutput(method, raw));
    },
    subscribe: (listener) => link.events.add(listener),
    mediaUrl: (projectId, relativePath) => `${options.mediaOrigin}/media/${encodeURIComponent(projectId)}/${encodeRelativePath(relativePath)}?token=${token}`,
    upload: (projectId, file) => uploadSound(`${options.mediaOrigin}/upload/${encodeURIComponent(projectId)}?token=${token}`, file),
    cameoMediaUrl: (cameoId, fileName) => `${options.mediaOrigin}/cameo-media/${encodeURIComponent(cameoId)}/${encodeURIComponent(fileName)}?token=${token}`,
    stageCameoFile: (file) => uploadCameoFile(options.mediaOrigin, options.token, file),
    connectionStatus: () => link.status(),
    onConnectionChange: (listener) => link.statusListeners.add(listener),
  };
}

// Posts a dropped file to the host, which stores it for an import call; returns its upload id.
async function uploadSound(url: string, file: Blob): Promise<string> {
  if (file.size > MAX_MEDIA_UPLOAD_BYTES) throw new ApiError('invalid_input', MEDIA_TOO_LARGE);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } });
  } catch {
    throw disconnectedError();
  }
  const body = (await response.json().catch(() => ({}))) as { uploadId?: unknown; error?: unknown };
  if (!response.ok || typeof body.uploadId !== 'string') {
    throw new ApiError('invalid_input', typeof body.error === 'string' ? body.error : `The file could not be uploaded (HTTP ${response.status}).`);
  }
  return body.uploadId;
}
