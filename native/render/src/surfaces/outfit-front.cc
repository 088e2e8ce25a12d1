// Twins of people/outfits/front-pattern.ts: an outfit's marks laid over its cloth in the wearer's
// frame at the collar, on the trunk through its neckline (people-cloth.cc necklineOver, as
// neckline.ts lays them) and on a coat's skirt on their own. One twin per outfit and place, named as
// the patterns are: `<outfit>-front`, `<outfit>-skirt`.
#include "outfit-marks.h"
#include "twins.h"

namespace twins {

namespace {

// The trunk's params: how many numbers the neckline reads, the neckline's, then the marks' (waist,
// height, the outfit's own).
void front(Sample& s, const double* p, FrontMarksFn fn) {
  const double* neck = p + 1;
  const FrontMarks m{fn, neck + static_cast<int>(p[0])};
  necklineOver(s, neck, &m);
}

// The skirt's params: the cloth's roughness, the collar's frame (origin, right, up, forward), then
// the marks' as on the trunk.
void skirt(Sample& s, const double* p, FrontMarksFn fn) {
  cloth(s, p);
  const double px = s.x - p[1], py = s.y - p[2], pz = s.z - p[3];
  const double across = px * p[4] + py * p[5] + pz * p[6], up = px * p[7] + py * p[8] + pz * p[9];
  const double forward = px * p[10] + py * p[11] + pz * p[12];
  applyMarks(s, FrontMarks{fn, p + 13}, p + 1, across, up, forward);
}

}  // namespace

void suitFront(Sample& s, const double* p) { front(s, p, suitMarks); }
void hoodieFront(Sample& s, const double* p) { front(s, p, hoodieMarks); }
void raincoatFront(Sample& s, const double* p) { front(s, p, raincoatMarks); }
void raincoatSkirt(Sample& s, const double* p) { skirt(s, p, raincoatMarks); }

}  // namespace twins
