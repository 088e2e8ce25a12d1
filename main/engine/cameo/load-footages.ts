// The footage of every cameo a plan uses, by cameo id, loaded once per take (the picture and the
// sound share it). A plan naming a cameo whose files were not handed over is refused, never drawn
// with someone else in their place.
import type { ScenePlan } from '../../contract/scene-plan';
import type { CameoFootage, CameoSource } from './footage';
import { loadCameoFootage } from './load-footage';

export async function loadCameoFootages(plan: ScenePlan, sources: readonly CameoSource[], options: { ffmpegPath: string; signal?: AbortSignal }): Promise<Map<string, CameoFootage>> {
  const out = new Map<string, CameoFootage>();
  for (const use of plan.cameos ?? []) {
    if (out.has(use.id)) continue;
    const source = sources.find((s) => s.id === use.id);
    if (!source) throw new Error(`The footage of the cameo "${use.name}" was not handed to the generator.`);
    out.set(use.id, await loadCameoFootage(source, { ...options, clipSec: plan.format.durationSec }));
  }
  return out;
}
