// What a beach is, as the parser and the simulator need it: the words that name it, whether it is
// indoors, what it is heard as, and its ground. No three.js and no sound here: how it looks and
// sounds lives in index.ts.
import type { SettingFacts } from '../facts-types';

export const beachFacts: SettingFacts = {
  kind: 'beach',
  words: ['beach', 'sand', 'shore', 'seaside', 'ocean', 'sea', 'coast', 'boardwalk'],
  indoor: false,
  ground: { material: 'cloth', restitution: 0.15, friction: 1.0, rollingResistance: 0.25, name: 'sand', footsteps: 'sand' },
};
