// A freestanding kitchen stove (a range): a 60 x 60 cm cabinet of white enamelled steel with the
// oven in it, its hob 90 cm up (the worktop height it stands beside) with four burners, and a row
// of knobs along its front (+z, the side the camera and the cook face). A pot, pan or kettle "on
// the stove" stands on one of its burners. About 45 kg, as a 60 cm electric range weighs.
import type { BoxPart, ObjectModule } from './types';

// The cabinet's half extents (m) and how far the burners' rings stand proud of the hob: a pot
// stands on the rings, not on the enamel between them.
const HALF_W = 0.3;
const HALF_H = 0.45;
const RING_M = 0.006;
// The burners' middles across (x) and front to back (z) from the hob's middle, and the half side
// of the square each ring's collider fills (the largest ring is 20 cm across).
export const BURNER_OFFSET_M = 0.14;
const PAD_HALF = 0.1;

// The stove is built about its middle: the cabinet's top is the hob, the burners on it.
const MIDDLE_Y = RING_M / 2;
const burner = (x: number, z: number): BoxPart => ({ center: [x, HALF_H - MIDDLE_Y + RING_M / 2, z], half: [PAD_HALF, RING_M / 2, PAD_HALF] });

// The burners in the stove's frame: front left, front right, back left, back right.
export const BURNERS: readonly BoxPart[] = [
  burner(-BURNER_OFFSET_M, BURNER_OFFSET_M),
  burner(BURNER_OFFSET_M, BURNER_OFFSET_M),
  burner(-BURNER_OFFSET_M, -BURNER_OFFSET_M),
  burner(BURNER_OFFSET_M, -BURNER_OFFSET_M),
];

export const stove: ObjectModule = {
  form: 'stove',
  nouns: ['kitchen stove', 'gas stove', 'electric stove', 'cooker', 'kitchen range', 'cooktop', 'stovetop', 'stove top', 'hob', 'stove'],
  label: 'stove', material: 'metal', color: 0xecebe6,
  profile: [],
  parts: [{ center: [0, -MIDDLE_Y, 0], half: [HALF_W, HALF_H, HALF_W] }, ...BURNERS],
  wallM: 0, baseM: 0, massKg: 45, restitution: 0.15, friction: 0.6, standsOnFloor: true,
};
