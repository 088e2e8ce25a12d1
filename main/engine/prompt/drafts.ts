// Works out which mentions (entities.ts) are the same thing and which are new ones: "a basketball
// player ... the ball" is one basketball; "the rim" is part of the hoop; "she" is the woman.
import { DEFAULT_CAMEO_HEIGHT_M } from '../../contract/cameo';
import type { Material, PersonLookWords } from '../../contract/scene-plan';
import { objectModule } from '../objects';
import { sameCameo } from './cameo-mentions';
import type { Mention } from './entities';
import type { NounTarget } from './nouns';
import type { NamedSex } from './sex-and-role';
import { PEOPLE, type EntityKind } from './vocabulary';

// One thing (or group of identical things) the scene will contain.
export interface Draft {
  kind: EntityKind;
  target: NounTarget;
  count: number;
  arrangement: Mention['arrangement'];
  material: Material | null;
  color: number | null;
  scale: number;
  // Word indices of every mention that refers to it (where it sits in the sentence matters for
  // "onto the table", "down the ramp", "at the hoop").
  mentions: number[];
  // Added because something else implies it ("a basketball player" has a basketball).
  implied: boolean;
  // A person played by a cameo: its name and real height.
  cameo?: { name: string; heightM: number };
  // A person's looks as the prompt describes them.
  look?: PersonLookWords;
  // The sex the prompt gave a role that leaves it open ("a woman astronaut").
  sex?: NamedSex;
}

const MAX_COUNT: Record<EntityKind, number> = { ball: 10, box: 15, person: 5, hoop: 1, ramp: 1, table: 1, stairs: 1, object: 6, wall: 1 };
const PLURAL_DEFAULT: Record<EntityKind, number> = { ball: 3, box: 3, person: 2, hoop: 1, ramp: 1, table: 1, stairs: 1, object: 3, wall: 1 };

function countOf(m: Mention): number {
  const kind = m.target.kind;
  const form = m.target.kind === 'object' ? objectModule(m.target.form) : null;
  let count = m.count ?? (m.plural ? (form?.pluralCount ?? PLURAL_DEFAULT[kind]) : 1);
  // "a stack of boxes" with no number is a six-box pyramid.
  if (m.count === null && m.arrangement === 'stack' && kind === 'box') count = 6;
  if (m.count === null && m.arrangement === 'pile' && kind === 'ball') count = 5;
  // "a stack of books", "a pile of plates": as many as one scene holds.
  if (m.count === null && m.arrangement !== null && m.arrangement !== 'row' && kind === 'object') count = form?.maxCount ?? MAX_COUNT.object;
  // "one of the balls", "two boxes": clamp to what one scene can hold.
  return Math.min(Math.max(count, 1), form?.maxCount ?? MAX_COUNT[kind]);
}

function personGender(target: NounTarget, sex?: NamedSex): 'male' | 'female' | 'any' {
  return sex?.gender ?? (target.kind === 'person' ? (PEOPLE[target.key]?.gender ?? 'any') : 'any');
}

// A new draft for a mention, and a later mention of the same thing folded into its draft.
const fresh = (m: Mention): Draft => ({
  kind: m.target.kind,
  target: m.target,
  count: countOf(m),
  arrangement: m.arrangement,
  material: m.material,
  color: m.color,
  scale: m.scale,
  mentions: [m.index],
  implied: false,
  ...(m.cameo !== undefined ? { cameo: { name: m.cameo, heightM: DEFAULT_CAMEO_HEIGHT_M } } : {}),
  ...(m.look ? { look: m.look } : {}),
  ...(m.sex ? { sex: m.sex } : {}),
});
const merge = (d: Draft, m: Mention): void => {
  d.mentions.push(m.index);
  d.material ??= m.material;
  d.color ??= m.color;
  if (d.scale === 1) d.scale = m.scale;
  if (m.look) d.look = { ...d.look, ...m.look };
  // "a hoop ... the basketball hoop": a whole-hoop noun names it better than a part does.
  if (d.target.kind === 'hoop' && d.target.part && m.target.kind === 'hoop' && !m.target.part) d.target = m.target;
};

// The earlier draft a mention refers back to, if any (drafts newest last).
type ReferBack = (drafts: readonly Draft[], m: Mention) => Draft | undefined;

const latest = (drafts: readonly Draft[], is: (d: Draft) => boolean): Draft | undefined => [...drafts].reverse().find(is);

// v1 scenes hold one hoop, one ramp, one table and one flight of stairs: every mention is that one.
const theOnly: ReferBack = (drafts, m) => latest(drafts, (d) => d.kind === m.target.kind);

const person: ReferBack = (drafts, m) => {
  const t = m.target;
  const people = drafts.filter((d) => d.kind === 'person');
  // "@alex ... @alex" is one person; two different names are two.
  if (m.cameo !== undefined) return people.find((d) => d.cameo && sameCameo(d.cameo.name, m.cameo ?? ''));
  if (m.pronoun) {
    const g = personGender(t);
    return latest(people, (d) => personGender(d.target, d.sex) === g) ?? latest(people, (d) => personGender(d.target, d.sex) === 'any');
  }
  // "the man and the woman": two people, whatever their nouns.
  if (!m.definite || m.joined) return undefined;
  const same = latest(people, (d) => d.target.kind === 'person' && t.kind === 'person' && d.target.key === t.key);
  // "a boy ... his mother": someone else than the one whose she is.
  if (m.possessed) return same;
  // "a basketball player ... the shooter" is the one person named again; "a man ... the woman" is not.
  const only = people.length === 1 ? people[0] : undefined;
  const g = personGender(t, m.sex);
  const og = only ? personGender(only.target, only.sex) : 'any';
  return same ?? (only && (g === 'any' || og === 'any' || og === g) ? only : undefined);
};

// "the ball" is the last ball of any kind; "the basketball" is the basketball.
const ball: ReferBack = (drafts, m) => {
  const t = m.target;
  if (!m.definite || t.kind !== 'ball') return undefined;
  return latest(drafts, (d) => d.kind === 'ball' && (t.key === 'generic' || (d.target.kind === 'ball' && d.target.key === t.key)));
};

// "the glass" is the glass already mentioned; "a glass" is another one.
const object: ReferBack = (drafts, m) => {
  const t = m.target;
  return m.definite && t.kind === 'object' ? latest(drafts, (d) => d.target.kind === 'object' && d.target.form === t.form) : undefined;
};

// "the boxes" / "the crate" are the group already mentioned.
const box: ReferBack = (drafts, m) => (m.definite ? latest(drafts, (d) => d.kind === 'box') : undefined);

const REFERS_BACK: Record<EntityKind, ReferBack> = { hoop: theOnly, ramp: theOnly, table: theOnly, stairs: theOnly, wall: theOnly, person, ball, object, box };

// "Two balls... the other one": one of the group named before; after one thing ("a domino... the
// next one") it is one more of its kind.
const groupOf: ReferBack = (drafts, m) => latest(drafts, (d) => d.count >= 2 && JSON.stringify(d.target) === JSON.stringify(m.target));

// Decide which mentions are new things and which refer back to something already mentioned.
export function resolveMentions(mentions: readonly Mention[]): Draft[] {
  const drafts: Draft[] = [];
  for (const m of mentions) {
    const earlier = m.another ? groupOf(drafts, m) : REFERS_BACK[m.target.kind](drafts, m);
    if (earlier) merge(earlier, m);
    // Someone named only as a thing's owner ("his mother's vase") is not brought into the scene.
    else if (!m.owner) drafts.push(fresh(m));
  }
  return drafts;
}
