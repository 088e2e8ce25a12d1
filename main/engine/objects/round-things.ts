// Round everyday things turned on a lathe, at real sizes and masses: a teacup, a coin, an egg, an
// orange, a drinks can, a pencil and a car tyre. The egg, the orange, the can, the pencil and the
// tyre roll on their side; a coin spins on its edge. Masses are the real ones (a full 330 ml can, a large egg, a quarter).
import type { ObjectModule } from './types';

export const cup: ObjectModule = {
  form: 'cup', nouns: ['teacup', 'tea cup', 'cup'], label: 'cup', material: 'ceramic', color: 0xf6f3ee,
  profile: [[0, 0], [0.025, 0], [0.03, 0.008], [0.042, 0.045], [0.045, 0.065]], holds: true, usualFill: 0.85, wallM: 0.004, baseM: 0.006,
  handle: { lowM: 0.018, highM: 0.055, reachM: 0.024, thickM: 0.009 },
  massKg: 0.15, restitution: 0.25, friction: 0.6,
  breaks: { breakSpeed: 2.6, sectors: 5, bands: 2 },
};

// A closed lathe is a solid: its "wall" is drawn closed (the inner profile hugs the outer one).
export const coin: ObjectModule = {
  form: 'coin', nouns: ['quarter', 'penny', 'coin'], label: 'coin', material: 'metal', color: 0xc9b26a,
  profile: [[0, 0], [0.012, 0], [0.012, 0.0018], [0, 0.0018]], wallM: 0.0002, baseM: 0.0002,
  massKg: 0.0067, restitution: 0.4, friction: 0.35,
};

// An egg cracks on a hard floor from about 15 cm (1.7 m/s).
export const egg: ObjectModule = {
  form: 'egg', nouns: ['raw egg', 'egg'], label: 'egg', material: 'ceramic', color: 0xf1e3cb,
  // The blunt end is curved tighter (1.6 cm) than its centre of mass is high (2.6 cm), as a real
  // egg's is, so an egg set on its end rolls onto its side (it stood upright at 2.5 cm).
  profile: [[0, 0], [0.009, 0.0025], [0.0155, 0.008], [0.0195, 0.015], [0.0215, 0.024], [0.0205, 0.034], [0.016, 0.045], [0.009, 0.053], [0, 0.057]], wallM: 0.0005, baseM: 0.0005,
  massKg: 0.058, restitution: 0.1, friction: 0.5, rolls: true,
  breaks: { breakSpeed: 1.5, sectors: 5, bands: 2 },
};

export const orange: ObjectModule = {
  form: 'orange', nouns: ['orange'], label: 'orange', material: 'flesh', color: 0xf28c1c,
  profile: [[0, 0.003], [0.02, 0], [0.034, 0.012], [0.038, 0.037], [0.034, 0.062], [0.02, 0.073], [0, 0.075]], wallM: 0.001, baseM: 0.001,
  massKg: 0.2, restitution: 0.3, friction: 0.6, rolls: true,
};

// A 330 ml can: a tapered base, a straight body, a neck up to a rolled rim round the lid.
export const can: ObjectModule = {
  form: 'can', nouns: ['soda can', 'drink can', 'beer can', 'tin can', 'can of soda', 'can'], label: 'can', material: 'metal', color: 0xc62828,
  profile: [[0, 0], [0.026, 0], [0.033, 0.008], [0.033, 0.107], [0.0275, 0.117], [0.0275, 0.122], [0, 0.122]], wallM: 0.0005, baseM: 0.0005,
  massKg: 0.37, restitution: 0.3, friction: 0.4, rolls: true, collider: 'cylinder',
};

export const pencil: ObjectModule = {
  form: 'pencil', nouns: ['pencil'], label: 'pencil', material: 'wood', color: 0xf2c12e,
  profile: [[0, 0], [0.0036, 0], [0.0036, 0.17], [0.0008, 0.188], [0, 0.19]], wallM: 0.0002, baseM: 0.0002,
  massKg: 0.006, restitution: 0.4, friction: 0.4, rolls: true,
};

// A car tyre on its rim (the lathe's axis is the axle).
export const wheel: ObjectModule = {
  form: 'wheel', nouns: ['car tire', 'car tyre', 'tire', 'tyre', 'wheel'], label: 'tire', material: 'rubber', color: 0x262626,
  profile: [[0, 0], [0.29, 0], [0.32, 0.03], [0.32, 0.17], [0.29, 0.2], [0, 0.2]], wallM: 0.002, baseM: 0.002,
  massKg: 9.5, restitution: 0.55, friction: 0.9, rolls: true,
};
