// The kitchen (settings/kitchen): named by the prompt, or by a thing named for it when no other
// place is ("the kitchen table"), the usual place of pours, stirs and taps; drawn with its tiled
// floor, cabinets, worktop and fridge in view, the floor's grout lines really there.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { tableGeometry } from '../../main/engine/simulate/fixtures';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

describe('the kitchen', () => {
  it.each([
    ['a ball bounces in the kitchen', 'kitchen'],
    ['a book slides across the kitchen table', 'kitchen'],
    ['a kitchen chair tips over in the park', 'park'],
    ['she stirs her coffee', 'kitchen'],
    ['water runs from the tap into the glass', 'kitchen'],
    ['a ball bounces in the living room', 'room'],
    ['a glass falls off the table', 'room'],
    ['a ball rolls off the counter', 'kitchen'],
    ['a ball rolls off the counter in the gym', 'gym'],
  ] as const)('"%s" happens in the %s', (prompt, kind) => {
    const plan = parsePrompt(prompt);
    expect(plan.setting.kind).toBe(kind);
    expect(plan.setting.indoor).toBe(kind !== 'park');
    if (kind === 'kitchen') expect(plan.understanding?.where).toMatch(/^kitchen/);
  });

  it('is drawn with its cabinets, worktop and fridge, on a floor of tiles whose grout shows', async () => {
    // A walk across the room: a wide shot of a book pushed across the table, framed on its 44 cm
    // slide, no longer reaches the fridge at the room's side (it did while the book slid 61 cm).
    const plan = parsePrompt('wide shot of a man walking across the kitchen');
    const W = 854, H = 480;
    plan.format = { ...plan.format, width: W, height: H, durationSec: 1 };
    const trace = await simulate(plan, 42);
    const r = createFrameRenderer(plan, trace);
    const px = r.renderFrame(6);
    const { target, draws } = r.lastFrame();
    const seen = new Map<string, number>();
    for (const id of target.id) if (id > 0) seen.set(draws.items[id - 1]!.mesh.name, (seen.get(draws.items[id - 1]!.mesh.name) ?? 0) + 1);
    for (const part of ['kitchen-cabinets', 'kitchen-worktop', 'kitchen-steel', 'floor']) expect(seen.get(part) ?? 0, part).toBeGreaterThan(100);
    const floor = draws.items.find((d) => d.mesh.name === 'floor')!;
    expect(floor.material.pattern?.name).toBe('tile');
    // Grout: floor pixels clearly darker than both neighbours two pixels away, across or down.
    let floorPixels = 0, joints = 0;
    const lum = (i: number): number => px[i * 4]! + px[i * 4 + 1]! + px[i * 4 + 2]!;
    for (let y = Math.floor(H * 0.75); y < H; y++) {
      for (let x = 2; x < W - 2; x++) {
        const i = y * W + x;
        const onFloor = (k: number): boolean => draws.items[target.id[k]! - 1] === floor;
        if (y + 2 >= H || !onFloor(i) || !onFloor(i - 2) || !onFloor(i + 2) || !onFloor(i - 2 * W) || !onFloor(i + 2 * W)) continue;
        floorPixels++;
        const darker = (a: number, b: number): boolean => lum(i) < 0.95 * Math.min(lum(a), lum(b));
        if (darker(i - 2, i + 2) || darker(i - 2 * W, i + 2 * W)) joints++;
      }
    }
    expect(floorPixels).toBeGreaterThan(2000);
    console.info(`grout: ${((100 * joints) / floorPixels).toFixed(1)}% of ${floorPixels} floor pixels`);
    expect(joints / floorPixels).toBeGreaterThan(0.01);
    expect(joints / floorPixels).toBeLessThan(0.3);
  }, 120_000);

  it('a counter is a kitchen island: a stone worktop over cupboards that stand on the floor, solid to what falls against them', async () => {
    const counter = { position: [0, 0.375, 0] as [number, number, number], size: [0.7, 0.375, 0.4], label: 'counter' };
    const g = tableGeometry(counter);
    expect(g.legs).toHaveLength(1);
    const [block] = g.legs;
    expect(block!.center[1] - block!.halfExtents[1]).toBeCloseTo(0, 3);
    expect(block!.center[1] + block!.halfExtents[1]).toBeCloseTo(g.top.center[1] - g.top.halfExtents[1], 3);
    // The worktop overhangs its cupboards a little on every side.
    expect(block!.halfExtents[0]).toBeLessThan(g.top.halfExtents[0]);
    expect(block!.halfExtents[0]).toBeGreaterThan(g.top.halfExtents[0] - 0.1);
    expect(tableGeometry({ ...counter, label: 'table' }).legs).toHaveLength(4);

    // Drawn as simulated: the cupboards fill the block from the floor to under the worktop.
    const plan = parsePrompt('a glass falls off the counter');
    const built = buildScene(plan, await simulate(plan, 42));
    const box = (name: string): THREE.Box3 => new THREE.Box3().setFromObject(built.scene.getObjectByName(name)!);
    const table = plan.entities.find((e) => e.kind === 'table')!;
    const drawnTop = box('counter-worktop'), cupboards = box('counter-cabinets');
    expect(drawnTop.max.y).toBeCloseTo(tableGeometry(table).topY, 3);
    expect(cupboards.min.y).toBeCloseTo(0, 2);
    expect(cupboards.max.y).toBeLessThanOrEqual(drawnTop.min.y + 0.02);
    expect(cupboards.max.y).toBeGreaterThan(drawnTop.min.y - 0.02);
  }, 120_000);
});
