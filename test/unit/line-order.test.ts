// A spoken line in the order the prompt says it: "says ... then shoots" puts the line first and the
// shot after it; "shoots, then says ..." the other way round; no order word keeps a line after a
// shot. Read from the plan (no synthesizer), then placed by real lengths (speech/turns.ts).
import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { lineOrder } from '../../main/engine/prompt/line-order';
import { extractQuotes } from '../../main/engine/prompt/text';
import { walkSteps } from '../../main/engine/actions/walk/schedule';
import { placeTurns, TURN_GAP_SEC } from '../../main/engine/speech/turns';

const orderOf = (prompt: string): (string | null)[] => extractQuotes(prompt).quotes.map(lineOrder);

describe('the order words around a quoted line', () => {
  it('reads "then" and "before" after a line as the line first, "then says" and "after" as the line after', () => {
    expect(orderOf('a basketball player says "watch this" then shoots at the hoop')).toEqual(['before-action']);
    expect(orderOf('a man says "here goes", and then kicks the ball')).toEqual(['before-action']);
    expect(orderOf('a girl says "look" to her friend before she throws the ball')).toEqual(['before-action']);
    expect(orderOf('before shooting, the player says "watch this"')).toEqual(['before-action']);
    expect(orderOf('a basketball player shoots at the hoop and misses off the backboard, then says "watch this"')).toEqual(['after-action']);
    expect(orderOf('a man kicks the ball and afterwards he says "ouch"')).toEqual(['after-action']);
    expect(orderOf('the coach says "well done" after the ball goes in')).toEqual(['after-action']);
    expect(orderOf('after the shot, the coach shouts "yes"')).toEqual(['after-action']);
  });

  it('leaves lines with no order word, and lines that only follow other lines, as they were', () => {
    expect(orderOf('a basketball player says "watch this" and shoots at the hoop')).toEqual([null]);
    expect(orderOf('a woman says "hello there" to a knight')).toEqual([null]);
    expect(orderOf('a man says "hi" then says "bye"')).toEqual([null, null]);
    expect(orderOf('a coach says "ready" then the coach shouts "go"')).toEqual([null, null]);
  });
});

describe('lines timed against the action', () => {
  it('a line said first: the shot waits for it, and the line is meant to end before the shot starts', () => {
    const plan = parsePrompt('a basketball player says "watch this" then shoots at the hoop and misses off the backboard, 8 seconds, close-up');
    const shot = plan.actions.find((a) => a.kind === 'shoot');
    const [line] = plan.dialogue;
    expect(shot && line).toBeTruthy();
    expect(line!.actor).toBe(shot!.kind === 'shoot' ? shot!.actor : '');
    expect(line!.atSec).toBeLessThan(0.5);
    expect(line!.endBySec).toBeDefined();
    expect(line!.endBySec!).toBeLessThanOrEqual(shot!.startSec - TURN_GAP_SEC + 1e-9);
    // Room for the slowest voice to say two words (1.1 s) before the shot, and not seconds of
    // standing still more.
    expect(line!.endBySec!).toBeGreaterThan(1.2);
    expect(line!.endBySec!).toBeLessThan(2);
  });

  it('a line said after, or with no order word: after the shot lands, the shot at its usual time', () => {
    for (const prompt of ['a basketball player shoots at the hoop and misses off the backboard, then says "watch this", 8 seconds', 'a basketball player says "watch this" and shoots at the hoop, 8 seconds']) {
      const plan = parsePrompt(prompt);
      const shot = plan.actions.find((a) => a.kind === 'shoot')!;
      expect(shot.startSec).toBe(0.5);
      expect(plan.dialogue[0]!.endBySec).toBeUndefined();
      expect(plan.dialogue[0]!.atSec).toBeGreaterThan(shot.startSec + 2);
    }
  });

  it('a line said after a run waits for the runner to stop; with no order word it is said at once', () => {
    const plan = parsePrompt('a woman runs to the tree, then shouts "made it", 8 seconds');
    const run = plan.actions.find((a) => a.kind === 'walk');
    if (run?.kind !== 'walk') throw new Error('a run expected');
    const lastStep = walkSteps(run, plan.entities.find((e) => e.id === run.actor)!).beats.at(-1)!;
    expect(lastStep).toBeGreaterThan(run.startSec + 2);
    expect(plan.dialogue[0]!.atSec).toBeGreaterThanOrEqual(lastStep - 1e-3);
    expect(parsePrompt('a woman runs to the tree and shouts "made it", 8 seconds').dialogue[0]!.atSec).toBeLessThan(1);
  });

  it('a line said after a walk longer than the clip is said before the clip ends, not cut off', () => {
    const plan = parsePrompt('a man walks across the street and then says "finally", 5 seconds');
    expect(plan.dialogue[0]!.atSec).toBeGreaterThan(3);
    expect(plan.dialogue[0]!.atSec).toBeLessThan(5 - 0.6);
  });

  it('names the player who says it, as cast ("basketball player" says it when the prompt says "player")', () => {
    const plan = parsePrompt('a basketball player says "watch this" then shoots at the hoop');
    const player = plan.entities.find((e) => e.kind === 'person')!;
    expect(plan.dialogue[0]).toMatchObject({ actor: player.id, speaker: 'basketball player' });
  });
});

describe('placing a line that must end by a time', () => {
  it('ends it then however long it is, and never before the clip starts or over the line before it', () => {
    const lines = [{ atSec: 0.3, endBySec: 1.9, speaker: 'player', actor: 'p' }];
    expect(placeTurns(lines, [0.7], 8)[0]!.startSec).toBeCloseTo(1.2, 6);
    expect(placeTurns(lines, [1.5], 8)[0]!.startSec).toBeCloseTo(0.4, 6);
    expect(placeTurns(lines, [2.5], 8)[0]!.startSec).toBe(0);
    const two = [{ atSec: 0.3, speaker: 'coach', actor: 'c' }, { atSec: 1.2, endBySec: 1.9, speaker: 'player', actor: 'p' }];
    const [first, second] = placeTurns(two, [1.4, 0.7], 8);
    expect(second!.startSec).toBeCloseTo(first!.startSec + 1.4 + TURN_GAP_SEC, 6);
  });

  it('says lines that share a deadline in turn, the last ending at it', () => {
    const lines = [{ atSec: 0.3, endBySec: 3.95, speaker: 'coach', actor: 'c' }, { atSec: 1.35, endBySec: 3.95, speaker: 'player', actor: 'p' }];
    const [first, second] = placeTurns(lines, [0.6, 0.5], 8);
    expect(second!.startSec + 0.5).toBeCloseTo(3.95, 6);
    expect(first!.startSec + 0.6 + TURN_GAP_SEC).toBeCloseTo(second!.startSec, 6);
  });
});

describe('several lines said first', () => {
  it('"says one, then says two, then kicks": both lines come before the kick, the kick waits for them', () => {
    const plan = parsePrompt('a man says "one" and then says "two" then kicks the ball');
    const kick = plan.actions.find((a) => a.kind === 'kick')!;
    expect(plan.dialogue).toHaveLength(2);
    for (const line of plan.dialogue) expect(line.endBySec).toBeCloseTo(kick.startSec - TURN_GAP_SEC, 6);
    // The clip is made long enough for the kick after them.
    expect(plan.format.durationSec - kick.startSec).toBeGreaterThanOrEqual(2.5);
  });

  it('"says ... then shoots and says ...": the first line before the shot, the second after it lands', () => {
    const plan = parsePrompt('a basketball player says "watch this" then shoots and says "yes"');
    const shot = plan.actions.find((a) => a.kind === 'shoot')!;
    expect(plan.dialogue[0]!.endBySec).toBeLessThanOrEqual(shot.startSec);
    expect(plan.dialogue[1]!.endBySec).toBeUndefined();
    expect(plan.dialogue[1]!.atSec).toBeGreaterThan(shot.startSec + 2);
  });
});
