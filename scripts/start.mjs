// `npm start`: opens Kinora in Electron when its binary is installed; otherwise (a machine where the
// Electron download is not possible) runs the same app through the browser host and prints its URL.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = process.env.KINORA_BROWSER ? null : electronBinary();
const [command, args] = binary
  ? [binary, ['.']]
  : [process.execPath, ['dist/main/host-cli.js', ...process.argv.slice(2)]];
if (!binary) console.info('Electron is not installed here: serving the Kinora editor to your browser instead.');
const child = spawn(command, args, { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
