// What the renderer holds to talk to main, whichever transport is underneath (Electron IPC through
// the preload bridge, or the browser host's WebSocket).
import type { ApiEvent, ApiInput, ApiMethod, ApiOutput } from './api';
import type { CameoSource } from './cameo';

export interface KinoraClient {
  invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  // Returns a function that stops listening.
  subscribe(listener: (event: ApiEvent) => void): () => void;
  // A URL the renderer can load (video src, image src, fetch) for a file inside a project folder.
  mediaUrl(projectId: string, relativePath: string): string;
  // Hands a file (one the user dropped) to the engine; resolves to the upload id 'media.import' takes.
  upload(projectId: string, file: Blob): Promise<string>;
  // A URL for a file of a cameo in the app's library (its poster, its matted video).
  cameoMediaUrl(cameoId: string, fileName: string): string;
  // Makes a dropped or picked file importable: uploads it to the browser host, or (Electron) names
  // its local path. The result goes to the 'cameos.import' call.
  stageCameoFile(file: File): Promise<CameoSource>;
}

// The raw bridge the Electron preload exposes on window.kinoraBridge. It moves untyped messages; the
// renderer's client validates them against the contract like the WebSocket client does.
export interface KinoraBridge {
  invoke(method: string, input: unknown): Promise<{ ok: true; output: unknown } | { ok: false; error: { code: string; message: string } }>;
  onEvent(listener: (message: { event: string; payload: unknown }) => void): () => void;
  upload(projectId: string, bytes: ArrayBuffer): Promise<string>;
  mediaBase: string;
  // The local path of a dropped or picked file (Electron's webUtils.getPathForFile).
  pathForFile(file: File): string;
}
