// The Remix panel's form as data: what changed between the take's fields and the edited ones, and
// whether that keeps the motion (main decides; this is the hint the panel shows before asking).
import type { RemixChanges, RemixFields } from '../../../../main/contract/remix';

export function changesOf(before: RemixFields, after: RemixFields): RemixChanges {
  const changes: RemixChanges = {};
  if (after.prompt.trim() !== before.prompt.trim() && after.prompt.trim()) changes.prompt = after.prompt.trim();
  if (after.setting !== before.setting) changes.setting = after.setting;
  if (after.timeOfDay !== before.timeOfDay) changes.timeOfDay = after.timeOfDay;
  const camera = (['shot', 'angle', 'motion'] as const).filter((k) => after.camera[k] !== before.camera[k]);
  if (camera.length) changes.camera = Object.fromEntries(camera.map((k) => [k, after.camera[k]]));
  if (after.lighting.mood !== before.lighting.mood || after.lighting.intensity !== before.lighting.intensity) changes.lighting = after.lighting;
  const things = after.things.flatMap((t) => {
    const was = before.things.find((b) => b.id === t.id);
    if (!was) return [];
    const change = {
      id: t.id,
      ...(t.color !== was.color ? { color: t.color } : {}),
      ...(t.material !== was.material ? { material: t.material } : {}),
      ...(t.ball && t.ball !== was.ball ? { ball: t.ball } : {}),
    };
    return Object.keys(change).length > 1 ? [change] : [];
  });
  if (things.length) changes.things = things;
  if (after.sound.level !== before.sound.level || after.sound.ambience !== before.sound.ambience) changes.sound = after.sound;
  if (after.durationSec !== before.durationSec) changes.durationSec = after.durationSec;
  return changes;
}

// Changes that move things differently: new words, another ground, another material or ball, another length.
export function changesMotion(changes: RemixChanges): boolean {
  return !!(changes.prompt || changes.setting || changes.durationSec !== undefined || changes.things?.some((t) => t.material || t.ball));
}

export const hex = (color: number): string => `#${color.toString(16).padStart(6, '0')}`;
export const fromHex = (value: string): number => parseInt(value.replace('#', ''), 16) || 0;
