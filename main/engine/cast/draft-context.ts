// What the parser found, before any entity exists: the mentioned things (drafts), the words, and
// where each action's verb sits. Action modules read it to decide whether they are the prompt's
// action (claims) and add what the action implies (a kick needs a kicker).
import type { Action, LiquidKind } from '../../contract/scene-plan';
import { clauseLiquid, type LiquidRole } from '../prompt/clause-liquid';
import type { Draft } from '../prompt/drafts';
import type { NounTarget } from '../prompt/nouns';
import { subjectsOf } from '../prompt/subjects';
import type { EntityKind } from '../prompt/vocabulary';

export type ActionKind = Action['kind'];

// Words that name where something is beside a thing ("next to", "beside", "near", "behind"), not what
// is done to it.
const LANDMARK_WORDS = new Set(['next', 'beside', 'near', 'behind', 'alongside']);

export class DraftContext {
  constructor(
    readonly drafts: Draft[],
    // Lower-case words with camera phrases masked ("close up shot" is not a basketball shot).
    readonly words: readonly string[],
    private readonly verbIndex: ReadonlyMap<ActionKind, number>,
    // How many quoted lines the prompt has (someone says them).
    readonly quotes = 0,
  ) {}

  get text(): string {
    return ` ${this.words.join(' ')} `;
  }

  // Word index of the first phrase naming this action, or -1.
  verbAt(kind: ActionKind): number {
    return this.verbIndex.get(kind) ?? -1;
  }

  // Where every action verb the prompt says stands (word indices): what bounds one action's clause.
  verbIndices(): number[] {
    return [...this.verbIndex.values()];
  }

  // The liquid this action's own clause names (prompt/clause-liquid.ts), or null where none is named.
  liquidOf(kind: ActionKind, role: LiquidRole): LiquidKind | null {
    return clauseLiquid(this.words, this.verbAt(kind), this.verbIndices(), role);
  }

  said(kind: ActionKind): boolean {
    return this.verbAt(kind) >= 0;
  }

  // The things that do this action's verb: its subject and all joined to it by "and".
  subjectsOf(kind: ActionKind): Draft[] {
    return subjectsOf(this.words, this.drafts, this.verbAt(kind));
  }

  has(kind: EntityKind): boolean {
    return this.drafts.some((d) => d.kind === kind);
  }

  draftsOf(kind: EntityKind): Draft[] {
    return this.drafts.filter((d) => d.kind === kind);
  }

  // A thing the action implies but the prompt did not name.
  addImplied(kind: EntityKind, target: NounTarget): Draft {
    const d: Draft = { kind, target, count: 1, arrangement: null, material: null, color: null, scale: 1, mentions: [], implied: true };
    this.drafts.push(d);
    return d;
  }

  // In a basketball scene "the ball" is a basketball unless the prompt says otherwise.
  promotePlainBall(key: 'basketball' | 'soccer'): void {
    const plain = this.drafts.find((d) => d.kind === 'ball');
    if (plain && plain.target.kind === 'ball' && plain.target.key === 'generic' && !plain.material) plain.target = { kind: 'ball', key };
  }

  // True when a preposition is followed (within a few words) by a mention of this kind: "onto the
  // table", "off the table", "into the boxes".
  related(preps: readonly string[], kind: EntityKind): boolean {
    for (let i = 0; i < this.words.length; i++) {
      if (preps.includes(this.words[i] ?? '') && this.draftNear(kind, i + 1)) return true;
    }
    return false;
  }

  // True when every mention of the draft follows a word that makes it a place, not a thing acted on
  // ("a ball is dropped next to a glass", "beside the mug"): the thing stands there as a landmark.
  landmarkOnly(d: Draft): boolean {
    return d.mentions.length > 0 && d.mentions.every((m) => this.words.slice(Math.max(0, m - 3), m).some((w) => LANDMARK_WORDS.has(w)));
  }

  // The draft a word index belongs to (its nearest mention at or after `at`, within a few words).
  draftNear(kind: EntityKind, at: number): Draft | undefined {
    return this.drafts.find((d) => d.kind === kind && d.mentions.some((m) => m >= at && m <= at + 4));
  }
}
