// How hair is cut and how it falls, in the rendered frame: long hair seen from behind parts into
// locks towards uneven tips (its hem ragged, its outline higher up smooth), a fringe covers the
// forehead between the hairline and the brows, and curly hair is curls (a bumpy outline, strands
// that wind every way instead of running down). One trace (a woman standing in a park) rendered
// small with the look and camera changed, as a look-only remix re-renders a stored trace. And hair
// that hangs free swings behind a head that sets off.
import { beforeAll, describe, expect, it } from 'vitest';
import * as THREE from 'three';
import type { PersonLookWords, ScenePlan } from '../../main/contract/scene-plan';
import type { ActorTrack } from '../../main/contract/world-trace-types';
import type { PersonPoseFn } from '../../main/engine/body/skeleton';
import type { FrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { HairLocks } from '../../main/engine/frames/people/hair-locks';
import { HairSwing, SWING_MAX } from '../../main/engine/frames/people/hair-swing';
import { CURL_CELL, nearestCurl } from '../../main/engine/frames/shading/curl-lattice';
import { hairSurface } from '../../main/engine/frames/shading/surfaces';
import { objectPixels } from '../helpers/frame-ids';
import { renderWoman, standingWoman, type StandingWoman } from '../helpers/standing-woman';

let take: StandingWoman;

beforeAll(async () => {
  take = await standingWoman();
}, 60_000);

const render = (look: PersonLookWords, angle: ScenePlan['camera']['angle']): FrameRenderer & { px: Uint8Array } => renderWoman(take, look, angle);

// Mean size of the second difference of a profile (pixels): 0 for a straight or evenly curved edge.
function roughness(profile: number[]): number {
  let sum = 0;
  for (let i = 1; i + 1 < profile.length; i++) sum += Math.abs(profile[i - 1]! + profile[i + 1]! - 2 * profile[i]!);
  return sum / Math.max(1, profile.length - 2);
}

describe('long hair from behind', () => {
  let seen: ReturnType<typeof render> | null = null;
  const behind = (): ReturnType<typeof render> => (seen ??= render({ hair: 'long' }, 'behind'));

  it('parts into locks towards ragged tips: its hem is rough and split, its outline higher up smooth', () => {
    const r = behind();
    const W = r.width;
    const { mask, box } = objectPixels(r, 'hairBack');
    expect(box.count).toBeGreaterThan(3000);
    const h = box.maxY - box.minY;
    // The hem: the lowest hair row in each column across the middle of the fall.
    const hem: number[] = [];
    for (let x = box.minX + Math.round(0.15 * (box.maxX - box.minX)); x <= box.maxX - 0.15 * (box.maxX - box.minX); x++) {
      for (let y = box.maxY; y >= box.minY; y--) if (mask[y * W + x]) { hem.push(y); break; }
    }
    // The sides between a third and two thirds of the way down: the leftmost hair pixel in each row.
    const side: number[] = [];
    for (let y = box.minY + Math.round(h / 3); y < box.minY + (2 * h) / 3; y++) {
      for (let x = box.minX; x <= box.maxX; x++) if (mask[y * W + x]) { side.push(x); break; }
    }
    // Separate runs of hair across a row (a lock, a gap, a lock...), near the tips and higher up.
    const runs = (y: number): number => {
      let n = 0;
      for (let x = box.minX; x <= box.maxX; x++) if (mask[y * W + x] && !mask[y * W + x - 1]) n++;
      return n;
    };
    const low = Array.from({ length: Math.round(0.12 * h) }, (_, i) => runs(box.maxY - Math.round(0.05 * h) - i));
    const mid = Array.from({ length: Math.round(0.2 * h) }, (_, i) => runs(box.minY + Math.round(0.4 * h) + i));
    const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
    const hemRough = roughness(hem), sideRough = roughness(side);
    const msg = `hem ${hemRough.toFixed(2)} px, side ${sideRough.toFixed(2)} px; runs low ${mean(low).toFixed(2)}, mid ${mean(mid).toFixed(2)}; hem spread ${Math.max(...hem) - Math.min(...hem)} of ${h} px`;
    console.info(msg);
    expect(hemRough, msg).toBeGreaterThan(3 * sideRough);
    expect(mean(low), msg).toBeGreaterThan(2.5);
    expect(mean(mid), msg).toBeLessThan(2.2);
    // Uneven tips: the hem spans a good share of the fall's height.
    expect(Math.max(...hem) - Math.min(...hem), msg).toBeGreaterThan(0.08 * h);
  });

  it('reads as one head of hair down the back of the head: no lit ridge where the fall leaves the cap', () => {
    const r = behind();
    const W = r.width;
    const cap = objectPixels(r, 'hair'), fall = objectPixels(r, 'hairBack');
    const luma = (i: number): number => 0.2126 * r.px[4 * i]! + 0.7152 * r.px[4 * i + 1]! + 0.0722 * r.px[4 * i + 2]!;
    // The mean luminance of the hair in each row across the middle half of the head, from the crown
    // to below the cap: lit from above, it darkens down the back; a ridge catches the light.
    const x0 = cap.box.minX + Math.round(0.25 * (cap.box.maxX - cap.box.minX)), x1 = cap.box.maxX - Math.round(0.25 * (cap.box.maxX - cap.box.minX));
    const rows: number[] = [];
    let seam = -1;
    for (let y = cap.box.minY + 3; y <= cap.box.maxY + 10; y++) {
      let sum = 0, n = 0, nFall = 0;
      for (let x = x0; x <= x1; x++) {
        const i = y * W + x;
        if (!cap.mask[i] && !fall.mask[i]) continue;
        sum += luma(i); n++; if (fall.mask[i]) nFall++;
      }
      if (seam < 0 && nFall > n / 2) seam = rows.length;
      rows.push(n > 0 ? sum / n : NaN);
    }
    const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
    let rise = -Infinity;
    for (let i = 3; i + 3 <= rows.length; i++) rise = Math.max(rise, mean(rows.slice(i, i + 3)) - mean(rows.slice(i - 3, i)));
    const msg = `largest brightening down the back ${rise.toFixed(1)} (luma of 255), fall over half the row from ${seam} rows below the crown; rows ${rows.map((v) => v.toFixed(0)).join(' ')}`;
    console.info(msg);
    expect(seam, msg).toBeGreaterThan(0);
    expect(rise, msg).toBeLessThan(4.5);
  });
});

describe('a fringe', () => {
  it('covers the forehead between the hairline and the brows, where hair worn without one leaves skin', () => {
    const bare = render({ hair: 'long', fringe: false }, 'front');
    const W = bare.width;
    // The forehead: from the skin's top (the hairline) down to the eyes' tops, between the eyes.
    const skin = objectPixels(bare, 'head');
    const eyeL = objectPixels(bare, 'eyeWhiteL').box, eyeR = objectPixels(bare, 'eyeWhiteR').box;
    const x0 = Math.min(eyeL.maxX, eyeR.maxX), x1 = Math.max(eyeL.minX, eyeR.minX);
    const eyeTop = Math.min(eyeL.minY, eyeR.minY);
    let hairline = eyeTop;
    for (let x = x0; x <= x1; x++) for (let y = 0; y < eyeTop; y++) if (skin.mask[y * W + x]) { hairline = Math.min(hairline, y); break; }
    const band = { y0: hairline + Math.round(0.15 * (eyeTop - hairline)), y1: eyeTop - Math.round(0.45 * (eyeTop - hairline)) };
    const hairShare = (r: FrameRenderer): number => {
      const hair = [objectPixels(r, 'hair').mask, objectPixels(r, 'fringe').mask];
      let n = 0, of = 0;
      for (let y = band.y0; y <= band.y1; y++) {
        for (let x = x0; x <= x1; x++, of++) if (hair.some((m) => m[y * W + x])) n++;
      }
      return n / of;
    };
    const fringed = render({ hair: 'long', fringe: true }, 'front');
    const msg = `forehead rows ${band.y0}-${band.y1}, cols ${x0}-${x1}: hair ${hairShare(fringed).toFixed(2)} with a fringe, ${hairShare(bare).toFixed(2)} without`;
    console.info(msg);
    expect(band.y1 - band.y0, msg).toBeGreaterThan(3);
    expect(hairShare(fringed), msg).toBeGreaterThan(0.8);
    expect(hairShare(bare), msg).toBeLessThan(0.1);
  });

  it('is chosen by some seeds of women and girls, never by men', () => {
    const person = (label: string, seed: number) => appearanceFor({ id: 'p1', kind: 'person', label, color: 0x3366cc } as never, seed);
    const share = (label: string): number => Array.from({ length: 100 }, (_, s) => person(label, s + 1)).filter((l) => l.hair.fringe).length / 100;
    expect(share('woman')).toBeGreaterThan(0.1);
    expect(share('woman')).toBeLessThan(0.5);
    expect(share('girl')).toBeGreaterThan(0.05);
    expect(share('man')).toBe(0);
  });
});

describe('curly hair', () => {
  it('has a bumpy outline: the top of the head is curls, not a smooth shell', () => {
    const top = (r: FrameRenderer): number[] => {
      const { mask, box } = objectPixels(r, 'hair');
      const out: number[] = [];
      for (let x = box.minX + 2; x <= box.maxX - 2; x++) for (let y = box.minY; y <= box.maxY; y++) if (mask[y * r.width + x]) { out.push(y); break; }
      return out;
    };
    const curly = roughness(top(render({ hair: 'curly' }, 'front'))), short = roughness(top(render({ hair: 'short' }, 'front')));
    expect(curly, `outline ${curly.toFixed(2)} px curly, ${short.toFixed(2)} px short`).toBeGreaterThan(2 * short);
  });

  // The hair's tone (its pattern's multiplier on a grey) at points on the unit head round a circle
  // and out along a radius, both centred on a curl's centre (seen from outside the head).
  function tones(curls: number | undefined): { round: number; out: number } {
    const pattern = hairSurface(0.11, { flow: 'crown', parting: 0, ...(curls ? { curls } : {}) });
    const c = nearestCurl(0.25, 0.75, 0.6, { cx: 0, cy: 0, cz: 0, id: 0, d2: 0 });
    const n = new THREE.Vector3(c.cx, c.cy, c.cz).normalize();
    const e1 = new THREE.Vector3(0, 1, 0).cross(n).normalize(), e2 = n.clone().cross(e1);
    const tone = (a: number, rho: number): number => {
      const p = n.clone().multiplyScalar(Math.cos(rho)).addScaledVector(e1, Math.sin(rho) * Math.cos(a)).addScaledVector(e2, Math.sin(rho) * Math.sin(a));
      const s = { x: p.x, y: p.y, z: p.z, lx: p.x, ly: p.y, lz: p.z, nx: p.x, ny: p.y, nz: p.z, footprint: 1e-5, t: 0, r: 0.5, g: 0.5, b: 0.5, roughness: 0.7, metalness: 0, cavity: 1 };
      pattern.apply(s);
      return s.r / 0.5;
    };
    const rho = 0.3 * CURL_CELL, N = 48;
    let round = 0, out = 0;
    for (let i = 0; i < N; i++) {
      round += Math.abs(tone(((i + 1) * 2 * Math.PI) / N, rho) - tone((i * 2 * Math.PI) / N, rho));
      out += Math.abs(tone(0.3, (rho * 2 * (i + 1)) / N) - tone(0.3, (rho * 2 * i) / N));
    }
    return { round, out };
  }

  it("winds its strands round each curl: the tone barely changes round a curl's centre and bands out from it", () => {
    const curly = tones(CURL_CELL), straight = tones(undefined);
    const msg = `tone change round ${curly.round.toFixed(2)}, out ${curly.out.toFixed(2)} curly; round ${straight.round.toFixed(2)}, out ${straight.out.toFixed(2)} straight`;
    expect(curly.out, msg).toBeGreaterThan(4 * curly.round);
    // Straight hair runs down from the crown through the same points: round the circle crosses it.
    expect(straight.round, msg).toBeGreaterThan(curly.round * 3);
  });
});

describe("long hair's front locks", () => {
  it('lie over the shoulders on both sides, one or none, by seed', () => {
    const look = appearanceFor({ id: 'p1', kind: 'person', label: 'woman', color: 0x3366cc } as never, 1);
    const names = (front: NonNullable<typeof look.hair.front>): string[] => new HairLocks(new THREE.Group(), { ...look, hair: { ...look.hair, front } }, 1.7).meshes.map((m) => m.name);
    expect(names('both')).toEqual(['hairLockL', 'hairLockR']);
    expect(names('left')).toEqual(['hairLockL']);
    expect(names('none')).toEqual([]);
    const fronts = new Set(Array.from({ length: 40 }, (_, s) => appearanceFor({ id: 'p1', kind: 'person', label: 'woman', color: 0x3366cc } as never, s + 1).hair.front));
    expect(fronts).toEqual(new Set(['both', 'left', 'right', 'none']));
  });
});

describe('hair that hangs free', () => {
  // A head that stands still, sets off forward (+x) at 2 m/s^2 from 1 s to 1.6 s, then walks on.
  const headAt = (t: number): number => (t < 1 ? 0 : t < 1.6 ? (t - 1) ** 2 : 0.36 + 1.2 * (t - 1.6));
  const poseFn = ((_track: unknown, _h: number, t: number) => ({ head: [headAt(t), 1.6, 0] })) as unknown as PersonPoseFn;
  const fwd = new THREE.Vector3(1, 0, 0);
  const swingAt = (t: number): THREE.Vector3 => new HairSwing(poseFn, {} as ActorTrack, 1.7).at(t, fwd, new THREE.Vector3());

  it('lags the head as it sets off (swings back, damped, within its bounds) and settles when it walks on steadily', () => {
    expect(swingAt(0.9).length()).toBe(0);
    const during = Array.from({ length: 12 }, (_, i) => swingAt(1.05 + i * 0.05).x);
    // Back (against the push), by about the push over gravity (0.2 rad) but never past its bound.
    expect(Math.min(...during)).toBeLessThan(-0.1);
    expect(Math.min(...during)).toBeGreaterThanOrEqual(-SWING_MAX.back);
    // It swings on forward a little once the push ends, no further than the back lets it, and dies away.
    const after = Array.from({ length: 20 }, (_, i) => swingAt(1.65 + i * 0.05).x);
    expect(Math.max(...after)).toBeLessThanOrEqual(SWING_MAX.fwd + 1e-9);
    expect(Math.abs(swingAt(3).x)).toBeLessThan(0.01);
    // A pure function of time: the same whichever frame was drawn before.
    expect(swingAt(1.3).x).toBe(swingAt(1.3).x);
  });
});

