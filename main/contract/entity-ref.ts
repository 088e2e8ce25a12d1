// A field of a plan that names an entity of the same plan (by its id). The schemas are marks as
// well as rules: plan-refs.ts finds the fields by these very schema objects, so a new action's
// reference is checked the moment it is declared with one of them.
import { z } from 'zod';

export const entityRef = z.string().max(64);
// The shelf whose board a thing stands on: it must name a shelf.
export const shelfRef = z.string().max(64);
// A person (who acts, whose hand it is, who is spoken or waved to), and a ball (what is kicked,
// dribbled or shot): a schedule finding another kind there skips the action.
export const personRef = z.string().max(64);
export const ballRef = z.string().max(64);
// A vessel a liquid stands in, is poured into or runs into (a glass, a mug, a bowl, a sink): a
// liquid given to a plate or a person would be simulated with nothing to hold it.
export const vesselRef = z.string().max(64);
