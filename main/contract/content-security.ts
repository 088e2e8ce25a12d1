// The editor page's Content-Security-Policy, sent as a response header by both shells (the browser
// host over HTTP, the Electron app protocol), so the two can never drift apart. Only our own bundled
// code runs; media comes from the page's own origin (the host) or the kinora-media: protocol
// (Electron); the page may talk to nothing but its own origin. Inline styles are for wavesurfer.js,
// which sizes its canvases with style attributes.
export const MEDIA_SCHEME = 'kinora-media';
export const APP_SCHEME = 'kinora-app';

export function editorContentSecurityPolicy(extraConnectSources: readonly string[] = []): string {
  const media = `${MEDIA_SCHEME}:`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${media}`,
    `media-src 'self' blob: ${media}`,
    ['connect-src', "'self'", media, ...extraConnectSources].join(' '),
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
