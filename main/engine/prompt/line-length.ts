// Roughly how long lines take to say before they are synthesized (the real lengths place them,
// speech/turns.ts): about 2.6 words a second, and a pause between lines.
import type { Quote } from './text';

const SEC_PER_WORD = 0.38;
export const PAUSE_SEC = 0.45;

export const estimatedLineSec = (text: string): number => Math.max(0.6, text.split(/\s+/).filter(Boolean).length * SEC_PER_WORD);

// How long the prompt's lines need, said one after another from `firstAtSec`.
export function dialogueNeedsSec(quotes: readonly Quote[], firstAtSec: number): number {
  return quotes.slice(0, 32).reduce((t, q) => t + estimatedLineSec(q.text) + PAUSE_SEC, firstAtSec);
}
