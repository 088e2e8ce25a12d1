// Close-ups at the hoop, measured from the object-ID buffer: a close-up of a shot that misses off
// the backboard shows the board behind the ball as it strikes it (the camera stood level with the
// board's plane, so the board was edge-on or out of the frame); a close-up of a player who says a
// line before shooting is on their face while they say it (it stayed on the ball in their hands),
// then on the ball.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { hoopGeometry } from '../../main/engine/simulate/fixtures';
import { simulate } from '../../main/engine/simulate/simulate';
import { speakLines } from '../../main/engine/speech/speak-lines';
import { objectPixels } from '../helpers/frame-ids';

const W = 192;
const H = 108;
const FAST = { grain: false, antialias: false } as const;

describe('close-ups at the hoop', () => {
  it('a close-up of a shot off the backboard shows the board behind the ball as it strikes it, from in front of it', async () => {
    const plan = parsePrompt('close-up of a basketball shot that misses off the backboard');
    plan.format = { ...plan.format, width: W, height: H };
    const trace = await simulate(plan, 1);
    const r = createFrameRenderer(plan, trace, FAST);
    const ball = plan.entities.find((e) => e.kind === 'ball')!, hoop = plan.entities.find((e) => e.kind === 'hoop')!;
    const strike = trace.events.find((e) => e.kind === 'contact' && [e.a, e.b].includes(ball.id) && [e.a, e.b].includes(hoop.id));
    if (strike?.kind !== 'contact') throw new Error('the ball never met the hoop');
    const f = Math.round(strike.t * plan.format.fps);
    r.renderFrame(f);
    const board = objectPixels(r, 'hoop-structure').box;
    const seen = objectPixels(r, `ball:${ball.id}`).box;
    expect(seen.count).toBeGreaterThan(50);
    // The board is a good part of the frame behind the ball.
    expect(board.count).toBeGreaterThan(0.1 * W * H);
    // The camera stands on the court's side of the board's face.
    const g = hoopGeometry(hoop);
    const face = new THREE.Vector3(...g.board.center);
    const court = new THREE.Vector3(...g.rimCenter).sub(face).setY(0).normalize();
    expect(r.lastFrame().camera.position.clone().sub(face).dot(court)).toBeGreaterThan(0.5);
  });

  it('a close-up of a player who says a line and then shoots is on their face while they say it, then on the ball', async () => {
    const plan = parsePrompt('a player says "watch this" then shoots, close-up');
    plan.format = { ...plan.format, width: W, height: H };
    const line = plan.dialogue[0]!;
    expect(line.endBySec).toBeDefined();
    const r = createFrameRenderer(plan, await simulate(plan, 1, { speech: await speakLines(plan) }), FAST);
    const ball = plan.entities.find((e) => e.kind === 'ball')!;
    const fps = plan.format.fps;
    r.renderFrame(Math.round(((line.atSec + line.endBySec!) / 2) * fps));
    const head = objectPixels(r, 'head').box;
    // The head is a large part of the frame (as in a close-up of a person), whole in it.
    expect(head.maxY - head.minY + 1).toBeGreaterThan(0.25 * H);
    expect(head.minY).toBeGreaterThan(0);
    expect(head.minX).toBeGreaterThan(0);
    expect(head.maxX).toBeLessThan(W - 1);
    // A second after the line the close-up is the ball's again.
    r.renderFrame(Math.round((line.endBySec! + 1) * fps));
    expect(objectPixels(r, `ball:${ball.id}`).box.count).toBeGreaterThan(0.03 * W * H);
  });
});
