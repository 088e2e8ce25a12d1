// The Electron shell: a window, the preload bridge and a media protocol around the same Studio the
// browser host serves. No logic lives here; it only connects Electron's pieces to the services.
import { app, BrowserWindow, ipcMain, net, protocol } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createApiRouter } from '../app/api-router';
import { createStudio } from '../app/create-studio';
import { CAMEO_MEDIA_HOST } from '../contract/cameo';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, MEDIA_SCHEME } from './ipc-channels';

const here = path.dirname(fileURLToPath(import.meta.url));

// Must be registered before the app is ready so <video> can stream and seek media from it.
protocol.registerSchemesAsPrivileged([
  { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true } },
]);

async function main(): Promise<void> {
  await app.whenReady();
  const studio = createStudio({
    homeDir: process.env.KINORA_HOME ?? app.getPath('userData'),
    projectsDir: process.env.KINORA_PROJECTS_DIR ?? path.join(app.getPath('documents'), 'Kinora Projects'),
  });
  const route = createApiRouter(studio);

  protocol.handle(MEDIA_SCHEME, (request) => {
    const url = new URL(request.url);
    try {
      const relative = decodeURIComponent(url.pathname.slice(1));
      // kinora-media://cameo/<cameoId>/<file> is the cameo library; any other host is a project id.
      const file =
        url.hostname === CAMEO_MEDIA_HOST
          ? studio.cameos.mediaFile(relative.split('/')[0] ?? '', relative.split('/')[1] ?? '')
          : studio.mediaFile(url.hostname, relative);
      return net.fetch(pathToFileURL(file).href, { headers: request.headers });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  ipcMain.handle(IPC_INVOKE_CHANNEL, (_event, method: unknown, input: unknown) => route(method, input));

  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    backgroundColor: '#15171c',
    title: 'Kinora',
    webPreferences: {
      preload: path.join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  const unsubscribe = studio.onEvent((event) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, event);
  });
  window.on('closed', unsubscribe);
  await window.loadFile(path.join(here, '../renderer/index.html'));

  app.on('window-all-closed', () => {
    void studio.close().then(() => app.quit());
  });
}

main().catch((error: unknown) => {
  console.error('Kinora failed to start:', error);
  app.exit(1);
});
