// Where the beach's sea is in the world: the beach is laid out in a frame fixed in the world
// (frames/scene/layout.ts), the still water's edge SHORE_M along its v, the sea beyond. The simulator and the frames read the same frame, so a splash is where the water is drawn.
import type { ScenePlan, Vec3 } from '../../../contract/scene-plan';
import { computeLayout, courtToWorld, worldToCourt, type SceneLayout } from '../../frames/scene/layout';
import { beachFacts, SHORE_M } from '../../settings/beach/facts';

export interface Shore {
  layout: SceneLayout;
  // World point `offshoreM` out to sea (negative: up the sand) at `alongM` along the shore.
  at(alongM: number, offshoreM: number, y?: number): Vec3;
  // How far out to sea a world point is (negative: on the sand).
  offshore(p: Vec3): number;
}

export function shoreOf(plan: ScenePlan): Shore {
  const layout = computeLayout(plan, { interior: 'court', indoor: false, fixedFrame: beachFacts.fixedFrame });
  return {
    layout,
    at: (alongM, offshoreM, y = 0) => courtToWorld(layout, alongM, SHORE_M + offshoreM, y),
    offshore: (p) => worldToCourt(layout, p)[1] - SHORE_M,
  };
}
