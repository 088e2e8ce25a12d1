// Electron's security checklist, applied to every web contents the app creates: no permission is
// granted (the editor needs none), the page can neither navigate away (a link, a redirect, a file
// dropped on the window) nor open windows or webviews, and IPC is answered only for our own page's
// top frame.
import { app, session, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { APP_ORIGIN } from './protocols';

export function denyAllPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

function lockDown(contents: WebContents): void {
  // Dropping a file on the window would navigate to it; drops are the editor's to handle.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || new URL(event.url).origin !== APP_ORIGIN) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function lockDownAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
}

// True only for a call from the main frame of the editor window, showing our own page.
export function isTrustedSender(event: IpcMainInvokeEvent, editor: WebContents | null): boolean {
  const frame = event.senderFrame;
  if (!editor || !frame || event.sender !== editor || frame !== editor.mainFrame) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}
