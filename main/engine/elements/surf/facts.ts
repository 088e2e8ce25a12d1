// What the surf is to the parser: the words for waves and what they do. It is the beach's sea, so it
// comes with every beach and can be nowhere else.
import type { ElementFacts } from '../types';

export const surfFacts: ElementFacts = {
  kind: 'surf',
  words: ['waves', 'wave', 'surf', 'breakers', 'swell', 'the tide', 'rollers', 'crashing waves', 'ocean waves', 'sea waves'],
  verbs: ['crash', 'crashes', 'crashing', 'break', 'breaks', 'breaking', 'roll in', 'rolls in', 'rolling in', 'roll', 'rolls', 'rolling', 'wash up', 'washes up', 'washing up', 'wash in', 'washes in', 'lap', 'laps', 'lapping', 'come in', 'comes in', 'pound', 'pounds'],
  home: 'beach',
  onlyIn: 'beach',
  always: 'beach',
  describe: 'with waves breaking on the shore',
  happens: 'waves roll in, break and wash up the sand',
};
