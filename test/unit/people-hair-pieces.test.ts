// Hair worn up, braided or clipped, asked for in words and seen in the frame: a bun is a round knot
// on the back of the head with the cap's hair pulled to it; braids hang from behind the ears (or one
// down the back) with their strands crossing in a regular pattern and a tie at the end; a short back
// and sides is clipped close (the silhouette narrower, the skin's tone through it) under a longer
// top. One trace (a woman standing in a park) rendered small with the look and camera changed, as a
// look-only remix does.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PersonLookWords, ScenePlan } from '../../main/contract/scene-plan';
import type { FrameRenderer } from '../../main/engine/frames/frame-renderer';
import * as THREE from 'three';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { Braids } from '../../main/engine/frames/people/braids';
import { longHairGeometry } from '../../main/engine/frames/people/long-hair';
import { skullPoint, SKULL_RADII as R } from '../../main/engine/frames/people/skull';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { objectPixels } from '../helpers/frame-ids';
import { renderWoman, standingWoman, type StandingWoman } from '../helpers/standing-woman';

let take: StandingWoman;

beforeAll(async () => {
  take = await standingWoman();
}, 60_000);

type Shot = FrameRenderer & { px: Uint8Array };
const render = (look: PersonLookWords, angle: ScenePlan['camera']['angle']): FrameRenderer & { px: Uint8Array } => renderWoman(take, look, angle);
const luma = (px: Uint8Array, i: number): number => 0.2126 * px[4 * i]! + 0.7152 * px[4 * i + 1]! + 0.0722 * px[4 * i + 2]!;
// The look the prompt's words give its person.
const lookOf = (prompt: string): PersonLookWords | undefined => parsePrompt(prompt).entities.find((e) => e.kind === 'person')?.look;

describe('a bun', () => {
  it('asked for in words, is a knot on the back of the head, standing out of the plain head\'s outline', () => {
    const look = lookOf('a woman with her hair in a bun walks');
    expect(look).toEqual({ hair: 'bun' });
    const bun = render(look!, 'side'), plain = render({ hair: 'short' }, 'side');
    const knot = objectPixels(bun, 'bun');
    const cap = objectPixels(bun, 'hair').box;
    // Where the bun is drawn the plain head shows the park: it stands out of the head.
    const sky = objectPixels(plain, 'hair').mask, head = objectPixels(plain, 'head').mask;
    let outside = 0;
    for (let i = 0; i < knot.mask.length; i++) if (knot.mask[i] && !sky[i] && !head[i]) outside++;
    const msg = `bun ${knot.box.count} px, ${outside} outside the plain head; bun box x ${knot.box.minX}-${knot.box.maxX} y ${knot.box.minY}-${knot.box.maxY}, cap x ${cap.minX}-${cap.maxX} y ${cap.minY}-${cap.maxY}`;
    console.info(msg);
    expect(knot.box.count, msg).toBeGreaterThan(60);
    expect(outside, msg).toBeGreaterThan(0.5 * knot.box.count);
    // On the cap (touching its box), not floating.
    expect(knot.box.minX, msg).toBeLessThanOrEqual(cap.maxX);
    expect(knot.box.maxY, msg).toBeGreaterThanOrEqual(cap.minY);
  });
});

// Each column's count of `mask` pixels in rows y0..y1, and the runs of columns that have any.
function columnRuns(mask: Uint8Array, W: number, y0: number, y1: number): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (let x = 0; x < W; x++) {
    let any = false;
    for (let y = y0; y <= y1 && !any; y++) any = mask[y * W + x] === 1;
    const last = runs[runs.length - 1];
    if (any && last && last.to === x - 1) last.to = x;
    else if (any) runs.push({ from: x, to: x });
  }
  return runs;
}

describe('braids', () => {
  it('asked for in words, hang as two from behind the ears, each tied, their strands crossing at a steady period down them', () => {
    expect(lookOf('a girl with pigtails runs')).toEqual({ hair: 'braids' });
    expect(lookOf('a woman with a braid walks')).toEqual({ hair: 'braid' });
    const two = render({ hair: 'braids' }, 'behind'), one = render({ hair: 'braid' }, 'behind');
    const W = two.width;
    const b2 = objectPixels(two, 'braid'), b1 = objectPixels(one, 'braid');
    const head = objectPixels(two, 'head').box;
    // Below the head: two separate hanging pieces, one either side of its middle; one braid, one piece.
    const runs2 = columnRuns(b2.mask, W, head.maxY + 2, b2.box.maxY), runs1 = columnRuns(b1.mask, W, head.maxY + 2, b1.box.maxY);
    const mid = (head.minX + head.maxX) / 2;
    // Down the middle of the wider braid: its tone's autocorrelation, peaking at the crossing period.
    const run = runs2.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
    const profile: number[] = [];
    for (let y = head.maxY + 4; y < b2.box.maxY - 12; y++) {
      let sum = 0, n = 0;
      for (let x = run.from + 1; x < run.to; x++) if (b2.mask[y * W + x]) { sum += luma(two.px, y * W + x); n++; }
      if (n > 0) profile.push(sum / n);
    }
    const { lag, r } = period(profile);
    const ties = objectPixels(two, 'braidTie').box.count;
    const msg = `two: runs ${JSON.stringify(runs2)} about ${mid}; one: ${JSON.stringify(runs1)}; crossing period ${lag} px (r ${r.toFixed(2)}) over ${profile.length} rows; ties ${ties} px`;
    console.info(msg);
    expect(runs2.length, msg).toBe(2);
    expect(runs2[0]!.to, msg).toBeLessThan(mid);
    expect(runs2[1]!.from, msg).toBeGreaterThan(mid);
    expect(runs1.length, msg).toBe(1);
    expect(ties, msg).toBeGreaterThan(4);
    expect(r, msg).toBeGreaterThan(0.3);
    // (about 2 cm: a strand over the middle every half round of the pattern)
    expect(lag, msg).toBeGreaterThan(3);
    expect(lag, msg).toBeLessThan(15);
  });
});

describe('a braid', () => {
  it('swings about where it leaves the head: turned back, its tip moves back by about its length times the angle, its top stays', () => {
    const look = appearanceFor({ id: 'p1', kind: 'person', label: 'woman', color: 0x3366cc } as never, 1);
    const posed = (back: number): { tip: THREE.Vector3; top: THREE.Vector3 } => {
      const group = new THREE.Group();
      new Braids(group, { ...look, hair: { ...look.hair, style: 'braid' } }, 0.11, 1).update(new THREE.Vector3(0, 1.6, 0), new THREE.Vector3(1, 0, 0), new THREE.Vector3(0, 1, 0), new THREE.Vector3(0, 0, -back));
      const tip = new THREE.Vector3(0, Infinity, 0), top = new THREE.Vector3(0, -Infinity, 0), at = new THREE.Vector3();
      for (const m of group.children) {
        if (m.name !== 'braid') continue;
        const pos = (m as THREE.Mesh).geometry.getAttribute('position');
        for (let i = 0; i < pos.count; i++) {
          at.fromBufferAttribute(pos, i);
          if (at.y < tip.y) tip.copy(at);
          if (at.y > top.y) top.copy(at);
        }
      }
      return { tip, top };
    };
    const still = posed(0), swung = posed(0.3);
    const length = still.top.y - still.tip.y;
    const msg = `tip moved ${(still.tip.z - swung.tip.z).toFixed(3)} m back; braid ${length.toFixed(3)} m; top moved ${still.top.distanceTo(swung.top).toFixed(4)} m`;
    expect(length, msg).toBeGreaterThan(0.2);
    expect(still.tip.z - swung.tip.z, msg).toBeGreaterThan(0.6 * 0.3 * length);
    expect(still.top.distanceTo(swung.top), msg).toBeLessThan(0.01);
  });
});

// The lag (2.. a third of the length) where a profile best matches itself shifted, and how well
// (correlation, -1..1), after taking out its slow trend.
function period(profile: number[]): { lag: number; r: number } {
  const d = profile.map((v, i) => v - (profile.slice(Math.max(0, i - 6), i + 7).reduce((a, b) => a + b, 0) / (Math.min(profile.length, i + 7) - Math.max(0, i - 6))));
  let best = { lag: 0, r: -1 };
  for (let lag = 2; lag < d.length / 3; lag++) {
    let xy = 0, xx = 0, yy = 0;
    for (let i = 0; i + lag < d.length; i++) { xy += d[i]! * d[i + lag]!; xx += d[i]! ** 2; yy += d[i + lag]! ** 2; }
    const r = xy / Math.sqrt(xx * yy || 1);
    if (r > best.r) best = { lag, r };
  }
  return best;
}

describe('a short back and sides', () => {
  it('asked for in words, is clipped close at the sides (a narrower outline) with the skin\'s tone through it, and as full on top', () => {
    expect(lookOf('a man with short back and sides walks')).toEqual({ hair: 'short-sides' });
    const clipped = render({ hair: 'short-sides', hairShade: 'black' }, 'behind'), plain = render({ hair: 'short', hairShade: 'black' }, 'behind');
    const W = clipped.width;
    const widthAt = (r: Shot, y: number): number => {
      const { mask } = objectPixels(r, 'hair');
      let lo = W, hi = -1;
      for (let x = 0; x < W; x++) if (mask[y * W + x]) { lo = Math.min(lo, x); hi = x; }
      return hi - lo + 1;
    };
    const cap = objectPixels(plain, 'hair').box, h = cap.maxY - cap.minY;
    const top = cap.minY + Math.round(0.12 * h), low = cap.minY + Math.round(0.6 * h);
    // The mean luma over the lower part of the cap's back (black hair: the skin through it is lighter).
    const tone = (r: Shot): number => {
      const { mask } = objectPixels(r, 'hair');
      let sum = 0, n = 0;
      for (let y = low; y < cap.maxY; y++) for (let x = 0; x < W; x++) if (mask[y * W + x]) { sum += luma(r.px, y * W + x); n++; }
      return sum / n;
    };
    const msg = `width at the top ${widthAt(clipped, top)} vs ${widthAt(plain, top)} px, low ${widthAt(clipped, low)} vs ${widthAt(plain, low)} px; luma low down ${tone(clipped).toFixed(1)} vs ${tone(plain).toFixed(1)}`;
    console.info(msg);
    expect(widthAt(clipped, top), msg).toBeGreaterThanOrEqual(widthAt(plain, top) - 1);
    expect(widthAt(clipped, low), msg).toBeLessThan(widthAt(plain, low) - 3);
    expect(tone(clipped), msg).toBeGreaterThan(1.3 * tone(plain));
  });
});

describe('by seed', () => {
  it('some women wear a bun or a braid, some girls braids, some men a short back and sides; a soldier always a regulation cut', () => {
    const styles = (label: string): string[] => Array.from({ length: 200 }, (_, s) => appearanceFor({ id: 'p1', kind: 'person', label, color: 0x3366cc } as never, s + 1).hair.style);
    const share = (label: string, style: string): number => styles(label).filter((s) => s === style).length / 200;
    const msg = `woman bun ${share('woman', 'bun')}, braid ${share('woman', 'braid')}; girl braids ${share('girl', 'braids')}; man short-sides ${share('man', 'short-sides')}; old woman bun ${share('old woman', 'bun')}`;
    console.info(msg);
    for (const [label, style] of [['woman', 'bun'], ['woman', 'braid'], ['girl', 'braids'], ['man', 'short-sides'], ['old woman', 'bun']] as const) {
      expect(share(label, style), msg).toBeGreaterThan(0.03);
    }
    // Never on a man; a soldier's is clipped or buzzed.
    expect(styles('man').filter((s) => s === 'bun' || s.startsWith('braid')), msg).toEqual([]);
    expect(new Set(styles('soldier')), msg).toEqual(new Set(['short-sides', 'buzz']));
  });
});

describe("long hair's fall at the side", () => {
  it('lies down on the head behind the ear: in front of its widest, at ear height, it stands close to the skin, with no edge standing off it', () => {
    const p = new THREE.Vector3(), skin = new THREE.Vector3();
    for (const cut of [0.1, 0.5, 0.9]) {
      const pos = longHairGeometry('fem', 'long', cut, 0.25).getAttribute('position');
      // How far the fall stands out of the skin (head radii) at its highest, from the ear's height
      // to the jaw's, forward of 0.3 head radii behind the skull's middle (the ear's back).
      let off = -Infinity;
      for (let i = 0; i < pos.count; i++) {
        p.fromBufferAttribute(pos, i);
        if (p.y < -0.6 || p.y > 0.1 || p.z < -0.3) continue;
        const qx = p.x / R.rx, qy = p.y / R.ry, qz = p.z / R.rz, ql = Math.hypot(qx, qy, qz);
        skullPoint('fem', qx / ql, qy / ql, qz / ql, skin);
        off = Math.max(off, p.length() - Math.hypot(skin.x * R.rx, skin.y * R.ry, skin.z * R.rz));
      }
      // (it stood 0.19-0.21 off, its front a hard edge with a shadowed gap under the cap)
      expect(off, `cut ${cut}: ${off.toFixed(3)} head radii off the skin`).toBeLessThan(0.08);
    }
  });
});
