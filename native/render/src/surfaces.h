// The C++ twins of the procedural surfaces in main/engine/frames/shading/surfaces/, in one table
// keyed by the same names as the patterns' `name`. Each twin reads its options from the numbers its
// JavaScript pattern hands over (nativeParams), never from retyped copies.
#pragma once

// shading/surfaces/types.ts SurfaceSample.
struct Sample {
  double x, y, z, lx, ly, lz, nx, ny, nz, footprint, t, r, g, b, roughness, metalness, cavity;
};

using SurfaceFn = void (*)(Sample& s, const double* params);

struct SurfaceTwin {
  const char* name;
  SurfaceFn apply;
};

// people/cloth-folds.ts clothFoldsAt (cloth-folds.cc): params as it reads them, after the cloth's.
void clothFolds(Sample& s, const double* params);
// people/armpit-folds.ts armpitFoldsAt (cloth-folds.cc): params as it reads them; cloth: the
// shirt's share of the sample (none on the neck's skin).
void armpitFolds(Sample& s, const double* params, double cloth);

extern const SurfaceTwin SURFACE_TWINS[];
extern const int SURFACE_TWIN_COUNT;
