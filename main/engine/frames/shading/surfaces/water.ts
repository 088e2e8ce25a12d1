// Open water: small wind waves travelling across the big swell the geometry carries (their normals
// are what catches the sky), a deep blue-green body, and foam streaks on the crests. Glossy, so the
// lighting pass mirrors the sky and the sun by Fresnel: dark looking down, bright at a grazing view.
import { fbm2, smoothstep } from '../noise';
import type { Shore } from './sand';
import { tiltNormal, type SurfacePattern, type SurfaceSample } from './types';

// Surf: a band of white water just seaward of the waterline, thinning into streaks.
function surf(s: SurfaceSample, shore: Shore): number {
  const d = (s.x - shore.origin[0]) * shore.seaward[0] + (s.z - shore.origin[1]) * shore.seaward[1] - shore.waterline(s.t);
  if (d < -0.2 || d > 4) return 0;
  const streaks = fbm2(s.x * 0.8 + s.t * 0.1, d * 2.2 - s.t * 0.5, 3, 92, s.footprint);
  return (1 - smoothstep(0, 0.25, -d)) * (1 - smoothstep(0.3, 3.5, d)) * smoothstep(0.3, 0.6, streaks + 0.3 * (1 - d / 4));
}

export function waterSurface(options: { foam: number; shore?: Shore } = { foam: 1 }): SurfacePattern {
  return {
    name: 'water',
    local: false,
    apply(s: SurfaceSample): void {
      const t = s.t;
      // Sum of a few travelling waves' slopes (dh/dx, dh/dz), with detail fading with distance.
      let gx = 0, gz = 0;
      const waves = [[0.9, 0.3, 0.6, 1.3], [0.4, -0.8, 1.4, 2.1], [-0.6, 0.7, 2.6, 2.9], [0.2, 1.0, 5.1, 4.2]] as const;
      for (const [dx, dz, k, w] of waves) {
        if (s.footprint * k > 1.2) break;
        const fade = 1 - Math.max(0, s.footprint * k - 0.4) / 0.8;
        const c = Math.cos((s.x * dx + s.z * dz) * k - t * w) * (0.08 / Math.sqrt(k)) * fade * k;
        gx += c * dx; gz += c * dz;
      }
      tiltNormal(s, gx, gz);
      s.roughness = 0.06 + Math.min(0.25, s.footprint * 0.15);
      s.metalness = 0;
      // Foam: broken streaks drifting with the waves.
      const f = fbm2(s.x * 0.35 + t * 0.15, s.z * 0.9 - t * 0.4, 3, 91, s.footprint * 0.9);
      const foam = Math.max(smoothstep(0.68, 0.8, f) * options.foam, options.shore ? surf(s, options.shore) : 0);
      if (foam > 0) {
        s.r += (0.8 - s.r) * foam; s.g += (0.83 - s.g) * foam; s.b += (0.82 - s.b) * foam;
        s.roughness += (0.9 - s.roughness) * foam;
      }
    },
  };
}
