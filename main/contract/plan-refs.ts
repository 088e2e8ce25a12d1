// Every action field declared as an entity reference (entity-ref.ts) must name an entity of the
// plan, and a shelf reference a shelf: an action naming no one would otherwise be scheduled as
// nothing at all (each action looks its things up and quietly skips what it cannot find), so a
// hand-edited or hostile plan would make a still scene instead of saying what is wrong.
import { z } from 'zod';
import { actionSchema, liquidFillSchema, type Action, type LiquidFill } from './plan-actions';
import { ballRef, entityRef, personRef, shelfRef, vesselRef } from './entity-ref';
import { VESSEL_FORMS } from './plan-values';

interface Named { readonly id: string; readonly kind: string; readonly form?: string | undefined }
export interface DanglingRef { readonly path: (string | number)[]; readonly message: string }

// What each kind of reference asks of the entity it names.
const REF_RULES = new Map<z.ZodType, { readonly fits: (e: Named) => boolean; readonly what: string }>([
  [entityRef, { fits: () => true, what: 'a thing or person in the scene' }],
  [shelfRef, { fits: (e) => e.form === 'shelf', what: 'a shelf in the scene' }],
  [personRef, { fits: (e) => e.kind === 'person', what: 'a person in the scene' }],
  [ballRef, { fits: (e) => e.kind === 'ball', what: 'a ball in the scene' }],
  [vesselRef, { fits: (e) => e.kind === 'object' && e.form !== undefined && VESSEL_FORMS.includes(e.form), what: 'a vessel in the scene that holds a liquid (a glass, a mug, a bowl, a jug, a sink)' }],
]);

function optionOf(kind: Action['kind']): z.ZodObject | undefined {
  return actionSchema.options.find((o) => o.shape.kind.value === kind);
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

// The references inside one value of `schema`: [path, id, rule] for each id the value holds.
type RefFound = [(string | number)[], string, { fits: (e: Named) => boolean; what: string }];

function* refsIn(schema: z.ZodType, value: unknown, path: (string | number)[]): Generator<RefFound> {
  const s = unwrap(schema);
  const rule = REF_RULES.get(s);
  if (rule && typeof value === 'string') yield [path, value, rule];
  else if (s instanceof z.ZodArray && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* refsIn(s.element as z.ZodType, value[i], [...path, i]);
  } else if (s instanceof z.ZodObject && value !== null && typeof value === 'object') {
    for (const [key, field] of Object.entries(s.shape)) yield* refsIn(field as z.ZodType, (value as Record<string, unknown>)[key], [...path, key]);
  }
}

// The references of a plan's actions, and of its still liquid, that name no fitting entity.
export function danglingRefs(entities: readonly Named[], actions: readonly Action[], stillLiquid?: LiquidFill): DanglingRef[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const found: DanglingRef[] = [];
  const check = (refs: Iterable<RefFound>, owner: string): void => {
    for (const [path, id, rule] of refs) {
      const entity = byId.get(id);
      if (!entity || !rule.fits(entity)) found.push({ path, message: `The ${owner} names "${id}", which is not ${rule.what}.` });
    }
  };
  actions.forEach((action, i) => {
    const option = optionOf(action.kind);
    if (option) check(refsIn(option, action, ['actions', i]), `${action.kind} action`);
  });
  if (stillLiquid) check(refsIn(liquidFillSchema, stillLiquid, ['stillLiquid']), 'still liquid');
  return found;
}
