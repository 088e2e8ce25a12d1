// Builds Kinora's own native addons (every native/<name>/binding.gyp) with node-gyp, from source:
// run by `npm install` / `npm ci` (package.json's postinstall), and by hand after editing native/.
// Node-API addons are ABI-stable, so the build made against Node's headers also loads in Electron.
// The headers come from npm's nodedir, else from the prefix Node itself is installed under
// (/usr on Debian, whose nodejs package ships them), so nothing is downloaded. A failed build is
// reported and leaves the JavaScript fallbacks in use (each addon's loader says so), unless
// KINORA_NATIVE_REQUIRED=1 asks for the install to fail instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nativeDir = join(root, 'native');

function nodeDir() {
  const fromNpm = process.env.npm_config_nodedir;
  if (fromNpm && existsSync(join(fromNpm, 'include', 'node', 'node_api.h'))) return fromNpm;
  const prefix = dirname(dirname(process.execPath));
  return existsSync(join(prefix, 'include', 'node', 'node_api.h')) ? prefix : null;
}

function nodeGyp() {
  try {
    return createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return null;
  }
}

const addons = existsSync(nativeDir) ? readdirSync(nativeDir).filter((name) => existsSync(join(nativeDir, name, 'binding.gyp'))) : [];
const gyp = nodeGyp();
const headers = nodeDir();
let failed = 0;
for (const name of addons) {
  if (!gyp) {
    failed++;
    console.warn(`[native] ${name}: node-gyp is not installed (a production install); using the JavaScript fallback.`);
    continue;
  }
  // Without local headers node-gyp would download them: never fetch anything at install time.
  if (!headers) {
    failed++;
    console.warn(`[native] ${name}: Node's headers (include/node/node_api.h) are not on this machine (Debian: apt-get install libnode-dev); using the JavaScript fallback.`);
    continue;
  }
  const args = [gyp, 'rebuild', '--release', ...(headers ? [`--nodedir=${headers}`] : [])];
  console.info(`[native] building ${name}${headers ? ` against the headers in ${headers}` : ''}`);
  const run = spawnSync(process.execPath, args, { cwd: join(nativeDir, name), stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    failed++;
    console.warn(`[native] ${name} did not build (exit ${run.status ?? run.signal}); Kinora will use its JavaScript fallback.`);
  }
}
if (failed > 0 && process.env.KINORA_NATIVE_REQUIRED === '1') process.exit(1);
