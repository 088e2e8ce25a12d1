// An outfit's marks laid over its cloth in the wearer's frame at the collar (which the body moves
// every frame, as the jersey's number): on the trunk through its neckline (neckline.ts cuts the neck
// from the cloth after them), and on a coat's skirt on their own. Their C++ twins are
// native/render/src/surfaces/outfit-front.cc, one per outfit and place (`suit-front`,
// `raincoat-skirt`...), fed the numbers nativeParams hands over.
import type { SurfacePattern, SurfaceSample } from '../../shading/surfaces';
import type { NumberFrame } from '../jersey-number';
import type { FrontMarks } from '../neckline';
import type { PersonLook } from '../types';
import { OUTFITS } from './index';
import type { FrontPoint } from './types';

// Where the waist is this frame, in the collar's frame (metres up from its centre; body-mesh.ts sets it).
export interface WaistPlace { upM: number }

// The look's outfit's marks, or none when it wears none.
export function outfitMarks(look: PersonLook, frame: NumberFrame, waist: WaistPlace, heightM: number): FrontMarks | undefined {
  const outfit = look.outfit ? OUTFITS[look.outfit.kind] : null;
  if (!outfit) return undefined;
  // (one point, refilled for each sample: the shading loop's hot path allocates nothing)
  const at: FrontPoint = { across: 0, up: 0, forward: 0, waistUp: 0, H: heightM, frame };
  // The outfit's own numbers (its colours and shape) stay as they are for the take.
  const own = outfit.nativeParams(look);
  return {
    front: `${outfit.kind}-front`,
    skirt: `${outfit.kind}-skirt`,
    at(s, across, up, forward) {
      at.across = across; at.up = up; at.forward = forward; at.waistUp = waist.upM;
      outfit.front(s, at, look);
    },
    nativeParams: () => [waist.upM, heightM, ...own],
  };
}

// The marks over a coat skirt's cloth (the placket and buttons running on down it). Its twin reads
// the cloth's numbers, the collar's frame (origin, right, up, forward), then the marks'.
export function skirtMarksPattern(cloth: SurfacePattern, frame: NumberFrame, marks: FrontMarks): SurfacePattern {
  return {
    name: marks.skirt,
    local: false,
    nativeParams: (t) => {
      const { origin: o, right: r, up: u, fwd: f } = frame;
      return [...(cloth.nativeParams?.(t) ?? [0.85]), o.x, o.y, o.z, r.x, r.y, r.z, u.x, u.y, u.z, f.x, f.y, f.z, ...marks.nativeParams()];
    },
    apply(s: SurfaceSample): void {
      cloth.apply(s);
      const { origin: o, right: r, up: u, fwd: f } = frame;
      const px = s.x - o.x, py = s.y - o.y, pz = s.z - o.z;
      marks.at(s, px * r.x + py * r.y + pz * r.z, px * u.x + py * u.y + pz * u.z, px * f.x + py * f.y + pz * f.z);
    },
  };
}
