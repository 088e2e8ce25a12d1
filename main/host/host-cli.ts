// `node dist/main/host-cli.js`: runs the engine and serves the editor to a browser on loopback.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultHomeDir } from '../app/app-paths';
import { createStudio } from '../app/create-studio';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { persistentHostToken } from './host-token';

const HELP = `Usage: kinora-host [--port N] [--host 127.0.0.1] [--renderer DIR] [--home DIR] [--projects DIR]
Serves the Kinora editor and its engine API on loopback. Open the printed URL (it carries the access token).`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.KINORA_PORT ?? '5178' },
    host: { type: 'string', default: '127.0.0.1' },
    renderer: { type: 'string' },
    home: { type: 'string' },
    projects: { type: 'string' },
    token: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.info(HELP);
  process.exit(0);
}

const here = path.dirname(fileURLToPath(import.meta.url));
// From sources (main/host/) the build lives in ../../dist/renderer; built, dist/main/ sits beside dist/renderer.
const fromSources = here.endsWith(path.join('main', 'host'));
const rendererDir = path.resolve(values.renderer ?? path.join(here, fromSources ? '../../dist/renderer' : '../renderer'));

if (!existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(`The editor is not built: ${rendererDir} has no index.html. Run "npm run build" first (or pass --renderer DIR).`);
  process.exit(1);
}

const homeDir = values.home ?? defaultHomeDir();
const studio = createStudio({ homeDir, ...(values.projects ? { projectsDir: values.projects } : {}) });
let host: BrowserHost;
try {
  host = await startBrowserHost({
    studio,
    rendererDir,
    port: Number(values.port),
    host: values.host,
    token: values.token ?? persistentHostToken(homeDir),
  });
} catch (error) {
  await studio.close();
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${values.port} is already in use (is Kinora already running?). Start with --port N to pick another.`
      : `Kinora could not start its server: ${(error as Error).message}`,
  );
  process.exit(1);
}
console.info(`Kinora is running. Open ${host.url}`);

const shutdown = async (signal: string): Promise<void> => {
  console.info(`Kinora is stopping (${signal}).`);
  await host.close();
  await studio.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
