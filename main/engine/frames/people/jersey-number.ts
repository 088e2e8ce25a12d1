// A shirt's number, printed on the chest and, larger, on the back: block digits of thick rounded
// strokes (seven segments, as a scoreboard's), in white on a dark or saturated shirt and in navy on a
// light one. The print is a pattern over the trunk's cloth, laid flat across the body's own frame
// (which the body updates every frame), so it turns and leans with the wearer; the trunk's curve
// narrows its ends a little, as on a real shirt.
import type * as THREE from 'three';
import { smoothstep } from '../shading/noise';
import type { SurfacePattern, SurfaceSample } from '../shading/surfaces';

// Digit height and how far above (+) or below the chest joint its middle sits, front and back, as
// fractions of the wearer's height (a 1.8 m player: 13 cm in front, 20 cm on the back).
export const NUMBER_PRINT = { frontH: 0.072, frontUpH: 0.0, backH: 0.11, backUpH: -0.005 } as const;
// A digit's width, the stroke's half-width and the gap between two digits, in digit heights.
const WIDTH = 0.56, STROKE = 0.09, GAP = 0.16;

// Seven segments (a top, b upper right, c lower right, d bottom, e lower left, f upper left, g middle)
// as strokes in a digit's box (x across 0..WIDTH, y up 0..1).
const X0 = STROKE, X1 = WIDTH - STROKE, Y0 = STROKE, YM = 0.5, Y1 = 1 - STROKE;
const SEGMENTS: Record<string, [number, number, number, number]> = {
  a: [X0, Y1, X1, Y1], b: [X1, YM, X1, Y1], c: [X1, Y0, X1, YM], d: [X0, Y0, X1, Y0],
  e: [X0, Y0, X0, YM], f: [X0, YM, X0, Y1], g: [X0, YM, X1, YM],
  // A one is a single upright in the middle of its box (on the right edge it read as a gap).
  one: [WIDTH / 2, Y0, WIDTH / 2, Y1],
};
const DIGITS = ['abcdef', 'one', 'abged', 'abgcd', 'fgbc', 'afgcd', 'afgedc', 'abc', 'abcdefg', 'abcdfg'].map((d) => (d === 'one' ? [SEGMENTS.one!] : [...d].map((s) => SEGMENTS[s]!)));

// The wearer's frame this frame: the chest joint, and unit vectors to their right, up and forward.
export interface NumberFrame {
  origin: THREE.Vector3;
  right: THREE.Vector3;
  up: THREE.Vector3;
  fwd: THREE.Vector3;
}

// Distance (in digit heights) from (x, y) to the nearest stroke of the number's digits, laid out
// centred on x = 0 with their middles at y = 0.
export function numberDistance(strokes: readonly (readonly [number, number, number, number])[][], x: number, y: number): number {
  const total = strokes.length * WIDTH + (strokes.length - 1) * GAP;
  let best = Infinity;
  strokes.forEach((digit, i) => {
    const dx = x + total / 2 - i * (WIDTH + GAP), dy = y + 0.5;
    for (const [ax, ay, bx, by] of digit) {
      const ex = bx - ax, ey = by - ay;
      const k = Math.max(0, Math.min(1, ((dx - ax) * ex + (dy - ay) * ey) / (ex * ex + ey * ey || 1)));
      best = Math.min(best, Math.hypot(dx - ax - ex * k, dy - ay - ey * k));
    }
  });
  return best - STROKE;
}

export function digitStrokes(n: number): (readonly [number, number, number, number])[][] {
  return [...String(Math.max(0, Math.min(99, Math.round(n))))].map((d) => DIGITS[Number(d)]!);
}

// The cloth's own pattern, then the number over it. heightM: the wearer's height; shirt: the
// shirt's colour (linear), which picks the ink.
export function jerseyNumber(cloth: SurfacePattern, frame: NumberFrame, n: number, heightM: number, shirt: THREE.Color): SurfacePattern {
  const strokes = digitStrokes(n);
  const light = 0.2126 * shirt.r + 0.7152 * shirt.g + 0.0722 * shirt.b > 0.3;
  const ink = light ? [0.012, 0.016, 0.05] : [0.86, 0.86, 0.84];
  return {
    name: 'jersey-number',
    local: false,
    apply(s: SurfaceSample): void {
      cloth.apply(s);
      const { origin: o, right, up, fwd } = frame;
      const px = s.x - o.x, py = s.y - o.y, pz = s.z - o.z;
      const front = px * fwd.x + py * fwd.y + pz * fwd.z > 0;
      const h = (front ? NUMBER_PRINT.frontH : NUMBER_PRINT.backH) * heightM;
      // Read left to right by whoever faces that side: seen from the front, the wearer's right is
      // on the left.
      const across = (px * right.x + py * right.y + pz * right.z) / h;
      const x = front ? -across : across;
      const y = (px * up.x + py * up.y + pz * up.z) / h - (front ? NUMBER_PRINT.frontUpH : NUMBER_PRINT.backUpH) / (h / heightM);
      if (Math.abs(y) > 0.7 || Math.abs(x) > 1.6) return;
      const soft = Math.max(0.02, s.footprint / h);
      const k = 1 - smoothstep(-soft, soft, numberDistance(strokes, x, y));
      if (k <= 0) return;
      s.r += (ink[0]! - s.r) * k; s.g += (ink[1]! - s.g) * k; s.b += (ink[2]! - s.b) * k;
    },
  };
}
