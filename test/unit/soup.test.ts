// Soup: a liquid between water and honey, in a bowl or a cooking pot of real size. Stirred in a pot
// through the real pipeline it turns with the spoon and, thicker than water, stops sooner once the
// spoon is out. Ladling is not a pour: it is named as what Kinora cannot show.
import { describe, expect, it } from 'vitest';
import { liquidFacts } from '../../main/engine/liquids/catalog';
import { objectModule } from '../../main/engine/objects';
import { ContainerShape } from '../../main/engine/liquids/container';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { traceSwirl } from '../../main/engine/liquids/trace-swirl';
import { LIFT_SEC } from '../../main/engine/actions/stir/path';

const PARTICLES = 1500;

// The mean swirl (rad/s about the pot's axis) while the spoon stirs, and a second after it is lifted out.
async function stirred(prompt: string): Promise<{ late: number; later: number; before: number }> {
  const plan = readPrompt(prompt, { durationSec: 6, width: 320, height: 180 }).plan!;
  const stir = plan.actions.find((a) => a.kind === 'stir');
  if (stir?.kind !== 'stir') throw new Error(`no stir in "${prompt}"`);
  stir.in.particles = PARTICLES;
  const pot = plan.entities.find((e) => e.id === stir.in.in)!;
  expect(pot.form).toBe('pot');
  const trace = await simulate(plan, 1);
  const fps = plan.format.fps;
  const mean = (from: number, to: number): number => {
    const fs = Array.from({ length: Math.round((to - from) * fps) }, (_, k) => Math.round(from * fps) + k).filter((f) => f >= 1);
    return fs.reduce((s, f) => s + traceSwirl(trace.liquid!, pot.position, f, fps), 0) / fs.length;
  };
  const end = stir.startSec + stir.stirSec;
  return { before: mean(0.1, stir.startSec), late: mean(end - 0.5, end), later: mean(end + LIFT_SEC + 1, end + LIFT_SEC + 1.5) };
}

describe('soup', () => {
  it('is thicker and denser than water, thinner than honey, and opaque', () => {
    const soup = liquidFacts('soup'), water = liquidFacts('water'), honey = liquidFacts('honey');
    expect(soup.viscosity).toBeGreaterThan(water.viscosity);
    expect(soup.viscosity).toBeLessThan(honey.viscosity);
    expect(soup.densityKgM3).toBeGreaterThan(water.densityKgM3);
    expect(soup.opacity).toBeGreaterThan(0.5);
  });

  it('stands in a bowl, or a pot of a real 3-litre size, and is shown', () => {
    const bowl = readPrompt('a bowl of soup on the table');
    expect(bowl.plan?.stillLiquid).toMatchObject({ liquid: 'soup', fill: 0.6 });
    expect(bowl.understanding?.words?.find((w) => w.word === 'soup')?.depicted).toBe(true);
    const pot = readPrompt('a pot of soup on the kitchen table').plan!;
    expect(pot.entities.find((e) => e.id === pot.stillLiquid?.in)?.form).toBe('pot');
    const litres = new ContainerShape(objectModule('pot')).volumeBelow(new ContainerShape(objectModule('pot')).heightM) * 1000;
    expect(litres).toBeGreaterThan(2.5);
    expect(litres).toBeLessThan(4);
    // Her soup with no vessel named is in a bowl, not a mug.
    const her = readPrompt('she stirs her soup').plan!;
    const stir = her.actions.find((a) => a.kind === 'stir');
    expect(stir?.kind === 'stir' && her.entities.find((e) => e.id === stir.in.in)?.form).toBe('bowl');
  });

  it('refuses a ladle\'s serving, naming it, rather than showing a still bowl', () => {
    const r = readPrompt('a woman ladles soup into a bowl');
    expect(r.plan).toBeNull();
    expect(r.refusal).toMatch(/cannot show "ladles"/);
  });

  it('turns in the pot as the spoon stirs, and stops sooner than water once it is out', async () => {
    const soup = await stirred('a man stirs a pot of soup');
    const water = await stirred('a man stirs a pot of water');
    for (const s of [soup, water]) {
      expect(Math.abs(s.before)).toBeLessThan(0.1);
      expect(s.late).toBeGreaterThan(0.5);
    }
    // Measured (1500 particles, seed 1), the spoon going round the pot's middle (stir/path.ts): soup
    // 5.5 rad/s stirred and 1.2 a second after it is out (22%); water 6.8 and 4.7 (70%). (Stirred in
    // a small circle by the wall, soup turned at 1.0 and stopped within a quarter second.)
    expect(soup.later / soup.late).toBeLessThan(0.5 * (water.later / water.late));
  }, 240_000);
});
