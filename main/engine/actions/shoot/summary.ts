// The sentence a take's card says about a shot: in or out, how (swish, off the rim, off the
// backboard), whether the clip shows it, and whether the search found what the prompt asked for.
import { times } from '../../simulate/outcome';
import type { ShootAction } from './shot-setup';

type Intent = ShootAction['intent'];

export interface ShotFacts {
  intent: Intent;
  via?: 'board';
  scored: boolean;
  rimContacts: number;
  boardContacts: number;
  attempts: number;
  intentMatched: boolean;
  reachedHoop: boolean;
  // The outcome is settled only after the last frame: the clip does not show it.
  afterClip: boolean;
}

export function shotSummary(f: ShotFacts): string {
  let sentence: string;
  if (f.scored) {
    if (f.rimContacts === 0 && f.boardContacts === 0) sentence = 'Swish! The shot went in without touching the rim.';
    else if (f.rimContacts === 0) sentence = 'The shot banked in off the backboard.';
    else if (f.boardContacts === 0) sentence = `The shot went in after hitting the rim ${times(f.rimContacts)}.`;
    else sentence = `The shot went in off the backboard after hitting the rim ${times(f.rimContacts)}.`;
  } else if (f.rimContacts > 0) {
    const board = f.boardContacts > 0 ? 'the backboard and ' : '';
    sentence = `The shot missed: the ball hit ${board}the rim ${times(f.rimContacts)} and bounced away.`;
  } else if (f.boardContacts > 0) {
    sentence = 'The shot missed: it hit the backboard and bounced away without touching the rim.';
  } else if (f.reachedHoop) {
    sentence = 'Airball: the shot missed everything.';
  } else {
    sentence = 'The shot fell short of the hoop.';
  }
  if (f.afterClip) sentence += ' That happens after the clip ends; a longer clip would show it.';
  if (!f.intentMatched) {
    const wanted = f.via === 'board' ? (f.intent === 'make' ? 'a bank shot' : f.intent === 'miss' ? 'a miss off the backboard' : 'a shot off the backboard') : f.intent === 'make' ? 'a made shot' : 'a miss off the rim';
    sentence += ` The prompt asked for ${wanted}, but none of the ${f.attempts} simulated attempts did that.`;
  }
  return sentence;
}
