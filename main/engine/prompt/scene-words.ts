// Where and when the scene happens, how it is lit and shot, and how long it lasts: read from plain
// words and phrases ("at night", "close-up", "from behind", "8 seconds").
import type { CameraPlan, LightingPlan, Setting } from '../../contract/scene-plan';
import { SETTING_FACTS, settingFacts } from '../settings/facts';
import { hasPhrase, phraseIndices } from './text';
import { NUMBER_WORDS } from './modifier-words';

type SettingKind = Setting['kind'];

// Outdoor words that turn a "court" into an outdoor one.
const OUTDOOR_COURT = ['outdoor', 'outdoors', 'outside', 'streetball', 'blacktop'];

export const NIGHT_WORDS = ['night', 'nighttime', 'midnight', 'after dark', 'moonlight', 'moonlit', 'tonight', 'starry', 'under the stars', 'streetlights', 'streetlight'];
export const SUNSET_WORDS = ['sunset', 'dusk', 'twilight', 'golden hour', 'sundown', 'evening', 'dawn', 'sunrise'];
export const DAY_WORDS = ['day', 'daytime', 'daylight', 'noon', 'midday', 'morning', 'afternoon', 'sunny', 'sunshine', 'broad daylight'];
export const WARM_WORDS = ['warm', 'warmly', 'golden', 'cozy', 'cosy', 'candlelight', 'candlelit', 'amber', 'orange light'];
export const COOL_WORDS = ['cool', 'cold', 'blue light', 'bluish', 'icy', 'moonlight', 'moonlit', 'clinical', 'fluorescent'];
export const BRIGHT_WORDS = ['bright', 'brightly', 'brightly lit', 'well lit', 'vivid', 'sunny', 'sunlit', 'floodlit', 'floodlights'];
export const CLOSE_WORDS = ['close up', 'closeup', 'close shot', 'extreme close', 'macro', 'tight shot', 'up close', 'close view'];
export const MEDIUM_WORDS = ['medium shot', 'mid shot', 'medium view'];
export const WIDE_WORDS = ['wide', 'wide shot', 'wide angle', 'establishing shot', 'long shot', 'full view', 'far away', 'from afar', 'from a distance', 'panoramic'];
export const BEHIND_WORDS = ['from behind', 'behind the', 'over the shoulder', 'back view', 'rear view', 'from the back'];
export const SIDE_WORDS = ['side view', 'from the side', 'profile', 'side angle', 'side on', 'sideways view'];
// Between the face and the profile ("a three-quarter view"); "three quarters" alone is an amount.
export const THREE_QUARTER_WORDS = ['three quarter view', 'three quarter angle', 'three quarter shot', 'three quarter profile', 'three quarters view', 'three quarters angle', '3 4 view', 'quarter view'];
export const FRONT_WORDS = ['front view', 'from the front', 'head on', 'facing the camera', 'frontal'];
export const TRACK_WORDS = ['tracking', 'tracks', 'track the', 'follows', 'following', 'follow cam', 'follow the', 'chases the'];
export const HANDHELD_WORDS = ['handheld', 'hand held', 'shaky cam', 'shaky camera', 'documentary style'];
export const PULL_WORDS = ['pull out', 'pulls out', 'pulling out', 'pull back', 'pulls back', 'pulling back', 'zoom out', 'zooms out', 'zooming out', 'dolly out', 'dollies out', 'dolly back', 'reveal shot'];
export const ORBIT_WORDS = ['orbit', 'orbits', 'orbiting', 'circles around', 'circling', '360', 'revolves around', 'rotating camera', 'spins around'];
export const PUSH_WORDS = ['push in', 'pushes in', 'pushing in', 'zoom in', 'zooms in', 'zooming in', 'dolly in', 'dollies in', 'moves in', 'moves closer', 'slow push'];
export const STATIC_WORDS = ['static', 'still camera', 'locked off', 'tripod', 'fixed camera'];
export const FAST_WORDS = ['fast', 'hard', 'quickly', 'rapidly', 'hurls', 'hurl', 'slams', 'smashes', 'full speed', 'powerful', 'powerfully'];
export const SLOW_WORDS = ['slowly', 'slow', 'gently', 'gentle', 'softly', 'lightly', 'lazily'];
export const DARK_WORDS = ['dim', 'dimly', 'dimly lit', 'moody', 'low light', 'gloomy', 'shadowy', 'murky'];
export const SUBJECT_PHRASES = ['close up of', 'closeup of', 'close up on', 'focus on', 'focused on', 'follows the', 'following the', 'tracking the', 'tracks the', 'follow the'];


export interface SettingHint {
  kind: SettingKind | null;
  outdoorCourt: boolean;
}

function placeOfThings(words: readonly string[]): { kind: SettingKind; at: number; len: number } | null {
  for (const { kind, inThingNames, furnished } of SETTING_FACTS) {
    const at = phraseIndices(words, [...(inThingNames ?? []), ...(furnished ?? [])])[0];
    if (at !== undefined) return { kind, at, len: 1 };
  }
  return null;
}

// The earliest setting named in the prompt wins ("a gym next to the street" is a gym). Words that
// are part of a thing's name ("beach ball") do not name a place, unless nothing else does and the
// place says they do (a kitchen's "kitchen table").
export function findSetting(words: readonly string[], text: string, partOfName: (index: number) => boolean = () => false): SettingHint {
  let best: { kind: SettingKind; at: number; len: number } | null = null;
  for (const { kind, words: phrases } of SETTING_FACTS) {
    for (const phrase of phrases) {
      const at = phraseIndices(words, [phrase]).find((i) => !partOfName(i));
      if (at === undefined) continue;
      const len = phrase.split(' ').length;
      if (!best || at < best.at || (at === best.at && len > best.len)) best = { kind, at, len };
    }
  }
  // Failing that, a thing named for its place puts the scene there ("the kitchen table"), or a
  // piece it is always furnished with ("under the sofa").
  best ??= placeOfThings(words);
  const outdoorCourt = hasPhrase(text, OUTDOOR_COURT);
  // "from downtown" is a long shot, not a city.
  if (best?.kind === 'street' && hasPhrase(text, ['from downtown']) && !hasPhrase(text, settingFacts('street').words.filter((p) => p !== 'city'))) best = null;
  let kind = best?.kind ?? null;
  if (kind === 'gym' && outdoorCourt) kind = 'park';
  if (kind === null && outdoorCourt) kind = 'park';
  return { kind, outdoorCourt };
}

export function findTimeOfDay(text: string): Setting['timeOfDay'] | null {
  if (hasPhrase(text, NIGHT_WORDS)) return 'night';
  if (hasPhrase(text, SUNSET_WORDS)) return 'sunset';
  if (hasPhrase(text, DAY_WORDS)) return 'day';
  return null;
}

export function findLighting(text: string, timeOfDay: Setting['timeOfDay'], indoor: boolean): LightingPlan {
  let mood: LightingPlan['mood'] = timeOfDay === 'sunset' ? 'warm' : timeOfDay === 'night' && !indoor ? 'cool' : 'neutral';
  if (hasPhrase(text, WARM_WORDS)) mood = 'warm';
  if (hasPhrase(text, COOL_WORDS)) mood = 'cool';
  let intensity = timeOfDay === 'night' ? (indoor ? 0.9 : 0.6) : timeOfDay === 'sunset' ? 0.85 : 1;
  // "dark" only means the light when it is not a colour shade ("dark blue ball").
  const darkLight = hasPhrase(text, DARK_WORDS) || / dark (?!(red|orange|yellow|green|blue|purple|pink|grey|gray|brown) )/.test(text);
  if (darkLight) intensity = Math.min(intensity, 0.5);
  if (hasPhrase(text, BRIGHT_WORDS)) intensity = Math.max(intensity, 1.35);
  return { mood, intensity };
}

// Straight down from above, and a raised three-quarter view.
export const OVERHEAD_WORDS = ['overhead', 'top down', 'topdown', 'bird eye', 'birds eye', 'directly above', 'straight down', 'top view', 'from the top'];
export const HIGH_ANGLE_WORDS = ['high angle', 'from above', 'aerial', 'drone shot', 'looking down', 'elevated view'];
export const LOW_ANGLE_WORDS = ['low angle', 'from below', 'looking up', 'worm eye', 'worms eye', 'ground level', 'low shot'];

export interface CameraHint {
  shot: CameraPlan['shot'] | null;
  angle: CameraPlan['angle'] | null;
  motion: CameraPlan['motion'] | null;
  // Word index right after a "close-up of", "follows the", "focus on" phrase: the subject noun
  // should start near here.
  subjectAt: number | null;
}

export function findCamera(words: readonly string[], text: string): CameraHint {
  const hint: CameraHint = { shot: null, angle: null, motion: null, subjectAt: null };
  if (hasPhrase(text, CLOSE_WORDS)) hint.shot = 'close';
  else if (hasPhrase(text, MEDIUM_WORDS)) hint.shot = 'medium';
  else if (hasPhrase(text, WIDE_WORDS)) hint.shot = 'wide';

  if (hasPhrase(text, OVERHEAD_WORDS)) hint.angle = 'overhead';
  else if (hasPhrase(text, HIGH_ANGLE_WORDS)) hint.angle = 'high';
  else if (hasPhrase(text, LOW_ANGLE_WORDS)) hint.angle = 'low';
  else if (hasPhrase(text, BEHIND_WORDS)) hint.angle = 'behind';
  else if (hasPhrase(text, THREE_QUARTER_WORDS)) hint.angle = 'three-quarter';
  else if (hasPhrase(text, SIDE_WORDS)) hint.angle = 'side';
  else if (hasPhrase(text, FRONT_WORDS)) hint.angle = 'front';

  if (hasPhrase(text, HANDHELD_WORDS)) hint.motion = 'handheld';
  else if (hasPhrase(text, TRACK_WORDS)) hint.motion = 'track';
  else if (hasPhrase(text, ORBIT_WORDS)) hint.motion = 'orbit';
  else if (hasPhrase(text, PUSH_WORDS)) hint.motion = 'push';
  else if (hasPhrase(text, PULL_WORDS)) hint.motion = 'pull';
  else if (hasPhrase(text, STATIC_WORDS)) hint.motion = 'static';

  const at = phraseIndices(words, SUBJECT_PHRASES)[0];
  if (at !== undefined) {
    const phrase = SUBJECT_PHRASES.find((p) => p.split(' ').every((w, k) => words[at + k] === w));
    hint.subjectAt = at + (phrase ? phrase.split(' ').length : 0);
  }
  return hint;
}

const numberAt = (w: string | undefined): number | null => {
  if (w === undefined) return null;
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  // "a"/"an" are not numbers here: "a second ball" must not become a one-second clip.
  const n = NUMBER_WORDS[w];
  return n !== undefined && !['some', 'many', 'lots', 'bunch', 'few', 'several', 'couple', 'pair', 'single', 'dozen'].includes(w) ? n : null;
};

// "8 seconds", "3s", "a 10-second clip", "twelve seconds long", "half a minute".
export function findDurationSec(words: readonly string[]): number | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'seconds' || w === 'second' || w === 'secs' || w === 'sec' || w === 's') {
      const n = numberAt(words[i - 1]);
      if (n !== null && n > 0) return n;
    }
    if ((w === 'minute' || w === 'minutes' || w === 'min') && (words[i - 1] === 'half' || words[i - 2] === 'half')) return 30;
    if (w === 'minute' || w === 'minutes') {
      const n = numberAt(words[i - 1]);
      if (n !== null && n > 0) return n * 60;
      if (words[i - 1] === 'a' || words[i - 1] === 'one') return 60;
    }
  }
  return null;
}

// "from 2 meters", "from 6 feet": a drop height or shot distance in metres.
export function findDistanceM(words: readonly string[]): number | null {
  for (let i = 1; i < words.length; i++) {
    const unit = words[i];
    const n = numberAt(words[i - 1]);
    if (n === null) continue;
    if (unit === 'm' || unit === 'meter' || unit === 'meters' || unit === 'metre' || unit === 'metres') return n;
    if (unit === 'feet' || unit === 'foot' || unit === 'ft') return n * 0.3048;
    if (unit === 'cm' || unit === 'centimeters' || unit === 'centimetres') return n / 100;
  }
  return null;
}

// How hard something is thrown or rolled.
export function findSpeedFactor(fullText: string): number {
  // "slow motion" is how the video looks, not how hard anything is thrown.
  const text = fullText.replace(/ slow motion /g, ' ');
  if (hasPhrase(text, FAST_WORDS)) return 1.5;
  if (hasPhrase(text, SLOW_WORDS)) return 0.6;
  return 1;
}

// Every phrase the scene words understand, for telling what a prompt said that Kinora did not read.
// Every scene has a floor or ground under it: naming it asks for nothing more ("rolls across the floor").
export const GROUND_WORDS = ['floor', 'ground', 'kitchen floor', 'the floor'];

export const SCENE_PHRASES: readonly string[] = [
  ...NIGHT_WORDS, ...SUNSET_WORDS, ...DAY_WORDS, ...WARM_WORDS, ...COOL_WORDS, ...BRIGHT_WORDS, ...DARK_WORDS,
  ...CLOSE_WORDS, ...MEDIUM_WORDS, ...WIDE_WORDS, ...OVERHEAD_WORDS, ...HIGH_ANGLE_WORDS, ...LOW_ANGLE_WORDS, ...BEHIND_WORDS, ...SIDE_WORDS, ...THREE_QUARTER_WORDS, ...FRONT_WORDS,
  ...TRACK_WORDS, ...ORBIT_WORDS, ...PUSH_WORDS, ...PULL_WORDS, ...HANDHELD_WORDS, ...STATIC_WORDS, ...SUBJECT_PHRASES, ...FAST_WORDS, ...SLOW_WORDS, ...OUTDOOR_COURT,
  ...GROUND_WORDS, 'from downtown', 'camera', 'shot', 'view', 'angle',
];
