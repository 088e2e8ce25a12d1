// What a setting is without how it looks or sounds: its words, whether it is indoors, what it is
// heard as, and its ground. The parser and the simulator read only these, so reading a prompt or
// simulating a scene never loads three.js or the synthesizer.
import type { Setting } from '../../contract/scene-plan';
import type { FootstepSurface } from '../audio/footstep-surface';
import type { Ground } from '../physics/ground';

export type SettingKind = Setting['kind'];

export interface SettingFacts {
  kind: SettingKind;
  // Phrases that name the place ("basketball court", "parking lot").
  words: readonly string[];
  indoor: boolean;
  // Words that name the place even inside a thing's name ("the kitchen table"), when no other
  // place is named ("beach ball" is not one: a beach ball is anywhere).
  inThingNames?: readonly string[];
  // What the place is always drawn with (a room's sofa, rug and bookshelf): naming one puts the
  // scene there when no place is named ("a ball rolls under the sofa"), and the picture shows it.
  furnished?: readonly string[];
  // What the place is heard as, which its ambience plays ("birdsong", "wind").
  heard?: readonly string[];
  // The floor: its physics, what the summary calls it ("grass"), and how footsteps on it sound.
  ground: Ground & { name: string; footsteps: FootstepSurface };
  // Where a scene of only the place looks (m along the layout's v from the middle).
  emptyFocusM?: number;
  // Whether the place stays put in the world whatever the action does (the beach's sea).
  fixedFrame?: boolean;
}
