// An outfit's marks laid over its cloth in the wearer's frame at the collar (which the body moves
// every frame, as the jersey's number): on the trunk through its neckline (neckline.ts cuts the neck
// from the cloth after them), and on a coat's skirt on their own.
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
  return (s, across, up, forward) => {
    at.across = across; at.up = up; at.forward = forward; at.waistUp = waist.upM;
    outfit.front(s, at, look);
  };
}

// The marks over a coat skirt's cloth (the placket and buttons running on down it).
export function skirtMarksPattern(cloth: SurfacePattern, frame: NumberFrame, marks: FrontMarks): SurfacePattern {
  return {
    name: 'outfit-skirt',
    local: false,
    apply(s: SurfaceSample): void {
      cloth.apply(s);
      const { origin: o, right: r, up: u, fwd: f } = frame;
      const px = s.x - o.x, py = s.y - o.y, pz = s.z - o.z;
      marks(s, px * r.x + py * r.y + pz * r.z, px * u.x + py * u.y + pz * u.z, px * f.x + py * f.y + pz * f.z);
    },
  };
}
