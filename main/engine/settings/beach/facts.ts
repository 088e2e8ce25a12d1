// What a beach is, as the parser and the simulator need it: the words that name it, whether it is
// indoors, what it is heard as, and its ground. No three.js and no sound here: how it looks and
// sounds lives in index.ts.
import type { SettingFacts } from '../facts-types';

// How far from the world's origin (where casting puts the action) the still sea meets the sand (m,
// along the beach's frame's v, which is -z).
export const SHORE_M = 14;

export const beachFacts: SettingFacts = {
  kind: 'beach',
  words: ['beach', 'sand', 'shore', 'seaside', 'ocean', 'sea', 'coast', 'boardwalk'],
  indoor: false,
  ground: { material: 'cloth', restitution: 0.15, friction: 1.0, rollingResistance: 0.25, name: 'sand', footsteps: 'sand' },
  // Nothing but the beach: look just out to sea, the waves breaking and the wash on the sand in view.
  emptyFocusM: SHORE_M,
  // The sea is where it is: a ball thrown towards it lands in it.
  fixedFrame: true,
};

