// What a park is, as the parser and the simulator need it: the words that name it, whether it is
// indoors, what it is heard as, and its ground. No three.js and no sound here: how it looks and
// sounds lives in index.ts.
import type { SettingFacts } from '../facts-types';

export const parkFacts: SettingFacts = {
  kind: 'park',
  words: ['park', 'playground', 'garden', 'lawn', 'grass', 'backyard', 'yard', 'field', 'meadow', 'outdoor court', 'outdoors court', 'schoolyard'],
  indoor: false,
  heard: ['birds', 'birdsong', 'wind', 'crickets'],
  // Grass: a soccer ball rolling on a lawn loses about 1.2 m/s every second. The contract has no
  // grass material, so it sounds as 'cloth', the dullest one.
  ground: { material: 'cloth', restitution: 0.55, friction: 0.9, rollingResistance: 0.12, name: 'grass', footsteps: 'grass' },
};
