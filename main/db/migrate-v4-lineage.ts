// v4: every take records how it came from its parent (takes.change_json: an original, a
// regeneration, a range, a remix, an extension, an import), for the lineage tree. Takes made before
// are originals or regenerations, told apart by whether they have a parent, and a regeneration by
// whether its prompt was edited.
import type { Db } from './types';

interface OldTake {
  id: string;
  prompt: string;
  seed: number;
  parent_take_id: string | null;
}

export function migrateV4Lineage(db: Db): void {
  db.exec('ALTER TABLE takes ADD COLUMN change_json TEXT');
  const takes = db.prepare('SELECT id, prompt, seed, parent_take_id FROM takes').all() as OldTake[];
  const byId = new Map(takes.map((t) => [t.id, t]));
  const set = db.prepare('UPDATE takes SET change_json = ? WHERE id = ?');
  for (const take of takes) {
    const parent = take.parent_take_id ? byId.get(take.parent_take_id) : undefined;
    const change = !take.parent_take_id
      ? { kind: 'original', summary: 'Generated from the prompt' }
      : { kind: 'regenerate', summary: parent && parent.prompt !== take.prompt ? 'Regenerated from an edited prompt' : `Regenerated with seed ${take.seed}` };
    set.run(JSON.stringify(change), take.id);
  }
}
