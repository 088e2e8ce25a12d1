// Everyday things made of boxes, at real sizes and masses: a hardback book, a phone, a domino, a TV
// remote and a cutting board (each one box, as it lies or stands), a chair and a bookshelf (boards
// and legs), a brick with its frog. Sizes in half extents about the thing's middle, x across, y up, z along.
import type { ObjectModule } from './types';

// A hardback, 24 x 16 x 3 cm, lying flat; paper sounds like the wood it is made of. A stack of
// them is ten high (30 cm), tall enough to topple.
// A navy cloth cover: a dark red one vanished on the living room's red rug and against wood.
export const book: ObjectModule = {
  form: 'book', nouns: ['hardback book', 'hardcover book', 'paperback', 'textbook', 'notebook', 'book', 'novel'], label: 'book', material: 'wood', color: 0x163a6e, maxCount: 10,
  profile: [], parts: [{ center: [0, 0, 0], half: [0.08, 0.015, 0.12] }], wallM: 0, baseM: 0,
  massKg: 0.6, restitution: 0.15, friction: 0.4,
};

export const phone: ObjectModule = {
  form: 'phone', nouns: ['mobile phone', 'cell phone', 'cellphone', 'smartphone', 'phone'], label: 'phone', material: 'plastic', color: 0x1c1c1e,
  profile: [], parts: [{ center: [0, 0, 0], half: [0.0358, 0.0039, 0.0735] }], wallM: 0, baseM: 0,
  massKg: 0.17, restitution: 0.3, friction: 0.4,
};

// A standard domino, 48 x 24 x 7.5 mm, standing on its end, thin along x (the way a chain falls).
export const domino: ObjectModule = {
  form: 'domino', nouns: ['domino'], plurals: { domino: 'dominoes' }, pluralCount: 12, maxCount: 30, label: 'domino', material: 'wood', color: 0xf3eee2,
  profile: [], parts: [{ center: [0, 0, 0], half: [0.00375, 0.024, 0.012] }], wallM: 0, baseM: 0,
  massKg: 0.0085, restitution: 0.3, friction: 0.3,
};

export const remote: ObjectModule = {
  form: 'remote', nouns: ['tv remote', 'remote control', 'remote'], label: 'remote', material: 'plastic', color: 0x2b2b2b,
  profile: [], parts: [{ center: [0, 0, 0], half: [0.024, 0.011, 0.085] }], wallM: 0, baseM: 0,
  massKg: 0.12, restitution: 0.3, friction: 0.45,
};

export const board: ObjectModule = {
  form: 'board', nouns: ['cutting board', 'chopping board'], label: 'cutting board', material: 'wood', color: 0xb5834a,
  profile: [], parts: [{ center: [0, 0, 0], half: [0.2, 0.01, 0.13] }], wallM: 0, baseM: 0,
  massKg: 1.2, restitution: 0.2, friction: 0.5,
};

// A kitchen chair: seat 45 cm up, back to 90 cm, four legs (back towards -x).
const LEG_HALF = [0.0175, 0.215, 0.0175] as const;
export const chair: ObjectModule = {
  form: 'chair', nouns: ['kitchen chair', 'wooden chair', 'chair'], label: 'chair', material: 'wood', color: 0x9a6b3f,
  profile: [],
  parts: [
    { center: [0, 0, 0], half: [0.22, 0.02, 0.21] },
    { center: [-0.205, 0.235, 0], half: [0.015, 0.215, 0.21] },
    { center: [0.2, -0.235, 0.19], half: LEG_HALF },
    { center: [0.2, -0.235, -0.19], half: LEG_HALF },
    { center: [-0.2, -0.235, 0.19], half: LEG_HALF },
    { center: [-0.2, -0.235, -0.19], half: LEG_HALF },
  ],
  wallM: 0, baseM: 0, massKg: 5, restitution: 0.3, friction: 0.5,
};

// A bookshelf 80 cm wide, 1.8 m tall, 30 cm deep: two sides, five boards, a thin back.
const BOARD_HALF = [0.382, 0.009, 0.15] as const;
export const shelf: ObjectModule = {
  form: 'shelf', nouns: ['bookshelf', 'bookcase', 'shelf'], plurals: { shelf: 'shelves' }, label: 'shelf', material: 'wood', color: 0xa87b4f,
  profile: [],
  parts: [
    { center: [-0.391, 0, 0], half: [0.009, 0.9, 0.15] },
    { center: [0.391, 0, 0], half: [0.009, 0.9, 0.15] },
    ...[-0.891, -0.45, 0, 0.45, 0.891].map((y) => ({ center: [0, y, 0] as const, half: BOARD_HALF })),
    { center: [0, 0, -0.147], half: [0.4, 0.9, 0.003] },
  ],
  wallM: 0, baseM: 0, massKg: 25, restitution: 0.2, friction: 0.5,
};

// A standard clay brick, 215 x 102.5 x 65 mm, lying on its bed with its frog (the 140 x 55 x 10 mm
// hollow pressed into its top) up: a solid below, a rim round the hollow. Fired clay at 1900 kg/m^3
// less the frog: 2.6 kg. It sounds dull, like the concrete it is laid in.
const FROG_TOP = 0.0275;
export const brick: ObjectModule = {
  form: 'brick', nouns: ['house brick', 'clay brick', 'red brick', 'brick'], label: 'brick', material: 'concrete', color: 0xa0442c,
  profile: [],
  parts: [
    { center: [0, -0.005, 0], half: [0.05125, 0.0275, 0.1075] },
    { center: [0.039375, FROG_TOP, 0], half: [0.011875, 0.005, 0.1075] },
    { center: [-0.039375, FROG_TOP, 0], half: [0.011875, 0.005, 0.1075] },
    { center: [0, FROG_TOP, 0.08875], half: [0.0275, 0.005, 0.01875] },
    { center: [0, FROG_TOP, -0.08875], half: [0.0275, 0.005, 0.01875] },
  ],
  wallM: 0, baseM: 0, massKg: 2.6, restitution: 0.15, friction: 0.7,
};
