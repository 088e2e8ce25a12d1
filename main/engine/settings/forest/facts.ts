// What a forest is, as the parser and the simulator need it: the words that name it, whether it is
// indoors, what it is heard as, and its ground. No three.js and no sound here: how it looks and
// sounds lives in index.ts.
import type { SettingFacts } from '../facts-types';

export const forestFacts: SettingFacts = {
  kind: 'forest',
  words: ['forest', 'woods', 'woodland', 'woodlands', 'trees', 'jungle', 'grove', 'trail', 'forest path', 'forest floor'],
  indoor: false,
  heard: ['birdsong', 'birds', 'bird', 'chirping', 'wind', 'breeze', 'leaves', 'rustling', 'rustle', 'rustles'],
  // Leaf litter over soil: soft, grippy, a ball barely bounces on it. Sounds as 'cloth' (the
  // contract has no soil material), and footsteps crackle as leaves.
  ground: { material: 'cloth', restitution: 0.35, friction: 0.95, rollingResistance: 0.18, name: 'forest floor', footsteps: 'leaves' },
};
