// A cameo filmed from the waist up (most webcam clips; here the astronaut photo) against one filmed
// head to feet (the full-length woman): the analysis tells them apart from the matte alone and the
// library keeps it; the waist-up one is drawn at her true size (her head, not her box, gives the
// scale) with the cut edge under the frame, and what would show her legless is refused in words.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import * as THREE from 'three';
import { CameoLibrary } from '../../main/cameo/cameo-library';
import { CameoService } from '../../main/cameo/cameo-service';
import { frameStats, headHeight } from '../../main/cameo/person-stats';
import { bodyShown, HEAD_OF_HEIGHT, shownWords } from '../../main/engine/cameo/body-shown';
import { stageCameo } from '../../main/engine/cameo/cut-staging';
import { personPose } from '../../main/engine/actions/person-pose';
import { createFrameRenderer } from '../../main/engine/frames';
import { ModelService } from '../../main/models/model-service';
import { ASTRONAUT_PNG, handMask } from '../helpers/astronaut';
import type { CameoFixture } from '../helpers/cameo-fixture';
import { CAMEO_HEIGHT_M, cameoScene, magenta, repaint, SCENE_H, SCENE_W } from '../helpers/cameo-scene';
import { objectPixels } from '../helpers/frame-ids';
import { WOMAN_PNG, womanMatte } from '../helpers/full-length';
import { twoCameos } from '../helpers/two-cameos';

const TIMEOUT_MS = 240_000;

describe('a cameo filmed from the waist up', () => {
  const fixtures = twoCameos('kinora-cameo-framing-', TIMEOUT_MS);

  it('the matte says whether the frame cuts the person, and their head how much of them it shows', async () => {
    const full = frameStats(await womanMatte(300), 300, 300);
    expect(full.bottomPx).toBe(0);
    expect(bodyShown([full], 300)).toEqual({ cut: false, share: 1 });
    const cut = frameStats(handMask(512).map((v) => v * 255), 512, 512);
    expect(cut.bottomPx).toBeGreaterThan(400);
    // Her crown at row 14, her chin's narrowing 135 rows below it.
    expect(cut.headPx).toBeGreaterThan(120);
    expect(cut.headPx).toBeLessThan(150);
    const shown = bodyShown([cut], 512);
    expect(shown.cut).toBe(true);
    expect(shownWords(shown.share)).toBe('from the waist up');
    // No narrowing under the crown (a silhouette that only widens): no head is claimed.
    expect(headHeight(Int32Array.from({ length: 50 }, (_, y) => 10 + y), 0, 50)).toBeNull();
  });

  it('imported, the woman is "head to feet" and the astronaut "from the waist up", and the library keeps it', async () => {
    const home = path.join(fixtures.dir, 'home');
    const models = new ModelService({ homeDir: home });
    const cameos = new CameoService({ homeDir: home, models });
    let open = true;
    try {
      await cameos.import({ kind: 'path', path: WOMAN_PNG }, 'wren.png');
      await cameos.import({ kind: 'path', path: ASTRONAUT_PNG }, 'alex.png');
      await cameos.whenIdle();
      const framing = (): Record<string, unknown> => Object.fromEntries(cameos.list().map((c) => [c.name, c.framing]));
      const measured = framing();
      console.info(`framing as analysed: ${JSON.stringify(measured)}`);
      expect(measured.wren).toEqual({ shownShare: 1, words: 'head to feet' });
      expect(measured.alex).toMatchObject({ words: 'from the waist up' });
      await cameos.close();
      open = false;
      const reopened = new CameoLibrary(home);
      expect(Object.fromEntries(reopened.list().map((c) => [c.name, c.framing]))).toEqual(measured);
      reopened.close();
    } finally {
      if (open) await cameos.close();
      await models.close();
    }
  }, TIMEOUT_MS);

  it('is drawn at her true size in a medium shot, the cut edge under the frame', async () => {
    const scene = await cameoScene(fixtures.astronaut, '@alex waves in a park', { durationSec: 1 });
    const use = scene.plan.cameos![0]!;
    const staging = stageCameo(scene.plan, use);
    expect(staging.kind).toBe('framed');
    const cutM = staging.kind === 'framed' ? staging.cutM : 0;
    const renderer = createFrameRenderer(scene.plan, scene.trace, { cameos: new Map([[fixtures.astronaut.id, repaint(scene.footage, magenta)]]), antialias: false, grain: false });
    const frame = 12;
    renderer.renderFrame(frame);
    const camera = renderer.lastFrame().camera;
    const { mask, box } = objectPixels(renderer, 'cameo-card');
    const track = scene.trace.actors.find((a) => a.entityId === scene.personId)!;
    const feet = new THREE.Vector3(...track.position).setY(0);
    const rowOf = (heightM: number): number => (0.5 - feet.clone().setY(heightM).project(camera).y * 0.5) * SCENE_H;
    // Her crown where 1.8 m is; her body runs off the frame's bottom edge, where the cut (at
    // ~0.96 m) is far below.
    expect(Math.abs(box.minY - rowOf(CAMEO_HEIGHT_M))).toBeLessThan(2.5);
    expect(box.maxY).toBe(SCENE_H - 1);
    expect(rowOf(cutM)).toBeGreaterThan(SCENE_H + 2);
    // Her head on screen is a real head's share of 1.8 m (the scale from her box would make it
    // about half as tall: her box is 48% of her).
    const rows = new Int32Array(SCENE_H);
    for (let y = 0; y < SCENE_H; y++) for (let x = 0; x < SCENE_W; x++) rows[y]! += mask[y * SCENE_W + x]!;
    const head = headHeight(rows, box.minY, SCENE_H)!;
    const expected = rowOf(CAMEO_HEIGHT_M * (1 - HEAD_OF_HEIGHT)) - rowOf(CAMEO_HEIGHT_M);
    console.info(`waist-up card: head ${head} px on screen, a real head at 1.8 m ${expected.toFixed(1)} px; frame rows ${box.minY}-${box.maxY}, cut at row ${rowOf(cutM).toFixed(0)}`);
    expect(Math.abs(head - expected)).toBeLessThan(0.12 * expected);
  }, TIMEOUT_MS);

  it('keeps the cut edge under the frame all clip long: looked down on over a cup, in a pull out, handheld from low', async () => {
    // Looking down on her stirring, her waist is further along the view than her eyes and shows
    // higher in the picture: framed by the eyes' depth alone, the edge was in all 12 frames sampled.
    for (const prompt of ['@alex stirs a cup of coffee', '@alex waves in a park, the camera pulls out', '@alex waves, handheld camera, low angle']) {
      const scene = await cameoScene(fixtures.astronaut, prompt, { durationSec: 2 });
      const staging = stageCameo(scene.plan, scene.plan.cameos![0]!);
      expect(staging.kind).toBe('framed');
      const cutM = staging.kind === 'framed' ? staging.cutM : 0;
      const renderer = createFrameRenderer(scene.plan, scene.trace, { cameos: new Map([[fixtures.astronaut.id, scene.footage]]), antialias: false, grain: false });
      const track = scene.trace.actors.find((a) => a.entityId === scene.personId)!;
      const cutRows: number[] = [];
      for (let f = 0; f < scene.trace.frameCount; f += 4) {
        renderer.renderFrame(f);
        expect(objectPixels(renderer, 'cameo-card').box.count, `${prompt}: she is in frame ${f}`).toBeGreaterThan(500);
        const pelvis = personPose(track, CAMEO_HEIGHT_M, f / scene.trace.fps).pelvis;
        cutRows.push((0.5 - new THREE.Vector3(pelvis[0], cutM, pelvis[2]).project(renderer.lastFrame().camera).y * 0.5) * SCENE_H);
      }
      console.info(`${prompt} (${scene.plan.camera.shot}, ${scene.plan.camera.angle}, ${scene.plan.camera.motion}): cut edge at rows ${cutRows.map((r) => r.toFixed(0)).join(', ')} of ${SCENE_H}`);
      expect(Math.min(...cutRows)).toBeGreaterThan(SCENE_H + 2);
    }
  }, TIMEOUT_MS);

  it('is refused in words where only legs would do; the full-length woman may walk, kick and be seen wide', async () => {
    const refusal = async (fixture: CameoFixture, prompt: string): Promise<string | null> => {
      const scene = await cameoScene(fixture, prompt, { durationSec: 1 });
      const staging = stageCameo(scene.plan, scene.plan.cameos![0]!);
      return staging.kind === 'refused' ? staging.reason : null;
    };
    expect(await refusal(fixtures.astronaut, '@alex walks through the forest')).toBe('@alex was filmed from the waist up: Kinora cannot show them walking or running; import a clip that shows you head to feet.');
    expect(await refusal(fixtures.astronaut, '@alex shoots at the hoop')).toMatch(/cannot show them jumping to shoot/);
    expect(await refusal(fixtures.astronaut, '@alex stands in a park, wide shot')).toMatch(/a wide shot would show them cut off in mid-air/);
    expect(await refusal(fixtures.astronaut, '@alex waves, close-up')).toBeNull();
    for (const prompt of ['@alex walks through the forest', '@alex kicks a ball', '@alex stands in a park, wide shot']) expect(await refusal(fixtures.woman, prompt)).toBeNull();
  }, TIMEOUT_MS);
});
