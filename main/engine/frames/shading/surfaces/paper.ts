// Paper seen edge-on: a book's page block, its pages' edges as fine lines along it (a few tenths of
// a millimetre apart, each a slightly different white), fading to plain paper where a pixel covers
// many pages. Printed in object space, so the lines stay with a book that tumbles.
import { hash2, smoothstep } from '../noise';
import { shadeAlbedo, type SurfacePattern, type SurfaceSample } from './types';

// A page's thickness (m).
const PAGE_M = 0.0001;
// The lines drawn are bundles of a few pages (m): finer ones would only flicker.
const BUNDLE_M = 0.0004;

export function pageEdgeSurface(): SurfacePattern {
  return {
    name: 'page-edge',
    local: true,
    apply(s: SurfaceSample): void {
      // Only the block's sides show page edges; its top and bottom (under the covers) are plain.
      if (Math.abs(s.ny) > 0.9) return;
      const fine = 1 - smoothstep(BUNDLE_M, 4 * BUNDLE_M, s.footprint);
      const band = Math.floor(s.ly / BUNDLE_M);
      const line = hash2(band, 7, 61);
      // Between bundles, a hairline of shadow where the pages part.
      const edge = Math.abs((s.ly / BUNDLE_M) - band - 0.5) > 0.5 - PAGE_M / BUNDLE_M ? 0.8 : 1;
      shadeAlbedo(s, 1 - fine * (0.12 * line + (1 - edge)));
      s.cavity *= 1 - 0.15 * fine;
      s.roughness = 0.9;
    },
  };
}
