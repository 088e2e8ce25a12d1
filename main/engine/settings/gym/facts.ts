// What a gym is, as the parser and the simulator need it: the words that name it, whether it is
// indoors, what it is heard as, and its ground. No three.js and no sound here: how it looks and
// sounds lives in index.ts.
import type { SettingFacts } from '../facts-types';

export const gymFacts: SettingFacts = {
  kind: 'gym',
  words: ['gym', 'gymnasium', 'arena', 'sports hall', 'basketball court', 'court', 'stadium', 'fieldhouse'],
  indoor: true,
  ground: { material: 'wood', restitution: 0.92, friction: 0.6, rollingResistance: 0.012, name: 'floor', footsteps: 'wood' },
};
