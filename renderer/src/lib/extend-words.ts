// What the Extend button says it will do, in terms of the clip selected (not its take): a clip that
// plays to its take's end grows by the added seconds (a 3.0 s split half of a 5 s take becomes 5.0 s
// with 2 s more, not "7.0 s"); one cut before its take's end keeps its length and says so.
import { playsToSourceEnd, type Clip } from '../../../main/contract/timeline';

export interface ExtendWords {
  button: string;
  note: string | null;
}

export function extendWords(clip: Pick<Clip, 'sourceInSec' | 'durationSec'>, takeSec: number, bySec: number, fps: number): ExtendWords {
  const by = Number.isFinite(bySec) && bySec > 0 ? bySec : 0;
  if (playsToSourceEnd(clip, takeSec, fps)) return { button: `Extend to ${(clip.durationSec + by).toFixed(1)} s`, note: null };
  const before = takeSec - clip.sourceInSec - clip.durationSec;
  return {
    button: `Extend its take to ${(takeSec + by).toFixed(1)} s`,
    note: `This clip stops ${before.toFixed(1)} s before its take ends, so it stays ${clip.durationSec.toFixed(1)} s long; trim its end out afterwards to show the new seconds.`,
  };
}
