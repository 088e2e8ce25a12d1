// Reading what a client sent without trusting it: request targets, origins, percent-escapes and the
// access token. Every function returns null or false for input it cannot make sense of; none throws,
// because anything thrown on a request path would reach the event loop as an uncaught error.
import { timingSafeEqual } from 'node:crypto';

// The request target as a URL, or null for targets like "http://[bad/api" that are not URLs.
export function parseRequestTarget(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

// A URL path split into decoded segments, or null if an escape is malformed ("%E0%A4%A").
export function decodePathSegments(pathname: string): string[] | null {
  try {
    return pathname.split('/').filter((s) => s.length > 0).map(decodeURIComponent);
  } catch {
    return null;
  }
}

// The page that opened a WebSocket must be ours: no Origin (a non-browser client holding the token)
// or an http(s) origin naming this very host. "null" (sandboxed frames, file: pages) and anything
// unparseable are refused.
export function isSameHostOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!hostHeader) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === hostHeader.toLowerCase();
  } catch {
    return false;
  }
}

export function tokenMatcher(token: string): (candidate: string | null) => boolean {
  const expected = Buffer.from(token);
  return (candidate) => {
    if (!candidate) return false;
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
}
