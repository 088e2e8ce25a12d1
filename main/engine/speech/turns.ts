// Where spoken lines go in the clip, once their real lengths are known: each starts when the plan
// meant it to (a line said before the action: so that it ends as the action is due, however long
// the voice took to say it), but never before the line before it has finished and the next speaker
// has had a moment to answer (a shorter breath when the same person goes on). A line that would
// start too late to be heard is left out; one that runs past the end is cut there.
import type { DialogueLine } from '../../contract/scene-plan';

// Pause before a different speaker answers, and before the same speaker goes on (seconds).
export const TURN_GAP_SEC = 0.35;
export const SAME_SPEAKER_GAP_SEC = 0.2;
// A line must have this long in the clip to be worth starting.
const MIN_HEARD_SEC = 0.3;

export interface PlacedLine {
  line: number;
  startSec: number;
  durationSec: number;
}

type TurnLine = Pick<DialogueLine, 'atSec' | 'endBySec' | 'speaker' | 'actor'>;

const gapBetween = (a: string, b: string): number => (a === b ? SAME_SPEAKER_GAP_SEC : TURN_GAP_SEC);

// When each line with a deadline wants to start: as late as lets it, and the lines after it that
// share a deadline, be said in turn by then ("ready?" "go!" then the shot: both just before it).
function wantedStartsSec(lines: readonly TurnLine[], spokenSec: readonly number[]): number[] {
  const wanted = lines.map((l) => l.atSec);
  let next: { startSec: number; who: string } | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i] as TurnLine;
    const who = l.actor ?? l.speaker;
    if (l.endBySec === undefined) {
      next = null;
      continue;
    }
    const endSec: number = next ? Math.min(l.endBySec, next.startSec - gapBetween(who, next.who)) : l.endBySec;
    wanted[i] = Math.max(0, endSec - (spokenSec[i] ?? 0));
    next = { startSec: endSec - (spokenSec[i] ?? 0), who };
  }
  return wanted;
}

export function placeTurns(lines: readonly TurnLine[], spokenSec: readonly number[], clipSec: number): PlacedLine[] {
  const placed: PlacedLine[] = [];
  const wanted = wantedStartsSec(lines, spokenSec);
  let freeAt = 0;
  let last: string | null = null;
  lines.forEach((l, i) => {
    const who = l.actor ?? l.speaker;
    const gap = last === null ? 0 : gapBetween(who, last);
    const length = spokenSec[i] ?? 0;
    const startSec = Math.max(wanted[i] as number, freeAt + gap);
    if (length <= 0 || startSec > clipSec - MIN_HEARD_SEC) return;
    const durationSec = Math.min(length, clipSec - startSec);
    placed.push({ line: i, startSec: Math.round(startSec * 1e4) / 1e4, durationSec });
    freeAt = startSec + length;
    last = who;
  });
  return placed;
}
