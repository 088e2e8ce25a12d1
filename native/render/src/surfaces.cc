// The table of the procedural surfaces' C++ twins (surfaces/: one file per family), by the names of
// their JavaScript patterns: shading/surfaces/ground.ts (grass, asphalt, concrete, litter), wood.ts,
// sand.ts and organic.ts (skin, cloth, foliage, bark, paint), metal.ts (brushed), tile.ts,
// people/neckline.ts and people/cloth-folds.ts (its folds in cloth-folds.cc), and the outfits' marks
// (people/outfits/: over the trunk's neckline and a coat's skirt). Ball prints and water
// have no twin yet: the shading pass runs their JavaScript.
#include "surfaces.h"

#include "surfaces/twins.h"

using namespace twins;

const SurfaceTwin SURFACE_TWINS[] = {
    {"grass", grass}, {"asphalt", asphalt}, {"concrete", concrete}, {"litter", litter}, {"wood", wood},
    {"sand", sand},   {"skin", skin},       {"cloth", cloth},       {"foliage", foliage}, {"bark", bark},
    {"paint", paint}, {"brushed", brushed}, {"tile", tile}, {"neckline", neckline}, {"cloth-folds", clothFoldsOver},
    {"suit-front", suitFront}, {"hoodie-front", hoodieFront}, {"raincoat-front", raincoatFront}, {"raincoat-skirt", raincoatSkirt},
};
const int SURFACE_TWIN_COUNT = sizeof(SURFACE_TWINS) / sizeof(SURFACE_TWINS[0]);
