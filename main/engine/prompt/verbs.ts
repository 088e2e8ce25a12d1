// Where each action is named in the prompt: every action module lists its own verbs; this finds
// the first of them. Camera phrases are masked first, so "a close-up shot" is not a basketball shot
// and "made of wood" is not a made basket.
import { ACTIONS } from '../actions';
import type { ActionKind } from '../actions/types';
import { phraseIndices } from './text';

const NOT_VERBS = /\b(close up|closeup|wide|medium|mid|tracking|long|establishing|overhead|aerial|drone|static|tight|side|action|camera|slow motion|cinematic|dolly|orbit|orbiting|pov)\s+shots?\b|\bshots? of\b|\bmade (of|from|out of)\b|\bmake of\b/g;

export interface FoundVerbs {
  // The prompt's words with camera phrases masked (word by word, so indices still match).
  words: string[];
  // Word index of the first phrase naming each action the prompt names.
  at: Map<ActionKind, number>;
}

export function findVerbs(allWords: readonly string[]): FoundVerbs {
  const masked = allWords.join(' ').replace(NOT_VERBS, (m) => m.split(' ').map(() => '_').join(' '));
  const words = masked.split(' ');
  const at = new Map<ActionKind, number>();
  for (const m of ACTIONS) {
    const index = m.words.find ? m.words.find(words) : (phraseIndices(words, m.words.verbs)[0] ?? -1);
    if (index >= 0) at.set(m.kind, index);
  }
  return { words, at };
}
