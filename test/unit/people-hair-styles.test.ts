// Hair styles in the rendered frame: a ponytail is gathered at a tie, full below it and tapering to
// its tip, with strands running down it, and swings about the tie with the head; long curly hair's
// locks wind (a bumpy outline down the fall, strands round every way, not straight down). One trace (a woman
// standing in a park) rendered small with the look and camera changed, as a look-only remix does.
import { beforeAll, describe, expect, it } from 'vitest';
import * as THREE from 'three';
import type { PersonLookWords, ScenePlan } from '../../main/contract/scene-plan';
import type { FrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { Ponytail } from '../../main/engine/frames/people/ponytail';
import { objectPixels } from '../helpers/frame-ids';
import { renderWoman, standingWoman, type StandingWoman } from '../helpers/standing-woman';

let take: StandingWoman;

beforeAll(async () => {
  take = await standingWoman();
}, 60_000);

const render = (look: PersonLookWords, angle: ScenePlan['camera']['angle']): FrameRenderer & { px: Uint8Array } => renderWoman(take, look, angle);

const luma = (px: Uint8Array, i: number): number => 0.2126 * px[4 * i]! + 0.7152 * px[4 * i + 1]! + 0.0722 * px[4 * i + 2]!;

describe('a ponytail', () => {
  it('seen from the side, is gathered at a tie, full below it, tapering to its tip, with strands down it', () => {
    const r = render({ hair: 'ponytail' }, 'side');
    const W = r.width;
    const { mask, box } = objectPixels(r, 'ponytail');
    const tie = objectPixels(r, 'ponytailTie').box.count;
    const h = box.maxY - box.minY;
    // Its width in each row (it hangs down), at a share of the way from its top to its tip.
    const width = (k: number): number => {
      const y = box.minY + Math.round(k * h);
      let n = 0;
      for (let x = box.minX; x <= box.maxX; x++) n += mask[y * W + x]!;
      return n;
    };
    const widths = Array.from({ length: 19 }, (_, i) => width(0.05 + 0.05 * i));
    const full = Math.max(...widths.slice(2, 10));
    // Tone changes across the tail (side to side) and along it (up and down), inside it.
    let across = 0, along = 0, n = 0;
    for (let y = box.minY + 1; y < box.maxY - 1; y++) {
      for (let x = box.minX + 1; x < box.maxX - 1; x++) {
        const i = y * W + x;
        if (!mask[i] || !mask[i + 1] || !mask[i + W]) continue;
        across += Math.abs(luma(r.px, i + 1) - luma(r.px, i));
        along += Math.abs(luma(r.px, i + W) - luma(r.px, i));
        n++;
      }
    }
    const msg = `tail ${box.count} px, ${h} px long; tie ${tie} px; widths ${widths.join(' ')}; tone change across ${(across / n).toFixed(2)}, along ${(along / n).toFixed(2)}`;
    console.info(msg);
    expect(box.count, msg).toBeGreaterThan(400);
    expect(tie, msg).toBeGreaterThan(4);
    expect(widths[0]!, msg).toBeLessThan(0.8 * full);
    expect(widths[17]!, msg).toBeLessThan(0.45 * full);
    expect(across, msg).toBeGreaterThan(1.5 * along);
  });

  it('swings about its tie: turned back, its tip moves back by about its length times the angle, its tie stays', () => {
    const look = appearanceFor({ id: 'p1', kind: 'person', label: 'woman', color: 0x3366cc } as never, 1);
    const hr = 0.11;
    const posed = (back: number): { tip: THREE.Vector3; tie: THREE.Vector3 } => {
      const tail = new Ponytail(new THREE.Group(), { ...look, hair: { ...look.hair, style: 'ponytail' } }, hr);
      // The head looks along +z, up +y (left = up x fwd = +x); swung back: its end moves to -z.
      tail.update(new THREE.Vector3(0, 1.6, 0), new THREE.Vector3(1, 0, 0), new THREE.Vector3(0, 1, 0), new THREE.Vector3(0, 0, -back));
      const pos = tail.meshes[0]!.geometry.getAttribute('position');
      const tip = new THREE.Vector3(), at = new THREE.Vector3();
      let low = Infinity;
      for (let i = 0; i < pos.count; i++) if (at.fromBufferAttribute(pos, i).y < low) { low = at.y; tip.copy(at); }
      tail.meshes[1]!.updateMatrixWorld();
      return { tip, tie: new THREE.Vector3().setFromMatrixPosition(tail.meshes[1]!.matrix) };
    };
    const still = posed(0), swung = posed(0.3);
    const length = still.tie.distanceTo(still.tip);
    const msg = `tip moved ${(still.tip.z - swung.tip.z).toFixed(3)} m back, up ${(swung.tip.y - still.tip.y).toFixed(3)} m; tail ${length.toFixed(3)} m; tie moved ${still.tie.distanceTo(swung.tie).toFixed(4)} m`;
    expect(still.tip.z - swung.tip.z, msg).toBeGreaterThan(0.6 * 0.3 * length);
    expect(still.tie.distanceTo(swung.tie), msg).toBeLessThan(0.002);
    // Hanging: its tip well below its tie.
    expect(still.tie.y - still.tip.y, msg).toBeGreaterThan(0.15);
  });
});

// Mean tone change (luma) between neighbouring pixels across (side to side) and along (up and down)
// inside a mask, over rows y0..y1.
function toneChange(r: FrameRenderer & { px: Uint8Array }, mask: Uint8Array, y0: number, y1: number): { across: number; along: number } {
  const W = r.width;
  let across = 0, along = 0, n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = 1; x < W - 1; x++) {
      const i = y * W + x;
      if (!mask[i] || !mask[i + 1] || !mask[i + W]) continue;
      across += Math.abs(luma(r.px, i + 1) - luma(r.px, i));
      along += Math.abs(luma(r.px, i + W) - luma(r.px, i));
      n++;
    }
  }
  return { across: across / n, along: along / n };
}

describe('long curly hair', () => {
  it('seen from behind, winds down the fall: its outline bumps at every turn and its strands run round, where straight hair is smooth and runs down', () => {
    const seen = (hair: PersonLookWords['hair']): { side: number; tone: { across: number; along: number } } => {
      const r = render({ hair }, 'behind');
      const { mask, box } = objectPixels(r, 'hairBack');
      const h = box.maxY - box.minY;
      // The fall's left edge between a third and two thirds of the way down, and its second difference.
      const edge: number[] = [];
      for (let y = box.minY + Math.round(h / 3); y < box.minY + (2 * h) / 3; y++) {
        for (let x = box.minX; x <= box.maxX; x++) if (mask[y * r.width + x]) { edge.push(x); break; }
      }
      let side = 0;
      for (let i = 1; i + 1 < edge.length; i++) side += Math.abs(edge[i - 1]! + edge[i + 1]! - 2 * edge[i]!);
      return { side: side / (edge.length - 2), tone: toneChange(r, mask, box.minY + Math.round(h / 4), box.minY + Math.round((3 * h) / 4)) };
    };
    const curly = seen('long-curly'), straight = seen('long');
    const ratio = (t: { across: number; along: number }): number => t.across / t.along;
    const msg = `side outline ${curly.side.toFixed(2)} px curly, ${straight.side.toFixed(2)} px straight; tone across/along ${ratio(curly.tone).toFixed(2)} curly, ${ratio(straight.tone).toFixed(2)} straight`;
    console.info(msg);
    expect(curly.side, msg).toBeGreaterThan(0.4);
    expect(curly.side, msg).toBeGreaterThan(2.5 * straight.side);
    // Straight strands run down (tone changes across them); curls' run every way round.
    expect(ratio(straight.tone), msg).toBeGreaterThan(1.5);
    expect(ratio(curly.tone), msg).toBeLessThan(0.75 * ratio(straight.tone));
  });
});
