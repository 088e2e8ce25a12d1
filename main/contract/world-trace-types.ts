// Type-only re-exports so engine code can name trace shapes without pulling zod into hot loops.
export type { ActorTrack, TraceBody, TraceEvent, WorldTrace, BodyShape, LiquidTrace } from './world-trace';
export type { Vec3, ScenePlan, Entity, Material } from './scene-plan';
