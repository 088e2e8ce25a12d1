// Whom an action is for, by the words: a person named after "to" close behind its verb ("throws the
// ball to a woman", "passes it to her friend"), never the one doing it.
import type { Entity } from '../../../contract/scene-plan';
import type { CastScene } from '../../cast/cast-scene';

// How many words after the verb "to" may stand and still belong to it.
const TO_WITHIN_WORDS = 5;

export function personNamedAfterTo(scene: CastScene, actor: Entity, verbAt: number): Entity | undefined {
  const words = scene.words.words;
  for (let i = verbAt + 1; i < Math.min(words.length, verbAt + 1 + TO_WITHIN_WORDS); i++) {
    if (words[i] !== 'to') continue;
    const draft = scene.words.draftNear('person', i + 1);
    const id = draft ? scene.idsByDraft.get(draft)?.[0] : undefined;
    const person = id && id !== actor.id ? scene.people.find((p) => p.id === id) : undefined;
    if (person) return person;
  }
  return undefined;
}
