// What a kitchen is, as the parser and the simulator need it: its words, indoors, and its tiled
// floor (glazed ceramic: hard and a little slippery; what falls on it is heard hitting tile).
import type { SettingFacts } from '../facts-types';

export const kitchenFacts: SettingFacts = {
  kind: 'kitchen',
  words: ['kitchen', 'kitchens', 'pantry', 'scullery'],
  indoor: true,
  // A counter stands in a kitchen when no other place is named.
  inThingNames: ['kitchen', 'counter', 'countertop'],
  heard: ['fridge hum'],
  ground: { material: 'ceramic', restitution: 0.8, friction: 0.45, rollingResistance: 0.01, name: 'tiled floor', footsteps: 'wood' },
};
