// Everyday things of the kitchen table that liquids meet: a glass jug to pour from, and an apple
// and a stone to drop into water (an apple, about 0.8 g/cm^3, floats; a stone, 2.6, sinks). Sizes
// and masses are real ones; the masses follow from the profiles' volumes and the densities.
import type { ObjectModule } from './types';

export const jug: ObjectModule = {
  form: 'jug', nouns: ['water jug', 'glass jug', 'measuring jug', 'jug', 'pitcher', 'carafe'], label: 'jug', material: 'glass', color: 0xdcecf0,
  profile: [[0, 0], [0.05, 0], [0.052, 0.01], [0.055, 0.2]], holds: true, usualFill: 0.8, pouredFrom: true, wallM: 0.004, baseM: 0.01,
  handle: { lowM: 0.05, highM: 0.175, reachM: 0.045, thickM: 0.015 },
  massKg: 0.9, restitution: 0.3, friction: 0.5,
  breaks: { breakSpeed: 2.5, sectors: 6, bands: 3 },
};

// A cooking pot of stainless steel, 20 cm across and 10.5 cm tall (a 3-litre pot, about 3.2 litres
// to the brim), 1.1 kg empty; its side handles are left out (nothing here lifts it by them). Soup
// stands in it a little over two thirds up, so a teaspoon stirring it is held above the rim.
export const pot: ObjectModule = {
  form: 'pot', nouns: ['cooking pot', 'soup pot', 'stock pot', 'stockpot', 'saucepan', 'pot'], label: 'pot', material: 'metal', color: 0xb8bcc2,
  profile: [[0, 0], [0.095, 0], [0.1, 0.008], [0.1, 0.105]], holds: true, usualFill: 0.7, wallM: 0.004, baseM: 0.006,
  massKg: 1.1, restitution: 0.2, friction: 0.5,
};

// Solid things: a thin "wall" (their lathe is drawn closed).
export const apple: ObjectModule = {
  form: 'apple', nouns: ['green apple', 'red apple', 'apple'], label: 'apple', material: 'flesh', color: 0xc0282d,
  profile: [[0, 0.004], [0.018, 0], [0.031, 0.01], [0.038, 0.032], [0.036, 0.052], [0.026, 0.068], [0.008, 0.072], [0, 0.068]], wallM: 0.001, baseM: 0.001,
  // Near enough round to roll on its side like the orange ("an apple rolls across the table").
  massKg: 0.18, restitution: 0.35, friction: 0.6, rolls: true,
};

export const stone: ObjectModule = {
  form: 'stone', nouns: ['pebble', 'stone', 'rock'], label: 'stone', material: 'concrete', color: 0x85817a,
  profile: [[0, 0], [0.015, 0.002], [0.026, 0.01], [0.028, 0.018], [0.02, 0.028], [0, 0.032]], wallM: 0.001, baseM: 0.001,
  massKg: 0.12, restitution: 0.3, friction: 0.7,
};

// A teaspoon, 15.5 cm long, lying on the table along z: a bowl 2.5 cm wide and 5.5 cm long and a
// flat handle, stainless steel (25 g). As a solid in a liquid it is its boxes (stirring moves them).
export const spoon: ObjectModule = {
  form: 'spoon', nouns: ['teaspoon', 'tea spoon', 'coffee spoon', 'spoon'], label: 'spoon', material: 'metal', color: 0xc9ccd1,
  profile: [],
  parts: [
    { center: [0, 0, -0.05], half: [0.0125, 0.004, 0.0275] },
    { center: [0, 0, 0.0275], half: [0.005, 0.002, 0.05] },
  ],
  wallM: 0, baseM: 0, massKg: 0.025, restitution: 0.4, friction: 0.3,
};

// A kitchen tap (a mixer on a pillar, chromed brass) standing on the counter: a base, a 26 cm
// pillar and a spout reaching 19 cm out along -x to the nozzle, whose outlet (TAP_OUTLET, in the
// tap's frame) is 24 cm above the counter. Built about its middle: x from -0.11 to 0.11, y from
// -0.1405 to 0.1405 (the parts below are laid out from the nozzle's axis and the counter, then
// shifted by TAP_MIDDLE).
const TAP_MIDDLE = [0.0985, 0.1405] as const;
const tapPart = (x: number, y: number, half: readonly [number, number, number]) => ({ center: [x - TAP_MIDDLE[0], y - TAP_MIDDLE[1], 0] as const, half });
export const TAP_OUTLET = [-TAP_MIDDLE[0], 0.238 - TAP_MIDDLE[1], 0] as const;
export const tap: ObjectModule = {
  form: 'tap', nouns: ['kitchen tap', 'water tap', 'faucet', 'tap', 'spigot'], label: 'tap', material: 'metal', color: 0xd5d9de,
  profile: [],
  parts: [
    tapPart(0.18, 0.005, [0.028, 0.005, 0.028]),
    tapPart(0.18, 0.14, [0.012, 0.13, 0.012]),
    tapPart(0.095, 0.27, [0.097, 0.011, 0.011]),
    tapPart(0, 0.25, [0.011, 0.012, 0.011]),
  ],
  wallM: 0, baseM: 0, massKg: 1.2, restitution: 0.2, friction: 0.5,
};

// A round sink basin, 30 cm across and 15 cm deep, of stainless steel, standing on the counter.
export const sink: ObjectModule = {
  // "Sinks" is what a stone does in water far more often than more than one sink: only "kitchen
  // sinks" counts several.
  form: 'sink', nouns: ['kitchen sink', 'sink', 'basin', 'washbasin', 'wash basin'], plurals: { sink: 'kitchen sinks' }, label: 'sink', material: 'metal', color: 0xb9bec4,
  profile: [[0, 0], [0.1, 0], [0.13, 0.02], [0.15, 0.15]], holds: true, wallM: 0.004, baseM: 0.004,
  massKg: 4, restitution: 0.2, friction: 0.6,
};
