// Channel and scheme names shared by the Electron shell and the preload.
export const IPC_INVOKE_CHANNEL = 'kinora:invoke';
export const IPC_EVENT_CHANNEL = 'kinora:event';
export const MEDIA_SCHEME = 'kinora-media';
export const IPC_UPLOAD_CHANNEL = 'kinora:upload';
