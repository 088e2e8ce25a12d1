// The render passes the addon runs, on plain arrays the JavaScript side owns (typed arrays'
// memory, passed through without copying). Each mirrors the JavaScript pass named beside it and
// takes every tuning constant from its caller, so the numbers live in one place (the .ts module).
#pragma once
#include <cstddef>
#include <cstdint>

// The camera's rays (main/engine/frames/shading/view-rays.ts): position, forward, right, up.
struct Rays {
  double px, py, pz, fx, fy, fz, rx, ry, rz, ux, uy, uz, pixelAngle;
};

// post/tonemap.ts toneMap: hdr (3 floats a pixel) -> packed RGBA words through the filmic table.
void toneMap(const float* hdr, uint32_t* pixels, size_t n, double k, const float* lut, int lutSize);
// post/antialias.ts fxaa's constants: edgeMin, edgeMax, subpixel, and the along-edge steps.
struct FxaaParams {
  double edgeMin, edgeMax, subpixel;
  const double* steps;
  int stepCount;
};
// post/tonemap.ts addGrain's tile (size 2^bits a side), its weights by luma and the frame's offset.
struct GrainParams {
  const float* tile;
  int bits;
  const float* weight;
  int ox, oy;
};
// The three in one pass over the frame, with the same results: hdr -> color (RGBA, the target's),
// then out = FXAA of color (when aa) with grain (when grain).
void post(const float* hdr, double k, const float* lut, int lutSize, uint8_t* color, float* luma, uint8_t* out, int W, int H,
          const FxaaParams* aa, const GrainParams* grain);

// shading/ambient-occlusion.ts: obscurance on the coarse grid, two blur passes, upsample.
struct OcclusionParams {
  double radius, strength, beta, maxPx, minPx, edge, soften;
  int samples, scale, hw, hh, blurTaps;
  const double* spiral;  // samples x (x, y)
  const double* rotCos;  // 16
  const double* rotSin;  // 16
};
// With `need` (a shading plan, see shadePlan below; or null for every pixel) only the pixels shading
// lights are read back.
void occlusion(const float* depth, const float* normal, const uint16_t* id, int W, int H, const Rays& rays,
               const OcclusionParams& p, float* half, float* tmp, float* halfDepth, float* ao, const uint8_t* need);
// Whether shading lights pixel i itself (plan code 1 or 2), so reads its occlusion and sun mask.
inline bool lightsHere(const uint8_t* need, size_t i) { return need == nullptr || need[i] == 1 || need[i] == 2; }

// shading/shadow-map.ts: the coarse nearest-caster tiles, and the per-pixel sun mask.
struct ShadowParams {
  int N, TN, tile;
  double texel, bias, soft, ox, oy, offset;
  double r[3], u[3], f[3];
  double edge;  // shadow-mask.ts MASK_EDGE
  double probeMaxSoft;  // shadow-map.ts PROBE_MAX_SOFT
};
// The tiles [tx0, tx1) x [ty0, ty1) whose texels changed (shading/shadow-tiles.ts buildTiles).
struct TileRange {
  int tx0, ty0, tx1, ty1;
};
void shadowTiles(const float* map, float* rawMin, float* tileMin, const ShadowParams& p, float empty, const TileRange& range);
void shadowMask(const float* map, const float* tileMin, const float* depth, const float* normal, const uint16_t* id,
                int W, int H, const Rays& rays, const ShadowParams& p, float* out, const uint8_t* need);

// shading/shade.ts, lighting.ts and sky.ts (reflection, haze): the deferred shading pass.
// Per drawable (id - 1), MATERIAL_STRIDE numbers: unlit, doubleSide, a pattern without a twin (run
// in JavaScript), roughness, metalness, er, eg, eb, fog (the share of the haze it takes, 0-1), the twin's index in SURFACE_TWINS (-1 for
// none), the offset of its numbers in the parameter pool, whether it is printed in object space,
// then the world-to-object matrix's elements 0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, and the light
// wrapped past the terminator in red, green and blue (skin; 0 for none).
constexpr int MATERIAL_STRIDE = 27;
// Per patterned pixel the JavaScript side fills PATTERN_STRIDE numbers: pixel index, nx, ny, nz, r,
// g, b, roughness, metalness, cavity (the surface after its pattern), then hair's strand direction
// tx, ty, tz and its sheen's strength (0: not hair; lighting.ts).
constexpr int PATTERN_STRIDE = 14;
struct LightRig {
  double ambient[3];
  const double* hemi;
  int hemiCount;
  const double* dir;
  int dirCount;
};
// The sky's numbers (sky.ts SkyModel.params): indoor, hazeDensity, hazeStart, horizon, zenith,
// nadir, sun direction, glow, sunset, fog colour, key colour, haze glow.
struct SkyParams {
  bool indoor;
  double hazeDensity, hazeStart;
  double hor[3], zen[3], nad[3], sun[3], glow[3];
  bool sunset;
  double fog[3], key[3], hazeGlow;
};
// sky.ts AUREOLE and AUREOLE_TINT: a low sun's warm aureole, in units of the glow.
constexpr double SKY_AUREOLE = 1.6;
constexpr double SKY_AUREOLE_TINT[3] = {1, 0.45, 0.15};
struct ShadeFrame {
  int W, H;
  const float* depth;
  const float* normal;
  const float* albedo;
  const uint16_t* id;
  float* hdr;
  const float* ao;   // or null
  const float* sun;  // or null
  // The share of the key hidden where the ambient occlusion hides the sky (shading/area-light.ts).
  double areaKey;
  Rays rays;
  const double* materials;
  int materialCount;
  // The surface twins' numbers (indexed by the materials' offsets), and the frame's time.
  const double* patternParams;
  double t;
  LightRig lights;
  SkyParams sky;
};
// Marks each pixel: 0 nothing to do (sky, or filled later from neighbours: 3 from the row, 4 from
// the column, 5 from the corners), 1 shade here, 2 shade here after the JavaScript pattern. Lists
// the patterned pixels in `patterned` and returns how many.
int shadePlan(const ShadeFrame& f, uint8_t* need, int32_t* patterned);
// Lights every pixel marked 1 or 2 (patterned surfaces from `surfaces`), then fills the rest.
void shadeLight(const ShadeFrame& f, const uint8_t* need, const double* surfaces, int patternCount);

// rasterizer/rasterize.ts drawTriangles for opaque items, with rasterizer/triangle.ts fillGeometry:
// triangles [t, end) of `index` (Uint16 or Uint32 values, read through `indexAt`) into the G-buffer,
// stopping at the first one that crosses the near plane (the caller clips it). Returns where it
// stopped (end when done) and adds the triangles drawn to `drawn`.
struct Geometry {
  int W, H;
  float* depth;
  float* normal;
  float* albedo;
  uint16_t* id;
};
struct TriangleBatch {
  const double* proj;  // per vertex: x, y, 1/w, then attributes over w (stride)
  int stride;
  const uint8_t* codes;
  int outNear;
  const void* index;
  bool index32;
  int start, end;
  int cull;  // 0 none, 1 back faces, 2 front faces
  int drawId;
};
int fillOpaque(const Geometry& g, const TriangleBatch& b, int* drawn);

// post/motion-blur.ts MotionBlur: velocities from each drawable's current-world -> previous-clip
// matrix, per-tile and neighbourhood maxima, and the reconstruction, blurring hdr in place. Returns
// how many pixels moved (0: nothing was done).
struct MotionBlurParams {
  int tile, samples;
  double maxHalf, minHalf, streakDivisor, depthSoftness, edgeStart, edgeWidth;
};
struct MotionBlurFrame {
  int W, H;
  const float* depth;
  const uint16_t* id;
  float* hdr;
  Rays rays;
  // Per drawable id (0 is the sky): 16 matrix elements (column-major, as three.js), and whether it moved.
  const double* toPrev;
  const uint8_t* moves;
  int itemCount;
  // Scratch the caller owns: velocities (2 a pixel), tiles' and neighbourhoods' maxima (2 a tile), out (3 a pixel).
  float* vel;
  float* tileMax;
  float* neighbourMax;
  float* out;
};
int motionBlur(const MotionBlurFrame& f, const MotionBlurParams& p);

// post/depth-of-field.ts DepthOfField.apply: hdr blurred in place around the focus distance.
struct DepthOfFieldParams {
  double focus, maxCoc, sharpCoc, blendRamp;
  const double* disc;  // taps x (x, y), unit radius
  int taps;
};
struct DepthOfFieldFrame {
  int W, H;
  const float* depth;
  float* hdr;
  // Scratch the caller owns, at half resolution (ceil(W / 2) x ceil(H / 2)): colour (3), circle (1), blurred colour (3).
  float* half;
  float* halfCoc;
  float* blurred;
};
void depthOfField(const DepthOfFieldFrame& f, const DepthOfFieldParams& p);

// shading/background.ts drawBackground with sky.ts radiance and disc: the sky (or the background
// colour indoors) into hdr where id is 0. The numbers radiance and disc read besides SkyParams
// (sky.ts SkyModel.backdrop): night, clouds, the clouds' lit and shaded tints, the disc's cosine and
// colour; and the scene's background colour (indoors).
struct BackdropParams {
  bool night, clouds;
  double cloudLit[3], cloudShade[3];
  double discCos, discColor[3];
  double background[3];
};
void drawBackground(const uint16_t* id, float* hdr, int W, int H, const Rays& rays, const SkyParams& sky, const BackdropParams& b);

// post/yuv420p.ts rgbaToYuv420p: RGBA (4 bytes a pixel) to planar yuv420p (Y, then U and V at
// ceil(W / 2) x ceil(H / 2)), BT.601 limited range, as the encoder's raw input.
void rgbaToYuv420p(const uint8_t* rgba, int W, int H, uint8_t* out);
