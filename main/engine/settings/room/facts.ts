// What a room is, as the parser and the simulator need it: the words that name it, whether it is
// indoors, what it is heard as, and its ground. No three.js and no sound here: how it looks and
// sounds lives in index.ts.
import type { SettingFacts } from '../facts-types';

export const roomFacts: SettingFacts = {
  kind: 'room',
  words: ['room', 'office', 'living room', 'bedroom', 'house', 'home', 'apartment', 'indoors', 'inside', 'warehouse', 'garage', 'studio', 'lab', 'laboratory', 'classroom', 'hallway', 'basement', 'attic', 'bowling alley'],
  // settings/room/build.ts draws these in every room.
  furnished: ['sofa', 'couch', 'rug', 'bookshelf', 'bookcase'],
  indoor: true,
  ground: { material: 'wood', restitution: 0.88, friction: 0.55, rollingResistance: 0.012, name: 'floor', footsteps: 'wood' },
};
