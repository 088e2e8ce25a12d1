// The everyday objects Kinora knows, with real sizes and masses: a tumbler, a dinner plate, a vase,
// a wine bottle, a bowl and a mug. Glass and ceramic ones break on a hard enough impact; the
// thresholds (impact speeds) follow from what people see: a glass knocked off a table (0.75 m,
// about 4 m/s) breaks on a hard floor, one dropped from 20 cm does not, and grass often saves it.
import type { ObjectModule } from './types';

export const glass: ObjectModule = {
  form: 'glass', nouns: ['drinking glass', 'wine glass', 'glass', 'tumbler'], label: 'glass', material: 'glass', color: 0xd6ecf2,
  profile: [[0, 0], [0.031, 0], [0.032, 0.01], [0.038, 0.12]], holds: true, usualFill: 0.8, wallM: 0.0025, baseM: 0.008,
  massKg: 0.25, restitution: 0.3, friction: 0.5,
  breaks: { breakSpeed: 2.5, sectors: 6, bands: 3 },
};

export const plate: ObjectModule = {
  form: 'plate', nouns: ['dinner plate', 'plate', 'dish'], label: 'plate', material: 'ceramic', color: 0xf4f1ea,
  profile: [[0, 0], [0.08, 0], [0.1, 0.012], [0.135, 0.022]], wallM: 0.005, baseM: 0.005,
  massKg: 0.55, restitution: 0.25, friction: 0.6,
  breaks: { breakSpeed: 2.3, sectors: 7, bands: 2 },
};

export const vase: ObjectModule = {
  form: 'vase', nouns: ['flower vase', 'vase'], label: 'vase', material: 'ceramic', color: 0x2f5d9e,
  profile: [[0, 0], [0.05, 0], [0.075, 0.06], [0.08, 0.12], [0.06, 0.2], [0.04, 0.25], [0.05, 0.28]], wallM: 0.005, baseM: 0.01,
  massKg: 0.9, restitution: 0.25, friction: 0.6,
  breaks: { breakSpeed: 2.2, sectors: 6, bands: 4 },
};

export const bottle: ObjectModule = {
  form: 'bottle', nouns: ['wine bottle', 'beer bottle', 'glass bottle', 'bottle'], label: 'bottle', material: 'glass', color: 0x2e7d4f,
  profile: [[0, 0], [0.036, 0], [0.037, 0.01], [0.037, 0.2], [0.03, 0.23], [0.014, 0.26], [0.013, 0.3]], holds: true, usualFill: 0.8, pouredFrom: true, wallM: 0.004, baseM: 0.01,
  massKg: 0.45, restitution: 0.3, friction: 0.5,
  breaks: { breakSpeed: 3.2, sectors: 6, bands: 4 },
};

export const bowl: ObjectModule = {
  form: 'bowl', nouns: ['bowl'], label: 'bowl', material: 'ceramic', color: 0xf4efe6,
  profile: [[0, 0], [0.04, 0], [0.06, 0.012], [0.08, 0.04], [0.085, 0.07]], holds: true, usualFill: 0.6, wallM: 0.005, baseM: 0.006,
  massKg: 0.4, restitution: 0.25, friction: 0.6,
  breaks: { breakSpeed: 2.4, sectors: 6, bands: 2 },
};

// A big bowl for more than one thing to float or sink in side by side (a cereal bowl's floor is 8 cm
// across: a block and a stone wedged in it).
export const mixingBowl: ObjectModule = {
  form: 'mixing-bowl', nouns: ['mixing bowl', 'salad bowl'], label: 'mixing bowl', material: 'ceramic', color: 0xf1ece2,
  profile: [[0, 0], [0.06, 0], [0.085, 0.015], [0.11, 0.055], [0.12, 0.1]], holds: true, usualFill: 0.6, wallM: 0.006, baseM: 0.007,
  massKg: 1.1, restitution: 0.25, friction: 0.6,
  breaks: { breakSpeed: 2.4, sectors: 7, bands: 2 },
};

export const mug: ObjectModule = {
  form: 'mug', nouns: ['coffee mug', 'mug', 'coffee cup'], label: 'mug', material: 'ceramic', color: 0xc0392b,
  profile: [[0, 0], [0.04, 0], [0.041, 0.005], [0.042, 0.095]], holds: true, usualFill: 0.85, wallM: 0.006, baseM: 0.008,
  handle: { lowM: 0.02, highM: 0.08, reachM: 0.032, thickM: 0.012 },
  massKg: 0.35, restitution: 0.25, friction: 0.6,
  breaks: { breakSpeed: 2.8, sectors: 5, bands: 2 },
};
