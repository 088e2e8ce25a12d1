// What a scheduled shot is: the action, the ball, hoop and shooter, the held ball's control (its
// launch is chosen by the shot search), and where the ball leaves the hands.
import type { Action } from '../../../contract/scene-plan';
import type { ActorTrack, Entity, Vec3 } from '../../../contract/world-trace-types';
import type { BallControl } from '../../simulate/schedule-types';

export type ShootAction = Extract<Action, { kind: 'shoot' }>;

export interface ShotSetup {
  action: ShootAction;
  ball: Entity;
  hoop: Entity;
  shooter: Entity;
  track: ActorTrack;
  control: BallControl;
  releasePosition: Vec3;
}
