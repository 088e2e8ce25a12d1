// A cameo filmed from the waist up, behind a table: in a wide shot, or watching someone else, the
// table's top hides where the footage cuts them off. Measured in the object-ID buffer of every
// frame: at every column of the card, the row the cut edge projects to shows the table, below the
// table's top edge there. Where no table can hide it, the prompt is refused in words.
import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { BODY } from '../../main/engine/body/skeleton';
import { stageCameo } from '../../main/engine/cameo/cut-staging';
import { personPose } from '../../main/engine/actions/person-pose';
import { createFrameRenderer } from '../../main/engine/frames';
import type { CameoFixture } from '../helpers/cameo-fixture';
import { CAMEO_HEIGHT_M, cameoScene, SCENE_H, SCENE_W, type CameoScene } from '../helpers/cameo-scene';
import { objectPixels } from '../helpers/frame-ids';
import { twoCameos } from '../helpers/two-cameos';

const TIMEOUT_MS = 300_000;

interface TableCheck {
  // Per frame: the card's visible pixels, the columns where the cut row shows the table, of those
  // the card spans, and the least rows between the table's top edge and the cut row.
  cardPx: number[];
  covered: number[];
  columns: number[];
  margin: number[];
}

// Whether the card shows at column x within 2 rows above `row` or on it.
function cardNear(mask: Uint8Array, x: number, row: number): boolean {
  for (let y = Math.max(0, row - 2); y <= row; y++) if (mask[y * SCENE_W + x]) return true;
  return false;
}

// Renders every frame and measures the cut row against the table's silhouette.
function checkTable(scene: CameoScene, fixture: CameoFixture, personId: string): TableCheck {
  const staging = stageCameo(scene.plan, scene.plan.cameos!.find((c) => c.entityId === personId)!);
  if (staging.kind !== 'behind-table') throw new Error(`staged ${JSON.stringify(staging)}`);
  const renderer = createFrameRenderer(scene.plan, scene.trace, { cameos: new Map([[fixture.id, scene.footage]]), antialias: false, grain: false });
  const track = scene.trace.actors.find((a) => a.entityId === personId)!;
  const out: TableCheck = { cardPx: [], covered: [], columns: [], margin: [] };
  for (let f = 0; f < scene.trace.frameCount; f++) {
    renderer.renderFrame(f);
    const card = objectPixels(renderer, 'cameo-card');
    const table = objectPixels(renderer, `table:${staging.seat.tableId}`);
    const pelvis = personPose(track, CAMEO_HEIGHT_M, f / scene.trace.fps).pelvis;
    const cut = new THREE.Vector3(pelvis[0], staging.seat.cutM, pelvis[2]).project(renderer.lastFrame().camera);
    const cutRow = Math.round((0.5 - cut.y * 0.5) * SCENE_H);
    let covered = 0, columns = 0, margin = Infinity;
    for (let x = Math.max(0, card.box.minX); x <= Math.min(SCENE_W - 1, card.box.maxX); x++) {
      columns++;
      const inFrame = cutRow >= 0 && cutRow < SCENE_H;
      if (inFrame && table.mask[cutRow * SCENE_W + x]) {
        covered++;
        let top = SCENE_H;
        for (let y = 0; y < SCENE_H; y++) if (table.mask[y * SCENE_W + x]) { top = y; break; }
        // Measured where the card meets the table's top edge (not where a nearer thing, the hand that
        // holds the coin, covers both).
        if (top > 0 && card.mask[(top - 1) * SCENE_W + x]) margin = Math.min(margin, cutRow - top);
      } else if (inFrame && !cardNear(card.mask, x, cutRow)) {
        // Something nearer than the table (the hand that holds the coin) hides the card there.
        covered++;
      }
    }
    out.cardPx.push(card.box.count);
    out.covered.push(covered);
    out.columns.push(columns);
    out.margin.push(margin);
  }
  return out;
}

// Wherever the card is in view, every column of it shows the table at the cut row, 2+ rows under
// the table's top edge there.
function expectHidden(prompt: string, check: TableCheck): void {
  check.cardPx.forEach((px, f) => {
    if (px === 0) return;
    expect(check.covered[f], `${prompt}: frame ${f}`).toBe(check.columns[f]);
    expect(check.margin[f], `${prompt}: frame ${f}`).toBeGreaterThanOrEqual(2);
  });
  expect(check.cardPx.filter((px) => px > 500).length, `${prompt}: she is seen`).toBeGreaterThan(check.cardPx.length / 2);
}

describe('a waist-up cameo behind a table', () => {
  const cameos = twoCameos('kinora-cameo-table-', TIMEOUT_MS);

  it('in a wide shot, seated behind the kitchen table: its top covers the cut edge in every frame', async () => {
    for (const prompt of ['@alex stands at the kitchen table, wide shot', '@alex stands at the kitchen table, wide shot, front view', '@alex watches a coin spin on the table, wide shot', '@alex stirs a cup of coffee, wide shot', '@alex stands at the kitchen table, wide shot, high angle']) {
      const scene = await cameoScene(cameos.astronaut, prompt, { durationSec: 2 });
      const use = scene.plan.cameos![0]!;
      // Standing, her cut (0.96 m) would be over the 0.75 m top: she is seated, a thigh lower.
      expect(use.seatDropM).toBeCloseTo(BODY.thigh * CAMEO_HEIGHT_M, 2);
      expect(scene.plan.understanding?.who).toContainEqual(expect.stringMatching(/^@alex \(seated behind the (kitchen )?table, filmed from the waist up\)$/));
      const check = checkTable(scene, cameos.astronaut, scene.personId);
      console.info(`${prompt} (${scene.plan.camera.angle}): card px ${Math.min(...check.cardPx)}-${Math.max(...check.cardPx)}, cut row covered by the table in ${check.covered.join(',')} of ${check.columns.join(',')} columns, at least ${Math.min(...check.margin)} rows under its top edge`);
      expectHidden(prompt, check);
    }
  }, TIMEOUT_MS);

  it('watching a man spin a coin in a medium shot, seated behind the table beside him: the cut is hidden there too', async () => {
    const prompt = 'a man spins a coin while @alex watches, medium shot';
    const scene = await cameoScene(cameos.astronaut, prompt, { durationSec: 2 });
    const check = checkTable(scene, cameos.astronaut, scene.personId);
    console.info(`${prompt}: card px ${Math.min(...check.cardPx)}-${Math.max(...check.cardPx)}, cut row covered in ${check.covered.join(',')} of ${check.columns.join(',')} columns, at least ${Math.min(...check.margin)} rows under the top edge`);
    // In view all clip long, beside and behind the man, not in his place.
    expect(Math.min(...check.cardPx)).toBeGreaterThan(500);
    expectHidden(prompt, check);
    const man = scene.plan.entities.find((e) => e.label === 'man')!;
    const alex = scene.plan.entities.find((e) => e.id === scene.personId)!;
    expect(Math.hypot(man.position[0] - alex.position[0], man.position[2] - alex.position[2])).toBeGreaterThan(0.4);
  }, TIMEOUT_MS);

  it('is refused in words where no table can hide the cut', async () => {
    const refusal = async (prompt: string): Promise<string | null> => {
      const scene = await cameoScene(cameos.astronaut, prompt, { durationSec: 1 });
      const staging = stageCameo(scene.plan, scene.plan.cameos![0]!);
      return staging.kind === 'refused' ? staging.reason : null;
    };
    expect(await refusal('a man kicks a ball while @alex watches, medium shot')).toBe('@alex was filmed from the waist up: watching, the shot would show them cut off in mid-air. Put a table in the scene for them to be behind, make them the one the shot is about, or import a clip that shows you head to feet.');
    expect(await refusal('@alex stands at the kitchen table, wide shot, low angle')).toMatch(/behind the kitchen table, a low angle would look under the table at them\. Ask for a side or front view/);
    expect(await refusal('@alex stands at the kitchen table, wide shot, overhead')).toMatch(/looking down from overhead would see behind the table/);
    expect(await refusal('@alex stands in a park, wide shot')).toMatch(/a wide shot would show them cut off in mid-air\. Ask for a medium shot or a close-up, put a table in the scene/);
    // The full-length woman is drawn where the scene puts her, standing.
    const whole = await cameoScene(cameos.woman, '@alex stands at the kitchen table, wide shot', { durationSec: 1 });
    expect(stageCameo(whole.plan, whole.plan.cameos![0]!).kind).toBe('whole');
    expect(whole.plan.cameos![0]!.seatDropM).toBeUndefined();
  }, TIMEOUT_MS);
});
