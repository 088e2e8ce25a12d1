// When the prompt's lines are meant to be said against its action. By default a line reacts to an
// action that plays out (after a shot lands) and otherwise starts almost at once; the prompt's word
// order can say otherwise (prompt/line-order.ts): lines said before the action are spoken first and
// the action waits for them, lines said after it wait for the action.
import type { Action, Entity } from '../../contract/scene-plan';
import { actionDone } from '../actions';
import { round } from '../cast/arrange';
import { TURN_GAP_SEC } from '../speech/turns';
import type { LineOrder } from './line-order';
import { dialogueNeedsSec, PAUSE_SEC } from './line-length';
import type { Quote } from './text';

// A line said before anything happens starts this soon.
export const LEAD_IN_SEC = 0.3;
// When a line said after an action may start, for an action whose module does not say: it has
// had a moment to happen.
const AFTER_START_SEC = 1.5;
// The time a line said first is given before the action starts (seconds): a little more than any
// voice here takes to say it (voiced, silences trimmed: the slowest, the elder man's, says "nice
// shot" in 1.11 s, "here goes nothing" in 1.50 s, nine words in 2.76 s, where this gives 1.3, 1.7
// and 4.1 s). A line that runs longer still ends before the action: it starts sooner (turns.ts).
const LEAD_BASE_SEC = 0.5;
const LEAD_SEC_PER_WORD = 0.4;

export interface LineTimes {
  orders: readonly (LineOrder | null)[];
  // How many of the first lines are said before the action (0: none).
  leading: number;
  // When the action starts, once the leading lines are said.
  actionStartSec: number;
  // When a line with no order word starts, and when one said after the action may.
  firstAtSec: number;
  afterActionSec: number;
}

const acts = (actions: readonly Action[]): Action[] => actions.filter((a) => a.kind !== 'speak');

// A line with no order word: after an action it reacts to (a shot, once it lands), else almost at
// once (a conversation starts sooner than a line said over some other action).
function firstLineSec(actions: readonly Action[], entities: readonly Entity[]): number {
  for (const a of acts(actions)) {
    const { doneSec, linesFollow } = actionDone(a, entities);
    if (linesFollow && doneSec !== null) return doneSec;
  }
  return actions[0]?.kind === 'speak' ? 0.4 : 0.6;
}

// A line said after the action: once every action has played out (never sooner than a line with
// no order word, so "smiles and then says" with nothing cast to do is not said at 0 s).
function afterActionSec(actions: readonly Action[], entities: readonly Entity[]): number {
  return acts(actions).reduce((t, a) => Math.max(t, actionDone(a, entities).doneSec ?? a.startSec + AFTER_START_SEC), firstLineSec(actions, entities));
}

// The longest the leading lines may take, said one after another from LEAD_IN_SEC, plus the pause
// before the action answers them.
function leadingSec(texts: readonly string[]): number {
  const said = texts.reduce((t, text) => t + LEAD_BASE_SEC + text.split(/\s+/).filter(Boolean).length * LEAD_SEC_PER_WORD + PAUSE_SEC, LEAD_IN_SEC - PAUSE_SEC);
  return said + TURN_GAP_SEC;
}

// What an action is left to play out after the lines said before it, when the clip allows (a
// shot's gather, flight and landing take about 2.6 s).
const ACTION_ROOM_SEC = 2.6;

// How long a clip the lines need, when the prompt does not say (read before casting): the lines
// said first, then the action's room, then the rest; else the lines from when they start (a
// shot's take longer to land), and a moment after the last.
export function linesNeedSec(quotes: readonly Quote[], orders: readonly (LineOrder | null)[], shot: boolean): number {
  if (quotes.length === 0) return 0;
  const leading = orders.lastIndexOf('before-action') + 1;
  if (leading === 0) return dialogueNeedsSec(quotes, shot ? 3 : 0.6) + 0.8;
  const first = leadingSec(quotes.slice(0, leading).map((q) => q.text)) + ACTION_ROOM_SEC;
  return dialogueNeedsSec(quotes.slice(leading), first) + (leading < quotes.length ? 0.8 : 0);
}

// The actions moved later, together (so their own order and spacing hold), to start once the
// leading lines are said; in a clip too short for both, no later than leaves the action its room
// (the line is then said over the action's start rather than the action cut off).
function afterLines(actions: readonly Action[], startSec: number, durationSec: number): Action[] {
  const first = Math.min(...acts(actions).map((a) => a.startSec));
  const shift = Number.isFinite(first) ? Math.max(0, startSec - first) : 0;
  if (shift === 0) return [...actions];
  const latest = Math.max(first, durationSec - ACTION_ROOM_SEC);
  const by = Math.min(shift, latest - first);
  return actions.map((a) => (a.kind === 'speak' ? a : { ...a, startSec: round(a.startSec + by) }));
}

// The actions as timed against the lines, and when the lines are meant to be said.
export function timeLines(texts: readonly string[], orders: readonly (LineOrder | null)[], actions: readonly Action[], entities: readonly Entity[], durationSec: number): { actions: Action[]; times: LineTimes } {
  const leading = acts(actions).length > 0 ? orders.lastIndexOf('before-action') + 1 : 0;
  const timed = leading > 0 ? afterLines(actions, leadingSec(texts.slice(0, leading)), durationSec) : [...actions];
  const actionStartSec = leading > 0 ? Math.min(...acts(timed).map((a) => a.startSec)) : 0;
  return { actions: timed, times: { orders, leading, actionStartSec, firstAtSec: firstLineSec(timed, entities), afterActionSec: afterActionSec(timed, entities) } };
}
