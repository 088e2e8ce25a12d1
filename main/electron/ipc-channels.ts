// Channel and scheme names shared by the Electron shell and the preload.
export const IPC_INVOKE_CHANNEL = 'kinora:invoke';
export const IPC_EVENT_CHANNEL = 'kinora:event';
export { APP_SCHEME, MEDIA_SCHEME } from '../contract/content-security';
export const IPC_UPLOAD_CHANNEL = 'kinora:upload';
