// The Electron transport: the preload's untyped bridge, validated here exactly like the WebSocket.
import type { ApiEvent, ApiInput, ApiMethod, ApiOutput } from '../../../main/contract/api';
import { MAX_MEDIA_UPLOAD_BYTES, MEDIA_TOO_LARGE } from '../../../main/contract/api/media';
import { CAMEO_MEDIA_HOST } from '../../../main/contract/cameo';
import type { KinoraBridge } from '../../../main/contract/client';
import { ApiError, parseEvent, parseInput, parseOutput, toApiError } from './contract';
import { Listeners } from './listeners';
import { encodeRelativePath } from './media-path';
import type { RendererClient } from './types';

export function createBridgeClient(bridge: KinoraBridge): RendererClient {
  const events = new Listeners<ApiEvent>();
  let unsubscribeBridge: (() => void) | null = null;

  function ensureBridgeListener(): void {
    if (unsubscribeBridge) return;
    unsubscribeBridge = bridge.onEvent((message) => {
      const event = parseEvent(message);
      if (event) events.emit(event);
    });
  }

  return {
    async invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
      const sendable = parseInput(method, input);
      let result: Awaited<ReturnType<KinoraBridge['invoke']>>;
      try {
        result = await bridge.invoke(method, sendable);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new ApiError('internal', `The engine could not be reached: ${message}`);
      }
      if (!result.ok) throw toApiError(result.error);
      return parseOutput(method, result.output);
    },
    subscribe(listener) {
      ensureBridgeListener();
      return events.add(listener);
    },
    mediaUrl(projectId, relativePath) {
      return `${bridge.mediaBase}${encodeURIComponent(projectId)}/${encodeRelativePath(relativePath)}`;
    },
    async upload(projectId, file) {
      // Not read into memory at all when the engine would refuse it.
      if (file.size > MAX_MEDIA_UPLOAD_BYTES) throw new ApiError('invalid_input', MEDIA_TOO_LARGE);
      try {
        return await bridge.upload(projectId, await file.arrayBuffer());
      } catch (error) {
        throw new ApiError('internal', `The file could not be handed to the engine: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    cameoMediaUrl(cameoId, fileName) {
      return `${bridge.mediaBase}${CAMEO_MEDIA_HOST}/${encodeURIComponent(cameoId)}/${encodeURIComponent(fileName)}`;
    },
    async stageCameoFile(file) {
      const path = bridge.pathForFile(file);
      if (!path) throw new ApiError('invalid_input', `${file.name} has no local path; drag it from a folder on this computer.`);
      return { kind: 'path', path };
    },
    connectionStatus: () => 'connected',
    onConnectionChange: () => () => undefined,
  };
}
