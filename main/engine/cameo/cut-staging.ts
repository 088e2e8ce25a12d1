// Where a cameo the frame cut off at the bottom may appear: the one rule for it. A person filmed from
// the waist up is drawn at their true size (their head says how tall they are), so their footage ends
// in mid-air at their waist; they appear only where that edge is hidden. Every such cameo in the
// scene is staged, not only the one the camera watches:
// - the camera's subject in a medium shot or a close-up: the camera keeps the edge below the frame
//   (frames/camera/cut-framing.ts);
// - in a wide shot, or watching someone else's action: behind the scene's table or counter, named
//   or implied by the action (behind-table.ts), seated if standing their cut would show over it,
//   and the camera looks down on the table enough, and not so steeply, that its top hides the cut;
// - else refused in words, before anything is generated, as is an action that shows the legs (a
//   walk, a kick, a jump), and an angle from which the table cannot hide them.
// The card drawing knows nothing of this: it draws the footage at the person's size, lowered by
// the seat's drop written into the plan.
import type { CameoUse } from '../../contract/cameo-use';
import type { Action, Entity, ScenePlan } from '../../contract/scene-plan';
import { actionModule } from '../actions';
import { pickSubject } from '../frames/camera/focus';
import { seatBehind, type TableSeat } from './behind-table';
import { shownWords } from './body-shown';

export type CutStaging =
  // Head to feet: drawn anywhere.
  | { kind: 'whole' }
  // Medium or close: the camera keeps the cut edge (cutM above the feet) below the frame.
  | { kind: 'framed'; cutM: number }
  // Behind a table, whose top hides the cut edge; `words` say so in the reading ("seated behind the
  // table, filmed from the waist up").
  | { kind: 'behind-table'; seat: TableSeat; words: string }
  | { kind: 'refused'; reason: string };

// How high above the feet the footage ends (metres), or null when it shows the person head to feet.
export function cutHeightM(use: Pick<CameoUse, 'heightM' | 'shownShare'>): number | null {
  return use.shownShare === undefined || use.shownShare >= 1 ? null : use.heightM * (1 - use.shownShare);
}

const actsIn = (a: Action, id: string): boolean => ('actor' in a && a.actor === id) || ('by' in a && a.by === id);

// Angles from which no table hides a cut edge, and why. A high angle is kept, the camera only lower
// if it must be (frames/camera/cut-framing.ts): it is what hand work at a table gets unasked.
const UNHIDDEN_ANGLES: Partial<Record<ScenePlan['camera']['angle'], string>> = {
  low: 'a low angle would look under the table at them',
  overhead: 'looking down from overhead would see behind the table',
  behind: 'from behind, the table would be on the far side of them',
};

export function stageCameo(plan: ScenePlan, use: CameoUse): CutStaging {
  const cutM = cutHeightM(use);
  if (cutM === null) return { kind: 'whole' };
  const filmed = `@${use.name} was filmed ${shownWords(use.shownShare ?? 1)}`;
  const upload = 'import a clip that shows you head to feet';
  for (const action of plan.actions) {
    const legs = actsIn(action, use.entityId) ? actionModule(action.kind).wholeBody : undefined;
    if (legs) return { kind: 'refused', reason: `${filmed}: Kinora cannot show them ${legs}; ${upload}.` };
  }
  const subject = pickSubject(plan)?.id === use.entityId;
  if (subject && plan.camera.shot !== 'wide') return { kind: 'framed', cutM };
  const where = subject ? 'a wide shot would show them cut off in mid-air' : `watching, ${plan.camera.shot === 'wide' ? 'a wide shot' : 'the shot'} would show them cut off in mid-air`;
  const table = plan.entities.find((e) => e.kind === 'table');
  const person = plan.entities.find((e) => e.id === use.entityId);
  if (!table || !person) {
    const ask = subject ? 'Ask for a medium shot or a close-up, put a table in the scene for them to be behind,' : 'Put a table in the scene for them to be behind, make them the one the shot is about,';
    return { kind: 'refused', reason: `${filmed}: ${where}. ${ask} or ${upload}.` };
  }
  const angle = UNHIDDEN_ANGLES[plan.camera.angle];
  if (angle) return { kind: 'refused', reason: `${filmed}: behind the ${table.label}, ${angle}. Ask for a side or front view, or ${upload}.` };
  const seat = seatBehind(plan, table, person, cutM, use.cutHalfWidthM ?? 0);
  if (seat === 'too-high') return { kind: 'refused', reason: `${filmed}: even seated behind the ${table.label}, its top would not hide where the clip cuts them off. ${upload[0]!.toUpperCase()}${upload.slice(1)}.` };
  if (seat === 'no-room') return { kind: 'refused', reason: `${filmed}: the ${table.label} is too small for them to be behind it beside the others, and ${where}. ${upload[0]!.toUpperCase()}${upload.slice(1)}.` };
  return { kind: 'behind-table', seat, words: `${seat.dropM > 0 ? 'seated' : 'standing'} behind the ${table.label}, filmed ${shownWords(use.shownShare ?? 1)}` };
}

// The first refusal among the plan's cameos, or null when every one can be shown.
export function cutRefusal(plan: ScenePlan): string | null {
  for (const use of plan.cameos ?? []) {
    const staging = stageCameo(plan, use);
    if (staging.kind === 'refused') return staging.reason;
  }
  return null;
}

// The plan with each cameo that is shown behind a table moved there, and its card's drop recorded.
export function seatCutCameos(plan: ScenePlan): ScenePlan {
  const seats = new Map<string, TableSeat>();
  let placed = plan;
  let who = plan.understanding?.who;
  for (const use of plan.cameos ?? []) {
    const staging = stageCameo(placed, use);
    if (staging.kind !== 'behind-table') continue;
    seats.set(use.entityId, staging.seat);
    // "@alex (standing by)" becomes "@alex (seated behind the table, filmed from the waist up)".
    who = who?.map((w) => (w === `@${use.name}` || w.startsWith(`@${use.name} (`) ? `@${use.name} (${staging.words})` : w));
    // Placed one by one, so the next one's seat leaves room for this one.
    placed = { ...placed, entities: placed.entities.map((e): Entity => (e.id === use.entityId ? { ...e, position: staging.seat.position } : e)) };
  }
  if (seats.size === 0) return plan;
  const cameos = (placed.cameos ?? []).map((c): CameoUse => {
    const seat = seats.get(c.entityId);
    return seat && seat.dropM > 0 ? { ...c, seatDropM: seat.dropM } : c;
  });
  return { ...placed, cameos, ...(placed.understanding && who ? { understanding: { ...placed.understanding, who } } : {}) };
}
