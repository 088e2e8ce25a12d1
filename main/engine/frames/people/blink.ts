// Blinks: every few seconds a person's eyes close and open again in about a sixth of a second, each
// person on their own rhythm (a phase from who they are), so faces in a close-up look alive without
// everyone blinking together. The first blink comes after a second (a take's opening frames show
// open eyes).
export const BLINK = {
  firstSec: 1,
  // Seconds between blinks: people blink every 2-10 s; 3-4.5 s reads as calm.
  everySec: 3,
  spreadSec: 1.5,
  // Closing, shut and opening together.
  lastsSec: 0.16,
} as const;

// phase in [0, 1): where this person's blinks fall. Returns how closed the eyes are (0 open .. 1 shut).
export function eyesClosed(t: number, phase: number): number {
  const every = BLINK.everySec + BLINK.spreadSec * phase;
  const since = t - BLINK.firstSec - phase * every;
  if (since < 0) return 0;
  const into = since % every;
  if (into > BLINK.lastsSec) return 0;
  // Shut fastest in the middle: a tent from open to shut and back.
  const half = BLINK.lastsSec / 2;
  return Math.max(0, 1 - Math.abs(into - half) / half);
}
