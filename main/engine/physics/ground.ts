// The ground a setting stands on, as physics sees it.
import type { Material } from '../../contract/scene-plan';

export interface Ground {
  material: Material;
  // Bounciness the surface allows (restitution combines by minimum, so soft ground kills bounce).
  restitution: number;
  friction: number;
  // Rolling-resistance coefficient Crr: a ball rolling on it slows at about Crr * g.
  rollingResistance: number;
}
