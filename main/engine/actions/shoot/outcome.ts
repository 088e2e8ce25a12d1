// The shot's account of a run: scored or not, how many rim touches, and the sentence the take's card
// shows (which says when the clip ends before the outcome does).
import type { WorldTrace } from '../../../contract/world-trace-types';
import type { SceneRun, SearchFacts } from '../../simulate/schedule-types';
import { countParts } from './shot-search';
import type { ShotSetup } from './shot-setup';
import type { ShotWatch } from './shot-watch';
import { shotSummary } from './summary';

// When a viewer sees how the shot went: the ball dropping through, or its first touch of the hoop
// for a miss (else the moment it falls away).
function visibleOutcomeAt(run: SceneRun, watch: ShotWatch, setup: ShotSetup): number {
  if (watch.score.scored) return watch.score.scored.t;
  const { ball, hoop } = setup;
  const touch = run.impacts.find((i) => (i.event.a === ball.id && i.event.b === hoop.id) || (i.event.b === ball.id && i.event.a === hoop.id));
  return touch?.event.t ?? watch.decidedAt ?? Infinity;
}

export function shotOutcome(setup: ShotSetup, watch: ShotWatch, durationSec: number): (run: SceneRun, search: SearchFacts) => WorldTrace['outcome'] {
  return (run, search) => {
    const scored = watch.score.scored !== null;
    const rimContacts = countParts(run.impacts, setup.ball.id, 'rim');
    const { intent, via } = setup.action;
    return {
      summary: shotSummary({
        intent,
        ...(via ? { via } : {}),
        scored,
        rimContacts,
        boardContacts: countParts(run.impacts, setup.ball.id, 'board'),
        attempts: search.attempts,
        intentMatched: search.intentMatched,
        reachedHoop: watch.reachedHoop,
        afterClip: visibleOutcomeAt(run, watch, setup) > durationSec,
      }),
      scored,
      rimContacts,
      attempts: search.attempts,
      intentMatched: search.intentMatched,
    };
  };
}
