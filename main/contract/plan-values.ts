// The plain values a ScenePlan is made of (materials, vectors, liquids), apart so the plan's
// entities and its actions (plan-actions.ts) can both use them without importing each other.
import { z } from 'zod';

export const MATERIALS = ['rubber', 'leather', 'metal', 'wood', 'glass', 'plastic', 'concrete', 'cloth', 'flesh', 'ceramic', 'ice'] as const;
export const materialSchema = z.enum(MATERIALS);
export type Material = z.infer<typeof materialSchema>;

export const vec3Schema = z.tuple([z.number(), z.number(), z.number()]);
export type Vec3 = z.infer<typeof vec3Schema>;

// The object forms that hold a liquid (their modules in engine/objects/ say `holds`; a test keeps the
// two the same, as the contract cannot import the engine).
export const VESSEL_FORMS: readonly string[] = ['glass', 'bottle', 'bowl', 'mixing-bowl', 'mug', 'jug', 'cup', 'sink', 'pot', 'kettle'];

// Liquids, each a kind from the liquid catalog (engine/liquids/): its density, viscosity and colour.
export const LIQUIDS = ['water', 'milk', 'juice', 'coffee', 'tea', 'oil', 'honey', 'soup'] as const;
export const liquidKindSchema = z.enum(LIQUIDS);
export type LiquidKind = z.infer<typeof liquidKindSchema>;
// A liquid's pressure solve: position-based fluids, divergence-free SPH or FLIP (engine/liquids/method.ts).
export const LIQUID_METHODS = ['pbf', 'dfsph', 'flip'] as const;
export type LiquidMethod = (typeof LIQUID_METHODS)[number];
