// The one table of body builders, by entity kind: SceneWorld asks it, and a kind the contract adds
// without a builder fails to compile here.
import type { Entity } from '../../../contract/world-trace-types';
import type { BodyBuilder } from '../scene-world-types';
import { buildBallOrBox } from './ball-or-box';
import { buildPerson, buildRamp, buildStairs, buildTable, buildWall } from './fixed-bodies';
import { buildHoop } from './hoop-body';
import { buildObject } from './object-body';

export const BODY_BUILDERS: Record<Entity['kind'], BodyBuilder> = {
  ball: buildBallOrBox,
  box: buildBallOrBox,
  object: buildObject,
  person: buildPerson,
  hoop: buildHoop,
  ramp: buildRamp,
  stairs: buildStairs,
  table: buildTable,
  wall: buildWall,
};
