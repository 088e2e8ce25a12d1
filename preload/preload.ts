// The preload bridge: the renderer's only door to main. It moves messages on two channels and
// nothing else; the renderer validates every message against the contract.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { KinoraBridge } from '../main/contract/client';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, IPC_UPLOAD_CHANNEL, MEDIA_SCHEME } from '../main/electron/ipc-channels';

const bridge: KinoraBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input),
  onEvent: (listener) => {
    const handler = (_event: IpcRendererEvent, message: { event: string; payload: unknown }): void => listener(message);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.off(IPC_EVENT_CHANNEL, handler);
    };
  },
  upload: (projectId, bytes) => ipcRenderer.invoke(IPC_UPLOAD_CHANNEL, projectId, bytes) as Promise<string>,
  mediaBase: `${MEDIA_SCHEME}://`,
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('kinoraBridge', bridge);
