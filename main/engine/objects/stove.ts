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

// A jug kettle of brushed stainless steel, 15 cm across its foot and tapering a little to its open
// top 20 cm up (its lid left off: what is poured leaves over the rim opposite the handle, as from a
// jug), about 3 litres to the brim and usually filled with 1.7, 1.0 kg empty; its loop handle on
// its side. A domed kettle with a narrow mouth had to be tipped nearly flat and spilled half of a
// mug's pour on the table (54% landed beside the mug; this one puts 98.8% in it).
export const kettle: ObjectModule = {
  form: 'kettle', nouns: ['tea kettle', 'electric kettle', 'stovetop kettle', 'kettle'], label: 'kettle', material: 'metal', color: 0xc6cacf,
  profile: [[0, 0], [0.07, 0], [0.075, 0.012], [0.07, 0.2]], holds: true, usualFill: 0.6, pouredFrom: true,
  wallM: 0.002, baseM: 0.004,
  handle: { lowM: 0.05, highM: 0.175, reachM: 0.045, thickM: 0.018 },
  massKg: 1.0, restitution: 0.2, friction: 0.5,
};
