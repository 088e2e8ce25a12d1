// A conversation: the speaker and the one spoken to stand facing each other a step apart, side on
// to the camera; anyone else stands by behind them, things are set aside.
import { placeAside, placeBystanders, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import type { Entity } from '../../../contract/scene-plan';
import type { CastResult } from '../types';

// Half the distance between two people talking (metres): a conversational space.
const HALF_GAP_M = 0.7;

export function implySpeak(ctx: DraftContext): void {
  if (!ctx.has('person')) ctx.addImplied('person', { kind: 'person', key: 'person' });
}

// Who is spoken to: the person named after "to" or "at" ("says hello to a knight"), else anyone else.
function listenerOf(scene: CastScene, speaker: Entity): Entity | undefined {
  const words = scene.words.words;
  const at = scene.words.verbAt('speak');
  for (let i = Math.max(0, at); i < words.length; i++) {
    if (words[i] !== 'to' && words[i] !== 'at') continue;
    const draft = scene.words.draftNear('person', i + 1);
    const id = draft ? scene.idsByDraft.get(draft)?.[0] : undefined;
    if (id && id !== speaker.id) return scene.people.find((p) => p.id === id);
  }
  return scene.people.find((p) => p !== speaker);
}

export function castSpeak(scene: CastScene): CastResult {
  const speaker = scene.actorFor(scene.words.verbAt('speak'), false);
  if (!speaker) throw new Error('A line was cast without anyone to say it.');
  const listener = listenerOf(scene, speaker);
  speaker.position = v3(listener ? -HALF_GAP_M : 0, 0, 0);
  if (listener) listener.position = v3(HALF_GAP_M, 0, 0);
  placeBystanders(scene.people.filter((p) => p !== speaker && p !== listener), -1.5);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], 3);
  scene.actions.push({ kind: 'speak', actor: speaker.id, ...(listener ? { to: listener.id } : {}), startSec: 0 });
  // Alone, they speak to the camera: seen from the front (a conversation is seen from the side).
  return { focus: speaker.id, defaultSetting: 'park', shot: 'medium', ...(listener ? {} : { angle: 'front' as const }) };
}
