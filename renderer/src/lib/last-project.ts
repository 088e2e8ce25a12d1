// The project that was open when the app was last closed, so launching again brings the user back.
const KEY = 'kinora.lastProjectPath';

export function readLastProject(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberLastProject(path: string | null): void {
  try {
    if (path) window.localStorage.setItem(KEY, path);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage can be unavailable (private mode, quota): reopening is a convenience only.
  }
}
