// A shot needs a shooter, a ball and a hoop: the shooter stands at the chosen range from a
// regulation hoop with the ball in both hands; bystanders watch from behind.
import type { Vec3 } from '../../../contract/scene-plan';
import { heldBallCentre } from '../../body/hold';
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import { PEOPLE } from '../../prompt/vocabulary';
import { RIM_HEIGHT } from '../../simulate/fixtures';
import type { CastResult } from '../types';
import { shootPose, SHOOT_RELEASE_AFTER_START } from './pose';
import { shotIntent, shotRange, wantsBoard } from './words';

const RANGE_M = { three: 6.75, free: 4.19, close: 2.4 } as const;
const DEFAULT_RANGE_M = 4.2;

function hasBaller(ctx: DraftContext): boolean {
  return ctx.drafts.some((d) => d.target.kind === 'person' && PEOPLE[d.target.key]?.baller);
}

export function claimsShot(ctx: DraftContext): boolean {
  const basketballNamed = ctx.drafts.some((d) => d.target.kind === 'ball' && d.target.key === 'basketball');
  const intent = shotIntent(ctx.words);
  return (
    (ctx.has('hoop') && (ctx.has('ball') || ctx.has('person') || ctx.said('shoot'))) ||
    (ctx.said('shoot') && (ctx.has('person') || basketballNamed || hasBaller(ctx))) ||
    // An outcome phrase about a ball ("the ball does not go in") implies a basket too.
    (intent !== 'any' && (ctx.has('ball') || ctx.drafts.length === 0))
  );
}

export function implyShot(ctx: DraftContext): void {
  ctx.promotePlainBall('basketball');
  if (!ctx.has('person')) ctx.addImplied('person', { kind: 'person', key: 'baller' });
  if (!ctx.has('ball')) ctx.addImplied('ball', { kind: 'ball', key: 'basketball' });
  if (!ctx.has('hoop')) ctx.addImplied('hoop', { kind: 'hoop', part: false });
}

export function castShot(scene: CastScene): CastResult {
  const [hoop] = scene.of('hoop');
  const shooter = scene.actorFor(scene.words.verbAt('shoot'), true);
  const [ball] = scene.balls;
  if (!hoop || !shooter || !ball) throw new Error('A shot was cast without its shooter, ball and hoop.');
  const words = scene.words.words;
  const range = shotRange(words);
  const distance = scene.numbers.distanceM !== null ? Math.min(Math.max(scene.numbers.distanceM, 1.5), 9) : range ? RANGE_M[range] : DEFAULT_RANGE_M;
  hoop.position = v3(distance / 2, RIM_HEIGHT, 0);
  shooter.position = v3(-distance / 2, 0, 0);
  // Leave time for the gather, the flight and the landing when the clip is short.
  const startSec = round(Math.max(0, Math.min(0.5, scene.durationSec - 2.6)));
  const track = { entityId: shooter.id, animation: 'shoot' as const, startSec, releaseSec: startSec + SHOOT_RELEASE_AFTER_START, facing: 0, position: shooter.position };
  const H = shooter.size[0] ?? 1.9;
  ball.position = heldBallCentre(shootPose(track, H, 0), 'two-hands', ball.size[0] ?? 0.12).map(round) as Vec3;
  const board = wantsBoard(words);
  scene.actions.push({ kind: 'shoot', actor: shooter.id, object: ball.id, target: hoop.id, intent: shotIntent(words), ...(board ? { via: 'board' as const } : {}), startSec });
  placeBystanders(scene.people.filter((p) => p !== shooter), -distance / 2 + 0.8);
  // Spare balls wait on the floor by the shooter; other props stand off to the side.
  scene.balls.slice(1).forEach((b, i) => {
    b.position = v3(-distance / 2 - 0.7 - i * 0.35, b.size[0] ?? 0.1, -0.8);
  });
  placeAside([...scene.boxes, ...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], distance / 2 - 2.5);
  return { focus: ball.id, defaultSetting: 'gym', shot: 'wide' };
}
