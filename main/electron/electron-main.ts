// The Electron shell: a window, the preload bridge and two URL schemes around the same Studio the
// browser host serves. No logic lives here; it only connects Electron's pieces to the services, with
// the security checklist applied (sandbox, context isolation, no node integration, CSP, custom app
// protocol, navigation and new windows blocked, permissions denied, IPC senders checked; the fuses
// are flipped at packaging, see scripts/after-pack.cjs).
import { app, BrowserWindow, ipcMain } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiRouter } from '../app/api-router';
import { createStudio } from '../app/create-studio';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, IPC_UPLOAD_CHANNEL } from './ipc-channels';
import { EDITOR_URL, handleAppProtocol, handleMediaProtocol, registerSchemes } from './protocols';
import { stageUpload } from './upload-ipc';
import { denyAllPermissions, isTrustedSender, lockDownAllWebContents } from './web-security';

const here = path.dirname(fileURLToPath(import.meta.url));

app.enableSandbox();
registerSchemes();
lockDownAllWebContents();

function createEditorWindow(): BrowserWindow {
  return new BrowserWindow({
    width: 1440,
    height: 900,
    backgroundColor: '#15171c',
    title: 'Kinora',
    webPreferences: {
      preload: path.join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
}

async function main(): Promise<void> {
  await app.whenReady();
  denyAllPermissions();
  const studio = createStudio({
    homeDir: process.env.KINORA_HOME ?? app.getPath('userData'),
    projectsDir: process.env.KINORA_PROJECTS_DIR ?? path.join(app.getPath('documents'), 'Kinora Projects'),
  });
  handleAppProtocol(path.join(here, '../renderer'));
  handleMediaProtocol(studio);
  const route = createApiRouter(studio);

  const window = createEditorWindow();
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event, window.isDestroyed() ? null : window.webContents)) {
      return { ok: false, error: { code: 'invalid_input', message: 'Calls are only accepted from the Kinora editor.' } };
    }
    return route(method, input);
  });
  ipcMain.handle(IPC_UPLOAD_CHANNEL, (event, projectId: unknown, bytes: unknown) => {
    if (!isTrustedSender(event, window.isDestroyed() ? null : window.webContents)) throw new Error('Uploads are only accepted from the Kinora editor.');
    return stageUpload(studio, projectId, bytes);
  });
  const unsubscribe = studio.onEvent((event) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, event);
  });
  window.on('closed', unsubscribe);
  await window.loadURL(EDITOR_URL);

  app.on('window-all-closed', () => {
    void studio.close().then(() => app.quit());
  });
}

main().catch((error: unknown) => {
  console.error('Kinora failed to start:', error);
  app.exit(1);
});
