// A stove as it is seen: a white enamelled cabinet on a dark plinth, the oven door on its front
// with a dark glass window and a steel bar handle, a steel strip of black knobs (one per burner)
// above it, and the hob on top, black enamel with four electric burners, each a coiled element
// drawn as rings round its middle over a bright steel drip pan. Built inside the collider's boxes
// (objects/stove.ts): the cabinet's box, the rings standing on it as the burners' flat boxes.
import * as THREE from 'three';
import { BURNERS } from '../../../objects/stove';
import { GeometryBuilder } from '../builder';
import { group, lookPart, type ObjectLook } from './types';

const HOB = 0x17181a;
const COIL = 0x2e2f31;
const STEEL = 0xc4c8cc;
const KNOB = 0x141414;
const WINDOW = 0x0d0f12;
const PLINTH = 0x2a2a2a;
// The front's parts stand this far out from the cabinet (m), within the collider's box.
const PROUD_M = 0.012;
// The burners' rings' outer radii (m): two large at the front left and back right, two small.
const RING_R = [0.09, 0.07, 0.07, 0.09];
// How many turns of coil a burner shows, and the coil's thickness (m).
const TURNS = 3;
const COIL_M = 0.007;

export const stoveLook: ObjectLook = (e, o) => {
  const body = o.parts![0]!;
  const [hx, hy, hz] = body.half;
  const y0 = body.center[1] - hy, y1 = body.center[1] + hy, zf = hz - PROUD_M;
  const enamel = new GeometryBuilder();
  const dark = new GeometryBuilder();
  const steel = new GeometryBuilder();
  // The cabinet, its front set back by the door's and knobs' depth; the plinth under it.
  const plinthTop = y0 + 0.07;
  enamel.box({ x: 0, y: (plinthTop + y1 - 0.004) / 2, z: -PROUD_M / 2 }, { x: 2 * hx, y: y1 - 0.004 - plinthTop, z: 2 * hz - PROUD_M }, e.color);
  dark.box({ x: 0, y: (y0 + plinthTop) / 2, z: -0.03 }, { x: 2 * hx - 0.02, y: plinthTop - y0, z: 2 * hz - 0.06 }, PLINTH);
  // The hob: a black plate over the cabinet's top.
  dark.box({ x: 0, y: y1 - 0.002, z: 0 }, { x: 2 * hx, y: 0.004, z: 2 * hz }, HOB);
  const strip = { bottom: y1 - 0.1, top: y1 - 0.012 };
  ovenDoor(enamel, dark, steel, { x: hx, bottom: plinthTop + 0.01, top: strip.bottom - 0.012, z: zf }, e.color);
  knobRow(dark, steel, strip, hx, zf);
  BURNERS.forEach((b, i) => burner(dark, steel, b.center[0], y1, b.center[2], RING_R[i] ?? 0.08));
  return group(
    lookPart('enamel', enamel, null, { roughness: 0.22 }),
    lookPart('hob', dark, null, { roughness: 0.35 }),
    lookPart('steel', steel, null, { roughness: 0.3, metalness: 1 }),
  );
};

// The oven door: an enamel panel with its dark window and a bar handle across its top.
function ovenDoor(enamel: GeometryBuilder, dark: GeometryBuilder, steel: GeometryBuilder, d: { x: number; bottom: number; top: number; z: number }, color: number): void {
  const mid = (d.bottom + d.top) / 2, h = d.top - d.bottom;
  enamel.box({ x: 0, y: mid, z: d.z + PROUD_M / 4 }, { x: 2 * d.x - 0.03, y: h, z: PROUD_M / 2 }, color);
  dark.box({ x: 0, y: mid - 0.04, z: d.z + PROUD_M / 2 }, { x: 2 * d.x - 0.16, y: 0.4 * h, z: 0.002 }, WINDOW);
  // The handle on two stand-offs, a hand's width below the door's top.
  const hy = d.top - 0.05;
  steel.box({ x: 0, y: hy, z: d.z + 0.8 * PROUD_M }, { x: 2 * d.x - 0.12, y: 0.016, z: 0.008 }, STEEL);
  for (const s of [-1, 1]) steel.box({ x: s * (d.x - 0.07), y: hy, z: d.z + 0.4 * PROUD_M }, { x: 0.012, y: 0.012, z: 0.8 * PROUD_M }, STEEL);
}

// The control strip above the door: steel, a black knob for each burner with a white pointer, and
// the oven's own knob at the right.
function knobRow(dark: GeometryBuilder, steel: GeometryBuilder, strip: { bottom: number; top: number }, hx: number, z: number): void {
  const mid = (strip.bottom + strip.top) / 2;
  steel.box({ x: 0, y: mid, z: z + 0.001 }, { x: 2 * hx - 0.01, y: strip.top - strip.bottom, z: 0.002 }, STEEL);
  const knob = new THREE.CylinderGeometry(0.018, 0.02, PROUD_M - 0.002, 20).rotateX(Math.PI / 2);
  const xs = [-0.21, -0.12, -0.03, 0.06, 0.2];
  for (const x of xs) {
    dark.add(knob, new THREE.Matrix4().makeTranslation(x, mid, z + 0.002 + (PROUD_M - 0.002) / 2), KNOB);
    steel.box({ x, y: mid + 0.011, z: z + PROUD_M + 0.0005 }, { x: 0.003, y: 0.012, z: 0.001 }, 0xf2f2f2);
  }
}

// A coiled element: rings round the burner's middle, lying on the hob over a steel drip pan, their
// tops where the burner's collider is (a pot stands on them).
function burner(dark: GeometryBuilder, steel: GeometryBuilder, x: number, hobY: number, z: number, r: number): void {
  const pan = new THREE.CylinderGeometry(r + 0.014, r + 0.01, 0.002, 32);
  steel.add(pan, new THREE.Matrix4().makeTranslation(x, hobY + 0.001, z), STEEL);
  for (let k = 0; k < TURNS; k++) {
    const ring = new THREE.TorusGeometry(r - COIL_M / 2 - (k * (r - 0.02)) / TURNS, COIL_M / 2, 6, 40).rotateX(Math.PI / 2);
    dark.add(ring, new THREE.Matrix4().makeTranslation(x, hobY + 0.006 - COIL_M / 2, z), COIL);
  }
}
