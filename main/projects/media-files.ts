// Which files of a project may leave it as media (to a <video>, an <img>, a fetch): only regular
// files of media types that really lie inside its media folder once every symlink is resolved. The
// database, the lock, and anything a link points to elsewhere (/etc/passwd, the host's token) are
// never served.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export const MEDIA_DIR = 'media';

const MEDIA_EXTENSIONS = new Set(['.mp4', '.webm', '.mov', '.jpg', '.png', '.webp', '.json', '.wav', '.mp3', '.m4a', '.flac', '.ogg']);

export async function resolveMediaFile(projectDir: string, relativePath: string): Promise<string | null> {
  if (relativePath.includes('\0') || !MEDIA_EXTENSIONS.has(path.extname(relativePath).toLowerCase())) return null;
  try {
    const root = await realpath(path.join(projectDir, MEDIA_DIR));
    const file = await realpath(path.resolve(projectDir, relativePath));
    if (!file.startsWith(root + path.sep)) return null;
    // The extension of what the link points at counts too: a link named clip.mp4 to a .kinora file is refused.
    if (!MEDIA_EXTENSIONS.has(path.extname(file).toLowerCase())) return null;
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}
