// How long a clip the prompt's actions need, when the words set no length: "pours coffee into his
// mug, then stirs it" needs 9 s to pour, set the jug down, take up the spoon and stir, and a user who
// left the duration empty expects to see both, not a 5 s clip that says the stir did not fit. Each
// action says what it could not show for want of time (Contradiction.needSec); the clip grows to the
// longest of those, within the longest clip Kinora makes. A length the user or the words set is kept.
import { MAX_DURATION_SEC } from '../../contract/format';
import { actionModule } from '../actions';
import type { Contradiction } from '../actions/types';
import type { CastPrompt } from './cast-prompt';

// What each cast action says its scene will not bear out (ActionModule.contradicts).
export const actionContradictions = (cast: CastPrompt): Contradiction[] => cast.scene.actions.flatMap((a) => actionModule(a.kind).contradicts?.(a, cast.scene) ?? []);

// The length (s) that would show everything the cast had to leave out for want of time, or null
// when nothing was or no clip Kinora makes is long enough.
export function clipNeedSec(cast: CastPrompt, durationSec: number): number | null {
  const need = Math.max(0, ...actionContradictions(cast).map((c) => c.needSec ?? 0));
  return need > durationSec && need <= MAX_DURATION_SEC ? Math.ceil(need) : null;
}
