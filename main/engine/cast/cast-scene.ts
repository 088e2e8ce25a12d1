// The scene an action casts into: the built entities by kind, the drafts they came from, the
// prompt's numbers (duration, distance, speed), and the actions being written.
import type { Action, Entity, LiquidFill, Setting } from '../../contract/scene-plan';
import type { Draft } from '../prompt/drafts';
import { BALLS, PEOPLE, type EntityKind } from '../prompt/vocabulary';
import { round } from './arrange';
import type { DraftContext } from './draft-context';
import type { Built } from './make-entities';

export interface CastNumbers {
  durationSec: number;
  // "from 2 metres": a drop height or shot distance.
  distanceM: number | null;
  // How hard things are thrown or rolled ("gently" 0.6, "hard" 1.5).
  speedFactor: number;
  // How many times the prompt asks for its action ("twice": 2; "again and again": MAX_REPEATS);
  // absent or 1: once. An action that can repeat does it as many times as its clip holds.
  times?: number;
}

export class CastScene {
  readonly actions: Action[] = [];
  // A liquid at rest in a vessel the prompt names, when no action brings one (prompt/still-liquid.ts).
  stillLiquid?: LiquidFill;
  readonly entities: Entity[];
  readonly idsByDraft: Map<Draft, string[]>;

  constructor(
    readonly words: DraftContext,
    private readonly built: Built,
    readonly numbers: CastNumbers,
  ) {
    this.entities = built.entities;
    this.idsByDraft = built.idsByDraft;
  }

  of(kind: EntityKind): Entity[] {
    return this.entities.filter((e) => e.kind === kind);
  }

  // Where the prompt names this entity (word indices).
  mentionsOf(e: Entity): number[] {
    for (const [draft, ids] of this.idsByDraft) if (ids.includes(e.id)) return [...draft.mentions];
    return [];
  }

  // Whether the prompt piles these things up ("a stack of books", "a pile of plates").
  stacked(e: Entity): boolean {
    for (const [draft, ids] of this.idsByDraft) if (ids.includes(e.id)) return draft.arrangement === 'stack' || draft.arrangement === 'pile';
    return false;
  }

  get people(): Entity[] {
    return this.of('person');
  }

  get balls(): Entity[] {
    return this.of('ball');
  }

  get boxes(): Entity[] {
    return this.of('box');
  }

  get durationSec(): number {
    return this.numbers.durationSec;
  }

  get times(): number {
    return this.numbers.times ?? 1;
  }

  get speed(): number {
    return this.numbers.speedFactor;
  }

  // An action start time that leaves at least half a second of clip after it.
  startAt(s: number): number {
    return round(Math.max(0, Math.min(s, this.durationSec - 0.5)));
  }

  // Who acts: a basketball player if one is wanted and named; otherwise whoever is named last
  // before the verb ("a woman watches a man shoot" -> the man), else the first person.
  actorFor(verbAt: number, preferBaller: boolean): Entity | undefined {
    const personDrafts = this.built.drafts.filter((d) => d.kind === 'person');
    const baller = preferBaller ? personDrafts.find((d) => d.target.kind === 'person' && PEOPLE[d.target.key]?.baller) : undefined;
    const lastBefore = (d: Draft): number => Math.max(...d.mentions.filter((m) => m < verbAt));
    const before = personDrafts.filter((d) => d.mentions.some((m) => m < verbAt)).sort((a, b) => lastBefore(b) - lastBefore(a))[0];
    const draft = baller ?? (verbAt >= 0 ? before : undefined);
    const id = draft ? this.idsByDraft.get(draft)?.[0] : undefined;
    return this.people.find((p) => p.id === id) ?? this.people[0];
  }

  // Where such a ball is usually played with, when the prompt names no place.
  homeOf(ball: Entity | undefined, fallback: Setting['kind']): Setting['kind'] {
    const spec = Object.values(BALLS).find((s) => s.label === ball?.label);
    return spec && 'home' in spec ? spec.home : fallback;
  }
}
