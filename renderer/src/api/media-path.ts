// Project-relative media paths become URL paths with every segment escaped.
export function encodeRelativePath(relativePath: string): string {
  return relativePath
    .split(/[\\/]+/)
    .filter((segment) => segment.length > 0 && segment !== '.')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
