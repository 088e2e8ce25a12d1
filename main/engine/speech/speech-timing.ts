// What the simulation needs of a spoken line (not its sound): which line, who says it, when, for how
// long, and how loud it is moment to moment (the jaw follows that).
export interface SpeechTiming {
  line: number;
  // The speaker's entity id, or null for a voice off-screen.
  actor: string | null;
  startSec: number;
  durationSec: number;
  hz: number;
  energy: number[];
}
