// What rain is to the parser: the words that name it and what it does, and where it can fall
// (outdoors; a street when the prompt names no place).
import type { ElementFacts } from '../types';

export const rainFacts: ElementFacts = {
  kind: 'rain',
  words: ['rain', 'rainfall', 'raindrops', 'rain drops', 'downpour', 'drizzle', 'rainstorm', 'rainy', 'raining', 'in the rain', 'shower of rain', 'pouring rain', 'heavy rain', 'light rain'],
  verbs: ['falls', 'fall', 'falling', 'pours', 'pouring', 'pours down', 'comes down', 'patters', 'pattering', 'drums', 'beats down', 'is falling', 'keeps falling'],
  home: 'street',
  onlyIn: null,
  always: null,
  describe: 'in the rain',
  happens: 'rain falls',
};
