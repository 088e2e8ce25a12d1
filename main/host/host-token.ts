// The browser host's access token, kept in the app's home folder (readable by this user only) so the
// editor's address stays the same across restarts and a bookmarked tab reconnects.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TOKEN_FILE = 'host-token';

export function persistentHostToken(homeDir: string): string {
  const file = path.join(homeDir, TOKEN_FILE);
  if (existsSync(file)) {
    const saved = readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f]{48}$/.test(saved)) return saved;
  }
  mkdirSync(homeDir, { recursive: true });
  const token = randomBytes(24).toString('hex');
  writeFileSync(file, token, { mode: 0o600 });
  return token;
}
