// Writes the cameos a studio resolved into the plan: who plays which person (with the library's
// record of their height and consent, kept with the take for good), and each such person's real
// height and body width, so the collider, the card and the hands all have the person's own size.
// A cameo cut off at the waist who is shown behind a table is then seated there (cut-staging.ts).
import type { CameoUse } from '../../contract/cameo-use';
import type { ScenePlan } from '../../contract/scene-plan';
import { seatCutCameos } from './cut-staging';

export interface ResolvedCameo {
  use: CameoUse;
  // Half the body's width (metres), measured from the footage: the collider's radius.
  bodyHalfWidthM: number;
}

export function attachCameos(plan: ScenePlan, cameos: readonly ResolvedCameo[]): ScenePlan {
  if (cameos.length === 0) return plan;
  const byEntity = new Map(cameos.map((c) => [c.use.entityId, c]));
  return seatCutCameos({
    ...plan,
    entities: plan.entities.map((e) => {
      const cameo = byEntity.get(e.id);
      return cameo ? { ...e, label: `@${cameo.use.name}`, size: [cameo.use.heightM, cameo.bodyHalfWidthM] } : e;
    }),
    cameos: cameos.map((c) => c.use),
  });
}
