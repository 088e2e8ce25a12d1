// The C++ twins of the procedural surfaces, one file per family (ground.cc, wood.cc, sand.cc,
// organic.cc, metal.cc, tile.cc, people-cloth.cc, and the outfits' in outfit-*.cc), listed by name
// in ../surfaces.cc's table; and the two small steps they share.
#pragma once
#include <cmath>

#include "../surfaces.h"

namespace twins {

inline void shadeAlbedo(Sample& s, double k) {
  s.r *= k; s.g *= k; s.b *= k;
}

inline void tiltNormal(Sample& s, double gx, double gz) {
  double nx = s.nx - gx, ny = s.ny, nz = s.nz - gz;
  const double l = 1 / std::sqrt(nx * nx + ny * ny + nz * nz);
  nx *= l; ny *= l; nz *= l;
  s.nx = nx; s.ny = ny; s.nz = nz;
}

// ground.cc
void grass(Sample& s, const double* p);
void asphalt(Sample& s, const double* p);
void concrete(Sample& s, const double* p);
void litter(Sample& s, const double* p);
// wood.cc, sand.cc
void wood(Sample& s, const double* p);
void sand(Sample& s, const double* p);
// organic.cc
void skin(Sample& s, const double* p);
void cloth(Sample& s, const double* p);
void foliage(Sample& s, const double* p);
void bark(Sample& s, const double* p);
void paint(Sample& s, const double* p);
// metal.cc, tile.cc
void brushed(Sample& s, const double* p);
void tile(Sample& s, const double* p);
// people-cloth.cc; necklineOver: the neckline over an outfit's marks (outfit-marks.h), or none.
struct FrontMarks;
void neckline(Sample& s, const double* p);
void necklineOver(Sample& s, const double* p, const FrontMarks* marks);
void clothFoldsOver(Sample& s, const double* p);
// outfit-front.cc: each outfit's marks over the trunk's cloth and its neckline, and over a coat's skirt.
void suitFront(Sample& s, const double* p);
void hoodieFront(Sample& s, const double* p);
void raincoatFront(Sample& s, const double* p);
void raincoatSkirt(Sample& s, const double* p);

}  // namespace twins
