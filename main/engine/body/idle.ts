// Standing still: a person with no action breathes, sways and never freezes.
import type { ActorTrack } from '../../contract/world-trace-types';
import { breathing, phaseOf, restHand, type Rig } from './rig';
import { add } from './vector';

export function idleRig(track: ActorTrack, H: number): Rig {
  const breath = breathing(track, H);
  const phase = phaseOf(track.entityId) * 6;
  return (t) => {
    const { sway, breathe } = breath(t);
    // Hands swing a touch with the breath so a standing figure never freezes.
    const swing = 0.004 * H * Math.sin(2 * Math.PI * 0.25 * t + phase);
    return {
      drop: 0.01 * H,
      lift: 0,
      lean: 0.04,
      headTilt: 0,
      handR: add(restHand(H, 1), [swing, 0, 0]),
      handL: add(restHand(H, -1), [-swing, 0, 0]),
      elbowUp: 0,
      footR: [0.01 * H, 0, 0.06 * H],
      footL: [-0.01 * H, 0, -0.06 * H],
      sway,
      breathe,
    };
  };
}
