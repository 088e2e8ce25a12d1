// Talking: standing at ease, facing who they talk to, the weight shifting now and then; while they
// speak, the hands come up and move with the phrasing (the jaw and head follow the voice itself,
// body/speech.ts, for anyone who speaks).
import type { ActorTrack } from '../../../contract/world-trace-types';
import { idleRig } from '../../body/idle';
import type { Rig } from '../../body/rig';
import { speechLevelAt } from '../../body/speech';
import { add } from '../../body/vector';

export function talkRig(track: ActorTrack, H: number): Rig {
  const idle = idleRig(track, H);
  return (t) => {
    const st = idle(t);
    // How animated they are: their loudness over the last half second, so gestures swell and
    // settle with phrases rather than flicker with syllables.
    const g = speechLevelAt(track, t, 0.5);
    const beat = Math.sin(2 * Math.PI * 1.6 * t) * g;
    return {
      ...st,
      lean: st.lean + 0.03 * g,
      handR: add(st.handR, [0.16 * H * g, (0.13 + 0.02 * beat) * H * g, -0.05 * H * g]),
      handL: add(st.handL, [0.08 * H * g, 0.06 * H * g, 0.03 * H * g]),
      elbowUp: 0.2 * g,
    };
  };
}
