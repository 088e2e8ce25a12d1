// v6: the camera motion 'follow' (a tripod that pans, and moves along once the action leaves the
// frame) was called 'static' until 'static' came to mean a camera held still. A take planned before
// keeps the camera it was rendered with only if its plan says 'follow': otherwise a remix or a
// continuation of it would hold still a camera that travelled in the take. A prompt that asked for a
// still camera meant one then too, and keeps 'static'.
import type { Db } from './types';

// The words that asked for a still camera when these plans were written. A frozen copy on purpose: a
// migration converts yesterday's rows by yesterday's rules, whatever the parser's words become.
const ASKED_STILL = /\b(static|still camera|locked off|tripod|fixed camera)\b/i;

interface PlannedTake {
  id: string;
  prompt: string;
  plan_json: string;
}

export function migrateV6CameraFollow(db: Db): void {
  const takes = db.prepare('SELECT id, prompt, plan_json FROM takes').all() as PlannedTake[];
  const set = db.prepare('UPDATE takes SET plan_json = ? WHERE id = ?');
  for (const take of takes) {
    const plan = parsedPlan(take.plan_json);
    if (plan?.camera?.motion !== 'static' || ASKED_STILL.test(take.prompt)) continue;
    plan.camera.motion = 'follow';
    set.run(JSON.stringify(plan), take.id);
  }
}

// A plan that does not read as one is left as it is: one damaged take must not keep the whole
// project from opening (it opened before v6, that take alone failing when its plan is read).
function parsedPlan(json: string): { camera?: { motion?: string } } | null {
  try {
    const plan: unknown = JSON.parse(json);
    return typeof plan === 'object' && plan !== null ? (plan as { camera?: { motion?: string } }) : null;
  } catch {
    return null;
  }
}
