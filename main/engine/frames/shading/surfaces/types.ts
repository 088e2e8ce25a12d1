// A procedural texture: what a surface looks like at one point, evaluated per pixel by the shading
// pass (so wood grain, asphalt and ball seams stay crisp at 1080p and cost nothing at build time).
// A pattern is attached to a three.js material as `material.userData.pattern`; a mesh without one
// shades with its material's flat colour and roughness.

// One pixel's surface, filled by the shading pass and edited by the pattern in place (no allocation).
export interface SurfaceSample {
  // World position (metres) and, for patterns that move with their object, object-space position.
  x: number; y: number; z: number;
  lx: number; ly: number; lz: number;
  // World-space unit normal; a pattern may tilt it (bumps, ripples, plank edges).
  nx: number; ny: number; nz: number;
  // Size of this pixel on the surface (metres): detail finer than this fades instead of shimmering.
  // It is the pixel's long side, stretched by the slant of the view (up to five times its width).
  footprint: number;
  // Unit vector towards the eye, set by the shading pass (absent in samples made by hand): a pattern
  // whose detail runs in one direction (waves) filters it by the footprint's extent that way.
  vx?: number; vy?: number; vz?: number;
  // Time of the frame (seconds): waves move with it.
  t: number;
  // Linear albedo (pre-filled with material colour x vertex colour), roughness and metalness.
  r: number; g: number; b: number;
  roughness: number;
  metalness: number;
  // Extra occlusion of crevices (gaps between planks, seams), multiplied into ambient light.
  cavity: number;
  // Set by the shading pass for a pattern printed in object space: the object's world-to-object
  // matrix (column-major elements), so a pattern can turn a direction of its own into the world's.
  toLocal?: Float64Array | null;
  // Hair (lighting.ts, hair-sheen.ts): the strands' world direction, square to the normal, and their
  // sheen's strength; a pattern that sets aniso above 0 is lit as strands (the pass resets it to 0).
  tx?: number; ty?: number; tz?: number;
  aniso?: number;
}

export interface SurfacePattern {
  readonly name: string;
  // Wants object-space coordinates (lx, ly, lz): the pattern is printed on a moving object.
  readonly local: boolean;
  // Light that scatters under the surface wraps past the terminator by this much in red, green and
  // blue (lighting.ts): skin. Absent for surfaces that do not scatter.
  readonly wrap?: readonly [number, number, number];
  apply(s: SurfaceSample): void;
  // The numbers this pattern's C++ twin reads (native/render/src/surfaces.cc, the twin with the same
  // name) for the frame at time t; absent when it has no twin (the shading pass then runs apply).
  nativeParams?(t: number): readonly number[];
}

// Tilts the sample's normal by a height-field gradient (dh/dx, dh/dz in world units) on a mostly
// horizontal surface, and renormalises.
export function tiltNormal(s: SurfaceSample, gx: number, gz: number): void {
  let nx = s.nx - gx, ny = s.ny, nz = s.nz - gz;
  const l = 1 / Math.sqrt(nx * nx + ny * ny + nz * nz);
  nx *= l; ny *= l; nz *= l;
  s.nx = nx; s.ny = ny; s.nz = nz;
}

// Multiplies the albedo by a grey factor.
export function shadeAlbedo(s: SurfaceSample, k: number): void {
  s.r *= k; s.g *= k; s.b *= k;
}
