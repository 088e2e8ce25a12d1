// What a street is, as the parser and the simulator need it: the words that name it, whether it is
// indoors, what it is heard as, and its ground. No three.js and no sound here: how it looks and
// sounds lives in index.ts.
import type { SettingFacts } from '../facts-types';

export const streetFacts: SettingFacts = {
  kind: 'street',
  words: ['street', 'streets', 'road', 'alley', 'alleyway', 'sidewalk', 'pavement', 'parking lot', 'car park', 'driveway', 'asphalt', 'city', 'avenue', 'crosswalk', 'street court', 'rooftop', 'quiet street', 'empty street', 'deserted street'],
  indoor: false,
  ground: { material: 'concrete', restitution: 0.9, friction: 0.8, rollingResistance: 0.015, name: 'street', footsteps: 'asphalt' },
};
