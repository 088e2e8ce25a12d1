// The take's account of a ball sent to someone (thrown to be caught, passed to be stopped): whether
// their hands or foot really took it, read from the run's events (the take's touch of it), not
// from what was planned. The scene's general summary said "the ball never touched anything".
import type { Entity } from '../../../contract/world-trace-types';
import type { OutcomeHook } from '../../simulate/schedule-types';

export function receivedOutcome(ball: Entity, receiver: Entity, took: string, missed: string): OutcomeHook {
  return (run, search) => {
    const got = run.events.find((e) => e.kind === 'contact' && e.a === ball.id && e.b === receiver.id);
    const summary = got ? `The ${receiver.label} ${took} the ${ball.label} ${got.t.toFixed(1)} s in.` : `The ${ball.label} ${missed} the ${receiver.label}.`;
    return { summary, scored: null, rimContacts: 0, attempts: search.attempts, intentMatched: search.intentMatched && got !== undefined };
  };
}
