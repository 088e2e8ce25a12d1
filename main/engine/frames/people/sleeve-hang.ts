// A sleeve hangs from the top of the arm under gravity instead of standing round it as an even tube:
// the cloth rests on the arm's upper side and its slack falls below it, more towards the hem, so an
// arm held out shows a gap of air between the sleeve's hem and the underside of the arm and none
// above it; a raised arm's short sleeve slides down towards the shoulder and gathers there. The body
// places each sleeve ring with these (body-mesh.ts); the geometry is the same for the JS and native
// rasterizers (both draw the loft's triangles).
import * as THREE from 'three';
import { smoothstep } from '../shading/noise';
import { chainPoint } from './loft';

// As fractions of the wearer's height or of the arm's length (s): how far the hem droops below the
// arm when the arm is level (a 1.8 m man's T-shirt sleeve: 1.4 cm more than its ease all round); how
// far a short sleeve slides towards the shoulder on an arm raised straight up (a share of its length:
// 6 cm of a 30 cm sleeve), and how much looser it gathers there for each share it slid. inset: the
// share of the slack the centre moves by, so the cloth's top stays a hair proud of the skin (the
// ring is a slightly flattened ellipse, and moving by all of it let the skin poke through on top).
export const SLEEVE_HANG = { droopH: 0.008, slide: 0.2, gather: 0.6, inset: 0.9 } as const;

// Where a short sleeve's rings sit on this frame's arm: the share of s each ring's place is scaled
// by (1 none; less on a raised arm, the sleeve slid up towards the shoulder). a, b: the shoulder and
// elbow; edge: the sleeve's end (s); to: the arm loft's end (a sleeve past it is long, and stays).
export function sleeveSlide(a: THREE.Vector3, b: THREE.Vector3, edge: number, to: number): number {
  if (edge >= to) return 1;
  const len = a.distanceTo(b) || 1;
  const raised = Math.max(0, (b.y - a.y) / len);
  return 1 - SLEEVE_HANG.slide * smoothstep(0, 1, raised);
}

// Where a ring at s along the arm sits once its sleeve slid by `slid` (sleeveSlide): the sleeve's
// rings nearer the shoulder by that share, and the bare arm's beyond its edge less and less over
// SLID_OVER, so the skin stretches to meet the sleeve's edge and no ring passes another.
export function slidAlong(s: number, edge: number, slid: number): number {
  if (slid >= 1 || s <= 0) return s;
  return s <= edge ? s * slid : s - (1 - slid) * edge * Math.max(0, 1 - (s - edge) / SLID_OVER);
}
const SLID_OVER = 0.1;

const t0 = new THREE.Vector3();
const t1 = new THREE.Vector3();

// One sleeve ring hung from the arm's top: moves its centre p down across the arm and returns its
// radius. a, b, c: shoulder, elbow, wrist; s: the ring's place along the arm; end: where the sleeve
// ends on the arm (its hem, or the loft's end for a long sleeve); skinR, clothR: the arm's radius
// there and the sleeve's; slid: sleeveSlide's share (the sleeve gathers as it slides).
export function hangSleeveRing(a: THREE.Vector3, b: THREE.Vector3, c: THREE.Vector3, s: number, end: number, skinR: number, clothR: number, slid: number, heightM: number, p: THREE.Vector3): number {
  chainPoint(a, b, c, Math.max(0, s - 0.01), t0);
  chainPoint(a, b, c, Math.min(1, s + 0.01), t1);
  const axis = t1.sub(t0).normalize();
  // Gravity's pull across the arm (straight down, less what runs along it): its length is how level
  // the arm lies there (1 level, 0 hanging or raised straight).
  const gx = axis.x * axis.y, gy = axis.y * axis.y - 1, gz = axis.z * axis.y;
  const across = Math.sqrt(gx * gx + gy * gy + gz * gz);
  // (both grow from nothing where the sleeve is sewn in at the shoulder to all at its hem)
  const w = smoothstep(0, end, s);
  const r = clothR * (1 + SLEEVE_HANG.gather * (1 - slid) * w);
  const droop = SLEEVE_HANG.droopH * heightM * w * across;
  const off = SLEEVE_HANG.inset * (r - skinR + droop / 2);
  p.x += gx * off; p.y += gy * off; p.z += gz * off;
  return r + droop / 2;
}
