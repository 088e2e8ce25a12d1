// Where a cameo the frame cut off at the bottom may appear: the one rule for it. A person filmed from
// the waist up is drawn at their true size (their head says how tall they are), so their footage ends
// in mid-air at their waist; they appear only where that edge is hidden. In a medium shot or a
// close-up the camera keeps the edge below the frame (frames/camera/cut-framing.ts). An action that
// shows the legs (a walk, a kick, a jump) cannot be played at all, and a wide shot, which shows a
// person whole, is not drawn with a legless one either: both are refused in words, before anything
// is generated. The card drawing knows nothing of this: it draws the footage at the person's size.
import type { CameoUse } from '../../contract/cameo-use';
import type { Action, ScenePlan } from '../../contract/scene-plan';
import { actionModule } from '../actions';
import { shownWords } from './body-shown';

export type CutStaging =
  // Head to feet: drawn anywhere.
  | { kind: 'whole' }
  // Medium or close: the camera keeps the cut edge (cutM above the feet) below the frame.
  | { kind: 'framed'; cutM: number }
  | { kind: 'refused'; reason: string };

// How high above the feet the footage ends (metres), or null when it shows the person head to feet.
export function cutHeightM(use: Pick<CameoUse, 'heightM' | 'shownShare'>): number | null {
  return use.shownShare === undefined || use.shownShare >= 1 ? null : use.heightM * (1 - use.shownShare);
}

const actsIn = (a: Action, id: string): boolean => ('actor' in a && a.actor === id) || ('by' in a && a.by === id);

export function stageCameo(plan: ScenePlan, use: CameoUse): CutStaging {
  const cutM = cutHeightM(use);
  if (cutM === null) return { kind: 'whole' };
  const words = shownWords(use.shownShare ?? 1);
  const filmed = `@${use.name} was filmed ${words}`;
  const upload = 'import a clip that shows you head to feet';
  for (const action of plan.actions) {
    const legs = actsIn(action, use.entityId) ? actionModule(action.kind).wholeBody : undefined;
    if (legs) return { kind: 'refused', reason: `${filmed}: Kinora cannot show them ${legs}; ${upload}.` };
  }
  if (plan.camera.shot !== 'wide') return { kind: 'framed', cutM };
  return { kind: 'refused', reason: `${filmed}: a wide shot would show them cut off in mid-air. Ask for a medium shot or a close-up, or ${upload}.` };
}

// The first refusal among the plan's cameos, or null when every one can be shown.
export function cutRefusal(plan: ScenePlan): string | null {
  for (const use of plan.cameos ?? []) {
    const staging = stageCameo(plan, use);
    if (staging.kind === 'refused') return staging.reason;
  }
  return null;
}
