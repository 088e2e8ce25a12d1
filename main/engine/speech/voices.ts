// How each of Kinora's voices is made with the local synthesizer (Debian's flite: its four voices,
// with the pitch and pace a character needs), and which voice a character gets: a woman, a man, a
// child, a knight, an old man... Two characters in one scene never share a voice.
import type { SpeechVoice } from '../../contract/scene-plan';

export interface VoiceRecipe {
  // flite's voice: slt (US woman), rms (US man), awb (Scottish man), kal (US man, diphone).
  flite: 'slt' | 'rms' | 'awb' | 'kal';
  // Mean pitch the voice speaks at (Hz) and how much slower than its natural pace (1 = as is).
  pitchHz: number;
  stretch: number;
}

export const VOICE_RECIPES: Record<SpeechVoice, VoiceRecipe> = {
  woman: { flite: 'slt', pitchHz: 175, stretch: 1 },
  'woman-2': { flite: 'slt', pitchHz: 205, stretch: 0.95 },
  man: { flite: 'rms', pitchHz: 100, stretch: 1 },
  'man-2': { flite: 'awb', pitchHz: 120, stretch: 1 },
  'man-3': { flite: 'kal', pitchHz: 110, stretch: 1 },
  child: { flite: 'slt', pitchHz: 265, stretch: 0.92 },
  'child-2': { flite: 'slt', pitchHz: 240, stretch: 0.9 },
  // Deep and measured, with a burr.
  knight: { flite: 'awb', pitchHz: 85, stretch: 1.12 },
  'elder-man': { flite: 'rms', pitchHz: 92, stretch: 1.22 },
  'elder-woman': { flite: 'slt', pitchHz: 160, stretch: 1.18 },
  narrator: { flite: 'rms', pitchHz: 105, stretch: 1.05 },
};

// The kinds of character a person noun names, for the voice it speaks with.
export type VoiceKind = 'woman' | 'man' | 'child' | 'knight' | 'elder-man' | 'elder-woman' | 'any';

// The voices a kind of character may have, best first.
const CANDIDATES: Record<VoiceKind, readonly SpeechVoice[]> = {
  woman: ['woman', 'woman-2', 'elder-woman'],
  man: ['man', 'man-2', 'man-3', 'elder-man'],
  child: ['child', 'child-2'],
  knight: ['knight', 'man-2', 'man'],
  'elder-man': ['elder-man', 'man', 'man-2'],
  'elder-woman': ['elder-woman', 'woman', 'woman-2'],
  any: ['man', 'woman', 'man-2', 'woman-2', 'man-3'],
};

// Gives each speaker (in the order they first speak) a voice that suits them and that no earlier
// speaker has.
export class VoiceCasting {
  private readonly taken = new Map<string, SpeechVoice>();

  voiceFor(speakerKey: string, kind: VoiceKind): SpeechVoice {
    const known = this.taken.get(speakerKey);
    if (known) return known;
    const used = new Set(this.taken.values());
    const pick = CANDIDATES[kind].find((v) => !used.has(v)) ?? CANDIDATES.any.find((v) => !used.has(v)) ?? 'narrator';
    this.taken.set(speakerKey, pick);
    return pick;
  }
}
