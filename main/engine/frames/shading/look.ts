// The photographic choices for a take, decided once from its environment and frame size: exposure,
// grain, and the shadow map's region, resolution and softness. One home for these numbers.
import * as THREE from 'three';
import type { CameraPlan } from '../../../contract/scene-plan';
import type { Environment } from '../scene/environment';
import type { SceneLayout } from '../scene/layout';
import type { ShadowMapOptions } from './shadow-map';

export interface Look {
  exposure: number;
  // Depth of field (close-ups): the blur circle of the far background, in pixels; 0 = everything sharp.
  backgroundBlurPx: number;
  // Film grain amplitude in output levels at mid-grey.
  grain: number;
  shadow: Omit<ShadowMapOptions, 'lightDir'>;
}

export function lookFor(env: Environment, layout: SceneLayout, width: number, height: number, shot: CameraPlan['shot']): Look {
  // Night scenes outdoors are exposed up a little (as a camera would), not to daylight; indoors the
  // lamps are the light by day and night alike, so night is exposed as day and reads darker.
  const exposure = env.indoor ? 1.05 : env.night ? 1.25 : 1.0;
  // Halls are lit from above, so the whole court can shadow; outdoors the region follows the action.
  const radius = layout.interior ? Math.max(layout.interior.halfLength, layout.interior.halfWidth) + 1 : 22;
  const size = height > 720 ? 2048 : height > 480 ? 2048 : 1024;
  return {
    exposure,
    // A long lens at a wide aperture on a close-up: the background melts, about 1% of the frame.
    backgroundBlurPx: shot === 'close' ? 0.011 * height : 0,
    grain: height >= 1080 ? 2.2 : 2.8,
    shadow: {
      size,
      center: new THREE.Vector3(...(layout.interior ? layout.court.origin : layout.center)),
      radius,
      // Sunlight has a sharp-ish penumbra; ceiling light banks and night floods are broad.
      softness: env.indoor ? 0.09 : env.night ? 0.06 : 0.035,
    },
  };
}
