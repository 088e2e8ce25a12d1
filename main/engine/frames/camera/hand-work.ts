// Hand work at a table or counter, which tight shots are framed on (framing.ts onTheWork): what a
// hand action's hand handles, and when the work starts and ends.
import type { Action, Entity, ScenePlan } from '../../../contract/scene-plan';

// Things handled and knocked about (a book, a cup, a crate): sized by the box they fill.
export const isThing = (e: Entity): boolean => e.kind === 'object' || e.kind === 'box';

// Work a person's hands do on small things at a table or counter (pouring from a jug into a glass,
// stirring a cup, filling a glass at the tap): the things worked on by the action's doer, and when
// the work starts and ends. A medium shot or a close-up of it is framed on the work (framing.ts
// onTheWork), as a cinematographer frames a pour.
export interface HandWork {
  things: Entity[];
  fromSec: number;
  untilSec: number;
  // Whose hands do it; none named: any hand on the things (one from outside the frame, or none).
  by?: string;
}

// What a hand action's hand handles: the things it moves, the jug and the glass it pours into, the
// spoon and the cup it stirs, the tap and the glass under it. One list for a person's shot
// (companionsOf) and their hand work (handWork).
export function handledBy(a: Action): string[] {
  if (a.kind === 'pour') return [a.from.in, a.into];
  if (a.kind === 'stir') return [a.in.in, a.tool];
  if (a.kind === 'tap') return [a.object, a.into];
  return 'objects' in a ? [...a.objects] : 'object' in a ? [a.object] : [];
}

// Hand actions at a table or counter on small things, framed on the work, and when each ends: a pour at the clip's end; a
// knock-over, push or domino run a second after the touch; a stir as the spoon lifts out (framed with it, the cup was a fifth of a close-up);
// a flicked coin's spin-down, which is the whole clip (a close-up on the spinner's face missed the coin).
const HAND_WORK: Partial<Record<Action['kind'], (a: Action) => number>> = {
  pour: () => Infinity, spin: () => Infinity, topple: (a) => a.startSec + 1,
  stir: (a) => (a.kind === 'stir' ? a.startSec + a.stirSec : Infinity),
  tap: (a) => (a.kind === 'tap' ? a.stopSec : Infinity),
  tip: (a) => a.startSec + 1, slide: (a) => a.startSec + 1, dominoes: (a) => a.startSec + 1,
};

// A pour is framed on the jug and the glass even when nobody is named pouring: framed on the glass
// alone, a close-up showed it empty for 2.5 s with the jug over the frame's top edge.
const BETWEEN_TWO: ReadonlySet<Action['kind']> = new Set(['pour']);

export function handWork(plan: ScenePlan, subject: Entity): HandWork | null {
  const ids = new Set<string>();
  let fromSec = Infinity, untilSec = 0;
  let by: string | undefined = subject.id;
  for (const a of plan.actions) {
    const end = HAND_WORK[a.kind];
    const doer = 'by' in a ? a.by : undefined;
    const unnamed = doer === undefined && BETWEEN_TWO.has(a.kind) && handledBy(a).includes(subject.id);
    if (!end || (doer !== subject.id && !unnamed)) continue;
    if (unnamed) by = undefined;
    for (const id of handledBy(a)) ids.add(id);
    fromSec = Math.min(fromSec, a.startSec);
    untilSec = Math.max(untilSec, end(a));
  }
  const things = plan.entities.filter((e) => ids.has(e.id) && isThing(e));
  return things.length > 0 ? { things, fromSec, untilSec, ...(by !== undefined ? { by } : {}) } : null;
}

