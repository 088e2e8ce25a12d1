// What is heard of a fall: the hands slapping the ground, then the body landing, each with the
// momentum of the part that lands (a share of the person's mass at the speed it comes down), on
// whatever the ground is; and the feet finding the ground again as the person gets up.
import type { ActorTrack } from '../../../contract/world-trace-types';
import type { BodyImpact } from '../types';
import { GET_UP_SEC, tripTimes } from './pose';

// Shares of body mass that land with the hands (arms and the shoulders' weight on them) and with
// the trunk (what the arms did not hold).
const HANDS_SHARE = 0.12;
const TRUNK_SHARE = 0.35;

export function tripImpacts(track: ActorTrack, H: number): BodyImpact[] {
  const tt = tripTimes(track, H);
  return [
    { t: tt.handsSec, joint: 'handR', massShare: HANDS_SHARE, speed: tt.fall.handsSpeed },
    { t: tt.handsSec + 0.02, joint: 'handL', massShare: HANDS_SHARE, speed: tt.fall.handsSpeed },
    { t: tt.downSec, joint: 'chest', massShare: TRUNK_SHARE, speed: tt.fall.chestSpeed },
  ];
}

export function tripFootsteps(track: ActorTrack, H: number, walkSteps: { t: number; foot: 'footL' | 'footR' }[]): { t: number; foot: 'footL' | 'footR' }[] {
  const g = tripTimes(track, H).getUpSec;
  return g === null ? walkSteps : [...walkSteps, { t: g + 1.0, foot: 'footR' }, { t: g + GET_UP_SEC, foot: 'footL' }];
}
